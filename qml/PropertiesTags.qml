// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The sequence's tags as chips, and the tag manager to create, rename, nest and delete tags
// and to choose which ones the sequence has.
ColumnLayout {
    id: tags
    objectName: "propertiesTags"
    required property SequenceDocument document
    spacing: 4

    Label {
        text: qsTr("Tags")
        font.bold: true
    }
    Label {
        objectName: "noTagsText"
        visible: tags.document.tags.length === 0
        text: qsTr("No tags yet.")
        color: tags.palette.placeholderText
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: tags.document.tags
            delegate: Rectangle {
                id: chip
                required property string modelData
                required property int index
                objectName: "tagChip_" + index
                radius: height / 2
                color: tags.palette.alternateBase
                border.color: tags.palette.mid
                implicitHeight: chipRow.implicitHeight + 4
                implicitWidth: chipRow.implicitWidth + 16
                RowLayout {
                    id: chipRow
                    anchors.centerIn: parent
                    spacing: 2
                    Label { text: chip.modelData.split("/").join(" › ") }
                    ToolButton {
                        visible: !tags.document.readOnly
                        text: "\u2715"
                        Accessible.name: qsTr("Remove the tag %1").arg(chip.modelData)
                        implicitWidth: 22
                        implicitHeight: 22
                        font.pixelSize: 10
                        onClicked: tags.document.setTagged(chip.modelData, false)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Remove the tag from this sequence")
                    }
                }
            }
        }
    }
    Button {
        objectName: "manageTagsButton"
        text: qsTr("Manage tags…")
        onClicked: manager.open()
    }

    TagManagerDialog {
        id: manager
        document: tags.document
    }
}
