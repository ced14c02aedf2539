// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The import preview: every sequence in the chosen files with its problems, before anything is
// imported. (Placeholder until the import preview lands.)
Dialog {
    id: dialog
    objectName: "importPreview"
    title: qsTr("Import sequences")
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Cancel

    // Shows the preview of these files (urls or local paths).
    function openFiles(files: list<url>) {
        open()
    }
}
