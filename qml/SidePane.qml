// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The pane beside the canvas: the selected step's properties, or the sequence's own.
Pane {
    id: pane
    objectName: "sidePane"
    required property SequenceDocument document
    required property DesignerStyle designerStyle
    padding: 0

    function focusName() {
        if (stepPane)
            stepPane.focusName()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        Component.onCompleted: contentItem.objectName = "sidePaneFlick" // tests scroll it
        SidePaneStep {
            id: stepPane
            width: scroll.availableWidth
            visible: pane.document.selectedId !== ""
            document: pane.document
            designerStyle: pane.designerStyle
        }
        SidePaneSequence {
            width: scroll.availableWidth
            visible: pane.document.selectedId === ""
            document: pane.document
        }
    }
}
