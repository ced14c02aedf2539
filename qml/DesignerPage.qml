// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The designer of one sequence. (Placeholder until the canvas lands.)
Page {
    id: page
    objectName: "designerPage"
    required property string sequenceId
    signal closeRequested()

    Button {
        anchors.centerIn: parent
        text: qsTr("Back to the sequences")
        onClicked: page.closeRequested()
    }
}
