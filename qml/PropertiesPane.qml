// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The sequence's properties as a pane sliding in from the right, beside the canvas: who gets
// the steps ("Assign to"), the exit criteria, working days and the tags. Every change is an
// undoable edit of the document, saved with the sequence.
Drawer {
    id: pane
    objectName: "propertiesPane"
    required property SequenceDocument document
    required property DesignerPageBase page
    // The pane starts below this item (the strip with the Properties button).
    required property Item topItem
    signal deactivateRequested()
    edge: Qt.RightEdge
    modal: false
    interactive: false
    closePolicy: Popup.CloseOnEscape
    width: Math.min(420, parent ? parent.width - 40 : 420)

    // Below the strip with the Properties button, down to the bottom of the window.
    function show() {
        const top = topItem.mapToItem(null, 0, topItem.height).y
        y = top
        height = (page.Window.window ? page.Window.window.height : page.height) - top
        open()
    }

    AssignmentChoices {
        id: choices
        recordType: pane.document.recordType
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        // A popup that closes on Escape blocks the page's shortcuts while it is open: Ctrl+S
        // saves from here too.
        Shortcut { sequences: [StandardKey.Save]; enabled: pane.opened; onActivated: pane.document.save() }
        // (A drawer that is not interactive ignores Escape by itself.)
        Shortcut { sequences: [StandardKey.Cancel]; enabled: pane.opened; onActivated: pane.close() }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.bottomMargin: 4
            Label {
                text: qsTr("Sequence properties")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "closePropertiesButton"
                text: "\u2715"
                Accessible.name: qsTr("Close the properties")
                onClicked: pane.close()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the properties")
            }
        }
        ScrollView {
            id: scroll
            objectName: "propertiesScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 6
                AssignToSection {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    document: pane.document
                    choices: choices
                    onDeactivateRequested: pane.deactivateRequested()
                }
                MenuSeparator { Layout.fillWidth: true }
                PropertiesOptions {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    document: pane.document
                }
                MenuSeparator { Layout.fillWidth: true }
                PropertiesTags {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    document: pane.document
                }
            }
        }
    }
}
