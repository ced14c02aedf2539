// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Confirms deleting a sequence for good; an active one is deactivated first.
Dialog {
    id: dialog
    objectName: "deleteDialog"
    title: qsTr("Delete the sequence?")
    modal: true
    anchors.centerIn: Overlay.overlay
    // Deleting for good is not the default: Return cancels, as Escape does.
    onOpened: cancelButton.forceActiveFocus()
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)

    property string sequenceId
    property string name
    property bool active: false

    function openFor(id: string, sequenceName: string, isActive: bool) {
        sequenceId = id
        name = sequenceName
        active = isActive
        open()
    }

    Label {
        objectName: "deleteText"
        width: parent.width
        wrapMode: Text.Wrap
        text: dialog.active
              ? qsTr("“%1” is active. Deleting it deactivates it first: records connected to it "
                     + "stop getting its steps. The sequence is deleted for good; this cannot be "
                     + "undone.").arg(dialog.name)
              : qsTr("“%1” is deleted for good; this cannot be undone. Export it first if you "
                     + "may want it back.").arg(dialog.name)
    }

    footer: DialogButtonBox {
        DialogButton {
            objectName: "confirmDelete"
            text: dialog.active ? qsTr("Deactivate and delete") : qsTr("Delete")
            onClicked: {
                dialog.close()
                LibrarySession.remove(dialog.sequenceId)
            }
        }
        DialogButton {
            id: cancelButton
            objectName: "cancelDelete"
            text: qsTr("Cancel")
            highlighted: true
            onClicked: dialog.close()
        }
    }
}
