// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The import preview: every sequence in the chosen files with its problems, before anything is
// imported; then one import with progress that Cancel undoes entirely.
Dialog {
    id: dialog
    objectName: "importPreview"
    title: qsTr("Import sequences")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(860, (Overlay.overlay ? Overlay.overlay.width : 900) - 40)
    height: Math.min(600, (Overlay.overlay ? Overlay.overlay.height : 640) - 40)
    closePolicy: preview.importing ? Popup.NoAutoClose : Popup.CloseOnEscape

    // Shows the preview of these files (urls or local paths).
    function openFiles(files: list<url>) {
        preview.openFiles(files)
        open()
    }

    readonly property ImportPreview preview: ImportPreview {
        objectName: "importPreviewModel"
        session: LibrarySession
    }

    onClosed: {
        if (!preview.importing)
            preview.clear()
    }

    contentItem: ColumnLayout {
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                running: dialog.preview.reading
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
            Label {
                objectName: "importPreviewSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.preview.reading ? qsTr("Reading the files…") : dialog.preview.summary
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: dialog.preview.conflictCount > 1 && !dialog.preview.done
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%n sequence(s) are already in the library.", "",
                           dialog.preview.conflictCount)
            }
            Button {
                objectName: "importReplaceAll"
                text: qsTr("Replace all")
                enabled: !dialog.preview.importing
                onClicked: dialog.preview.setAllChoices("replace")
            }
            Button {
                objectName: "importKeepAll"
                text: qsTr("Keep both for all")
                enabled: !dialog.preview.importing
                onClicked: dialog.preview.setAllChoices("keepBoth")
            }
        }

        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            ListView {
                objectName: "importList"
                anchors.fill: parent
                clip: true
                model: dialog.preview
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: ImportPreviewRow {
                    width: ListView.view.width
                    locked: dialog.preview.importing || dialog.preview.done
                    onChoiceChosen: (row, choice) => dialog.preview.setChoice(row, choice)
                }
            }
        }

        ProgressBar {
            objectName: "importPreviewProgress"
            Layout.fillWidth: true
            visible: dialog.preview.importing
            value: dialog.preview.progress
        }

        Label {
            objectName: "importPreviewResult"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            text: dialog.preview.resultMessage
            font.bold: true
        }
    }

    onOpened: (importButton.enabled ? importButton : cancelButton).forceActiveFocus()
    footer: DialogButtonBox {
        DialogButton {
            id: importButton
            objectName: "importPreviewImport"
            text: qsTr("Import")
            visible: !dialog.preview.done
            enabled: dialog.preview.importableCount > 0 && !dialog.preview.reading
                     && !dialog.preview.importing
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.preview.startImport()
            // The files are read after the dialog opens: Import takes the focus once it can.
            onEnabledChanged: if (enabled && dialog.opened) forceActiveFocus()
        }
        DialogButton {
            id: cancelButton
            objectName: "importPreviewCancel"
            text: dialog.preview.done ? qsTr("Close") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (dialog.preview.importing || dialog.preview.reading)
                    dialog.preview.cancel()
                else
                    dialog.close()
            }
        }
        // ActionRole: the buttons decide themselves whether the dialog closes (it stays open
        // to show the outcome, and while an import runs).
    }
}
