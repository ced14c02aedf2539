// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Leaving the designer with unsaved changes: Save, Discard or Cancel.
Dialog {
    id: dialog
    objectName: "leaveDialog"
    required property SequenceDocument document
    signal leave()
    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: Overlay.overlay
    // A fixed width: a wrapped label sized by its own implicit width made a binding loop.
    width: Math.min(480, Overlay.overlay ? Overlay.overlay.width - 40 : 480)
    onOpened: saveButton.forceActiveFocus()

    Label {
        text: qsTr("\"%1\" has changes that are not saved. Save them before leaving?").arg(dialog.document.name)
        wrapMode: Text.WordWrap
        width: parent.width
    }
    footer: DialogButtonBox {
        DialogButton {
            id: saveButton
            objectName: "leaveSaveButton"
            text: qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        DialogButton {
            objectName: "leaveDiscardButton"
            text: qsTr("Discard")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
        }
        DialogButton {
            objectName: "leaveCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onAccepted: {
            dialog.close()
            if (dialog.document.save())
                dialog.leave()
        }
        onClicked: button => {
            if (button.DialogButtonBox.buttonRole === DialogButtonBox.DestructiveRole) {
                dialog.close()
                dialog.document.abandon()
                dialog.leave()
            }
        }
        onRejected: dialog.close()
    }
}
