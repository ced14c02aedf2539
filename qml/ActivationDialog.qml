// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Activating or deactivating the sequence open in the designer: unsaved changes are saved
// first (after asking), then the confirmation of ActivateDialog runs the full validation with
// the library's rules. A problem chosen from its list selects and centres that step. After the
// status changed, the page opens again on the new status with a confirmation.
Item {
    id: activation
    required property SequenceDocument document
    required property DesignerPageBase page

    function start() {
        if (!document.loaded)
            return
        if (document.dirty && !document.readOnly)
            saveFirst.open()
        else
            confirmDialog.openFor(document.sequenceId)
    }
    function copyToEdit() {
        copyDialog.openFor(document.sequenceId)
    }

    ActivationController { id: texts }

    Dialog {
        id: saveFirst
        objectName: "saveBeforeActivateDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)
        title: qsTr("Save the changes first?")
        Label {
            anchors.fill: parent
            wrapMode: Text.Wrap
            text: qsTr("“%1” has unsaved changes. Activation checks and activates the saved "
                       + "sequence, so save the changes first.").arg(activation.document.name)
        }
        onOpened: saveAndContinue.forceActiveFocus()
        footer: DialogButtonBox {
            DialogButton {
                id: saveAndContinue
                objectName: "saveAndContinue"
                text: qsTr("Save and continue")
                highlighted: true
                onClicked: {
                    saveFirst.close()
                    // A refused save leaves its reason in the designer's notice banner.
                    if (activation.document.save())
                        confirmDialog.openFor(activation.document.sequenceId)
                }
            }
            Button {
                objectName: "cancelSaveFirst"
                text: qsTr("Cancel")
                onClicked: saveFirst.close()
            }
        }
    }

    ActivateDialog {
        id: confirmDialog
        onProblemChosen: (sequenceId, stepId) => {
            if (stepId !== "") {
                activation.document.selectedId = stepId
                activation.page.centreOn(stepId)
            }
        }
        onDone: (sequenceId, active) => {
            texts.remember(sequenceId, texts.statusText(
                activation.document.name, active, LibrarySession.activeCount,
                LibrarySession.maxActive))
            activation.document.reload() // the new status; the bar takes the text on reload
        }
    }

    CopyDialog {
        id: copyDialog
        onCopied: (id, edit) => {
            if (edit) // the designer page is replaced by one on the copy
                activation.page.openRequested(id)
        }
    }
}
