// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The tag manager: the library's tag tree (up to four levels), where tags are created, renamed,
// nested and deleted ("/" is not allowed in a name), and where the check boxes choose the tags
// of the open sequence.
Dialog {
    id: dialog
    objectName: "tagManagerDialog"
    required property SequenceDocument document
    title: qsTr("Tag manager")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - 40 : 560)
    height: Math.min(560, Overlay.overlay ? Overlay.overlay.height - 40 : 560)
    // Typing names a new tag (Return adds it); Escape closes.
    onOpened: nameField.forceActiveFocus()

    // The tag new tags go below; 0: the top level.
    property real parentId: 0
    property string parentPath
    property int parentDepth: 0
    property var pendingDelete: null // {tagId, path, name}

    onAboutToShow: {
        tagModel.reload()
        tagModel.clearError()
        parentId = 0
        parentPath = ""
        parentDepth = 0
    }

    function add() {
        if (tagModel.create(parentId, nameField.text))
            nameField.text = ""
    }
    function rename(tag: var, name: string): bool {
        const parent = tag.path.lastIndexOf("/") < 0 ? "" : tag.path.substring(0, tag.path.lastIndexOf("/") + 1)
        if (!tagModel.rename(tag.tagId, name))
            return false
        if (!document.readOnly)
            document.tags = tagModel.pathsAfterRename(document.tags, tag.path, parent + name.trim())
        return true
    }
    function remove() {
        const tag = pendingDelete
        pendingDelete = null
        if (tag && tagModel.remove(tag.tagId) && !document.readOnly)
            document.tags = tagModel.pathsAfterRemove(document.tags, tag.path)
        if (tag && tag.tagId === parentId)
            parentId = 0
    }

    TagModel {
        id: tagModel
        objectName: "tagModel"
        session: LibrarySession
        tagged: dialog.document.tags
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.document.readOnly
                  ? qsTr("Tags can be managed here; the active sequence's own tags change once it is deactivated.")
                  : qsTr("Check the tags of “%1”. Select a tag to add new tags below it.")
                        .arg(dialog.document.name)
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: nameField
                objectName: "newTagName"
                Accessible.name: placeholderText
                Layout.fillWidth: true
                placeholderText: dialog.parentId === 0
                                 ? qsTr("New tag at the top level")
                                 : qsTr("New tag below “%1”").arg(dialog.parentPath)
                onAccepted: dialog.add()
            }
            Button {
                objectName: "addTagButton"
                text: qsTr("Add")
                enabled: nameField.text.trim() !== "" && dialog.parentDepth < tagModel.maxDepth
                onClicked: dialog.add()
            }
            Button {
                objectName: "topLevelButton"
                visible: dialog.parentId !== 0
                text: qsTr("Top level")
                onClicked: { dialog.parentId = 0; dialog.parentPath = ""; dialog.parentDepth = 0 }
            }
        }
        Label {
            objectName: "tagError"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Theme.colors.errorText
            text: nameField.text.indexOf("/") >= 0 ? tagModel.nameProblem(nameField.text)
                : dialog.parentDepth >= tagModel.maxDepth
                  ? qsTr("“%1” is on the fourth level; tags can be nested four levels deep at most.")
                        .arg(dialog.parentPath)
                  : tagModel.error
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 1
            ListView {
                id: list
                objectName: "tagList"
                anchors.fill: parent
                clip: true
                model: tagModel
                ScrollBar.vertical: ScrollBar {}
                delegate: TagManagerRow {
                    width: list.width
                    manager: dialog
                    document: dialog.document
                    selected: tagId === dialog.parentId
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("No tags yet. Type a name above and choose Add.")
                    color: dialog.palette.placeholderText
                }
            }
        }
    }

    footer: DialogButtonBox {
        DialogButton {
            objectName: "closeTagManager"
            text: qsTr("Close")
            onClicked: dialog.close()
        }
    }

    Dialog {
        id: confirmDelete
        objectName: "confirmTagDelete"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, Overlay.overlay ? Overlay.overlay.width - 40 : 440)
        title: qsTr("Delete the tag?")
        Label {
            anchors.fill: parent
            wrapMode: Text.Wrap
            text: dialog.pendingDelete
                  ? qsTr("“%1” is removed from every sequence that has it. The tags below it move up a level.")
                        .arg(dialog.pendingDelete.path)
                  : ""
        }
        // Deleting is not the default: Return cancels, as Escape does.
        onOpened: cancelTagDelete.forceActiveFocus()
        footer: DialogButtonBox {
            DialogButton {
                objectName: "confirmTagDeleteButton"
                text: qsTr("Delete")
                onClicked: { confirmDelete.close(); dialog.remove() }
            }
            DialogButton {
                id: cancelTagDelete
                objectName: "cancelTagDeleteButton"
                text: qsTr("Cancel")
                onClicked: { confirmDelete.close(); dialog.pendingDelete = null }
            }
        }
    }
    function askDelete(tag: var) {
        pendingDelete = tag
        confirmDelete.open()
    }
}
