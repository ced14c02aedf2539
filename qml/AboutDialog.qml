// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// About: the program, its version and the library it works on.
Dialog {
    id: dialog
    objectName: "aboutDialog"
    title: qsTr("About Sequence Designer")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, Overlay.overlay ? Overlay.overlay.width - 40 : 480)
    onOpened: closeButton.forceActiveFocus()
    // Qt's own button texts (standardButtons) are not translated in this program: name them here.
    footer: DialogButtonBox {
        DialogButton {
            id: closeButton
            objectName: "aboutClose"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 8
        Label {
            text: qsTr("Sequence Designer %1").arg(AppInfo.version)
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            text: qsTr("Design sales sequences visually: the emails, calls, tasks, waits and "
                       + "LinkedIn actions sellers follow for each lead, with branches on what "
                       + "the customer did. Everything stays on this computer.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Library: %1").arg(LibrarySession.path)
            wrapMode: Text.WrapAnywhere
            opacity: 0.75
            Layout.fillWidth: true
        }
    }
}
