// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Deleting a condition: which of its paths stays.
Dialog {
    id: dialog
    objectName: "deleteConditionDialog"
    required property SequenceDocument document
    property string stepId
    title: qsTr("Delete the condition")
    modal: true
    anchors.centerIn: Overlay.overlay
    // Qt's own button texts (standardButtons) are not translated in this program: name them here.
    // Deleting a path's steps is not the default: Return cancels, as Escape does.
    onOpened: cancelButton.forceActiveFocus()
    footer: DialogButtonBox {
        DialogButton {
            id: cancelButton
            objectName: "deleteConditionCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    function show(id: string) {
        stepId = id
        open()
    }

    ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Which path should stay? The steps on the other path are deleted with the condition.")
            wrapMode: Text.WordWrap
            Layout.maximumWidth: 420
        }
        RowLayout {
            DialogButton {
                objectName: "keepYesButton"
                text: qsTr("Keep the Yes path")
                onClicked: { dialog.document.deleteStep(dialog.stepId, "yes"); dialog.close() }
            }
            DialogButton {
                objectName: "keepNoButton"
                text: qsTr("Keep the No path")
                onClicked: { dialog.document.deleteStep(dialog.stepId, "no"); dialog.close() }
            }
        }
    }
}
