// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The main window: the home page of the library's sequences, and the designer of one sequence
// pushed on top of it.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Sequence Designer")

    // Opens the designer page on the sequence `id` of the library.
    function openSequence(id: string) {
        stack.push(designerPage, { sequenceId: id })
    }
    function showHome() {
        stack.pop(null)
    }

    StackView {
        id: stack
        objectName: "pages"
        anchors.fill: parent
        initialItem: HomePage {
            onOpenRequested: id => window.openSequence(id)
        }
    }

    Component {
        id: designerPage
        DesignerPage {
            onCloseRequested: window.showHome()
        }
    }
}
