// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One tag of the tag manager, indented by its level: whether the sequence has it, its name
// (renamed in place), how many sequences have it, and the buttons to rename and delete it.
ItemDelegate {
    id: row
    required property var manager
    required property SequenceDocument document
    required property bool selected
    required property real tagId
    required property string name
    required property string path
    required property int depth
    required property int sequenceCount
    required property bool tagged
    required property int index
    property bool editing: false
    // The new name while it is being renamed in place.
    property string draft
    function rename() {
        if (manager.rename({ tagId: tagId, path: path }, draft))
            editing = false
    }
    objectName: "tagRow_" + path
    highlighted: selected
    Accessible.name: path
    Accessible.description: qsTr("Select it to add new tags below it")
    leftPadding: 8 + (depth - 1) * 22

    onClicked: {
        manager.parentId = tagId
        manager.parentPath = path
        manager.parentDepth = depth
    }

    contentItem: RowLayout {
        spacing: 4
        CheckBox {
            objectName: "tagCheck_" + row.path
            enabled: !row.document.readOnly
            checked: row.tagged
            Accessible.name: qsTr("Tag the sequence with %1").arg(row.path)
            onToggled: row.document.setTagged(row.path, checked)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Tag “%1” with this tag").arg(row.document.name)
        }
        Label {
            visible: !row.editing
            text: row.name
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        TextField {
            objectName: "renameTagField"
            Accessible.name: qsTr("Rename the tag")
            visible: row.editing
            Layout.fillWidth: true
            text: row.draft
            onTextChanged: row.draft = text
            onVisibleChanged: {
                if (visible) {
                    forceActiveFocus()
                    selectAll()
                }
            }
            onAccepted: row.rename()
            Keys.onEscapePressed: row.editing = false
        }
        Label {
            text: qsTr("%n sequence(s)", "", row.sequenceCount)
            color: row.palette.placeholderText
        }
        ToolButton {
            objectName: "renameTag_" + row.path
            Accessible.name: row.editing ? qsTr("Rename") : qsTr("Rename the tag")
            text: row.editing ? "\u2713" : "\u270E"
            onClicked: {
                if (row.editing) {
                    row.rename()
                    return
                }
                row.draft = row.name
                row.editing = true
            }
            ToolTip.visible: hovered
            ToolTip.text: row.editing ? qsTr("Rename") : qsTr("Rename the tag")
        }
        ToolButton {
            objectName: "deleteTag_" + row.path
            text: "\u2715"
            Accessible.name: qsTr("Delete the tag")
            onClicked: row.manager.askDelete({ tagId: row.tagId, path: row.path, name: row.name })
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Delete the tag")
        }
    }
}
