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

    Label {
        text: qsTr("\"%1\" has changes that are not saved. Save them before leaving?").arg(dialog.document.name)
        wrapMode: Text.WordWrap
        width: Math.min(implicitWidth, 420)
    }
    footer: DialogButtonBox {
        Button {
            objectName: "leaveSaveButton"
            text: qsTr("Save")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "leaveDiscardButton"
            text: qsTr("Discard")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
        }
        Button {
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
