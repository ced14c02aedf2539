// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Dialogs
import SequenceDesigner

// "Compare with file…" of the designer: the sequence file to compare the open sequence with.
FileDialog {
    objectName: "compareFileDialog"
    required property SequenceDocument document
    title: qsTr("Compare with file")
    fileMode: FileDialog.OpenFile
    nameFilters: [qsTr("Sequence files (*.sequence.json)"), qsTr("JSON files (*.json)")]
    onAccepted: document.compareWithFile(selectedFile)
}
