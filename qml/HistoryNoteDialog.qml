// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The note of the newest version, added or corrected after the save (Ctrl+S never asks for
// one). Return keeps it, Escape leaves it as it was; an empty note removes it.
Dialog {
    id: dialog
    objectName: "versionNoteDialog"
    required property VersionHistory history
    property int number: 0
    // Says why the note was not kept (the message comes from the library).
    signal failed(string message)

    function ask(version: int, note: string) {
        number = version
        field.text = note
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: 420
    title: qsTr("Note for version %1").arg(number)
    onOpened: {
        field.forceActiveFocus()
        field.selectAll()
    }
    onAccepted: {
        const result = history.setNewestNote(field.text)
        if (!result.ok)
            failed(result.message)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Optional: what changed, and why. The history shows it under the version.")
        }
        TextField {
            id: field
            objectName: "versionNoteField"
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional)")
            Accessible.name: qsTr("Note for version %1").arg(dialog.number)
            Keys.onReturnPressed: dialog.accept()
            Keys.onEnterPressed: dialog.accept()
        }
    }
    footer: DialogButtonBox {
        DialogButton {
            objectName: "keepVersionNoteButton"
            text: qsTr("Keep the note")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        DialogButton {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
