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
        if (stepPane.item)
            (stepPane.item as SidePaneStep).focusName()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        Component.onCompleted: contentItem.objectName = "sidePaneFlick" // tests scroll it
        LazyLoader { // the step's editors, made when a step is first selected (issue 19)
            id: stepPane
            width: scroll.availableWidth
            visible: pane.document.selectedId !== ""
            wanted: pane.document.selectedId !== ""
            file: "SidePaneStep.qml"
            properties: ({ document: pane.document, designerStyle: pane.designerStyle })
        }
        SidePaneSequence {
            width: scroll.availableWidth
            visible: pane.document.selectedId === ""
            document: pane.document
        }
    }
}
