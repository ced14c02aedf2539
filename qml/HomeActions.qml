// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import SequenceDesigner

// The dialogs behind the row actions: copy, delete, activate/deactivate and export.
Item {
    id: root
    signal openRequested(string id)
    signal selectRequested(string id)

    // Each takes the row's data: {id, name, description, active}.
    function copy(row: sequenceInfo) {
        copyDialog.openFor(row.id)
    }
    function remove(row: sequenceInfo) {
        deleteDialog.openFor(row.id, row.name, row.active)
    }
    function toggleActive(row: sequenceInfo) {
        activateDialog.openFor(row.id)
    }
    function exportSequence(row: sequenceInfo) {
        exportFile.sequenceId = row.id
        exportFile.currentFile = "file:" + row.name.replace(/[\\/:*?"<>|]/g, "-")
                                 + ".sequence.json"
        exportFile.open()
    }

    CopyDialog {
        id: copyDialog
        onCopied: (id, edit) => {
            root.selectRequested(id)
            if (edit)
                root.openRequested(id)
        }
    }
    HomeDeleteDialog {
        id: deleteDialog
    }
    ActivateDialog {
        id: activateDialog
        onProblemChosen: (sequenceId, stepId) => {
            stepMemo.rememberStep(sequenceId, stepId) // the designer opens on that step
            root.openRequested(sequenceId)
        }
    }
    ActivationController { id: stepMemo }
    FileDialog {
        id: exportFile
        property string sequenceId
        title: qsTr("Export the sequence")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sequence.json"
        nameFilters: [qsTr("Sequence files (*.sequence.json)")]
        onAccepted: LibrarySession.exportTo(sequenceId, selectedFile)
    }
}
