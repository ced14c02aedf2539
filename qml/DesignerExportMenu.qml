// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import SequenceDesigner

// The designer's "Share" button: export a picture of the flow (PNG, SVG, PDF), copy it as an
// image, or save the sequence as a template. Pictures show the open document with its unsaved
// edits. Success is confirmed briefly under the button; a failure opens a dialog with the reason.
ToolButton {
    id: share
    objectName: "shareButton"
    required property SequenceDocument document
    // The last confirmation or error shown (tests read it).
    property string lastMessage

    text: qsTr("Share")
    enabled: document.loaded
    onClicked: menu.open()
    ToolTip.visible: hovered && !menu.visible && !confirmation.visible
    ToolTip.text: qsTr("Export a picture of the flow, or save it as a template")

    // Writes the picture to `file` (url or path); `format` "png", "svg", "pdf" or empty for the
    // file's suffix. Shows the outcome and returns it.
    function exportTo(file: var, format: string): sessionOutcome {
        const result = renderer.exportDocument(document, file, format)
        if (result.ok)
            confirm(qsTr("Exported to %1").arg(result.path))
        else
            showError(qsTr("The picture was not exported"), result.message)
        return result
    }
    function copyImage(): sessionOutcome {
        const result = renderer.copyDocumentAsImage(document)
        if (result.ok)
            confirm(qsTr("The picture of the flow is on the clipboard."))
        else
            showError(qsTr("The picture was not copied"), result.message)
        return result
    }
    // Opens the file dialog for `format` ("png", "svg", "pdf").
    function chooseFile(format: string) {
        fileDialog.format = format
        fileDialog.selectedFile = templateDialog.saver.suggestedExportFile(document.name, format)
        fileDialog.open()
    }
    function saveAsTemplate() {
        templateDialog.start()
    }
    function confirm(text: string) {
        lastMessage = text
        confirmation.text = text
        confirmation.open()
    }
    function showError(title: string, text: string) {
        lastMessage = text
        confirmation.close()
        errorDialog.title = title
        errorDialog.text = text
        errorDialog.open()
    }

    FlowRenderer { id: renderer }

    FittedMenu {
        id: menu
        objectName: "exportMenu"
        y: share.height
        MenuItem {
            objectName: "exportPngItem"
            text: qsTr("Export as PNG…")
            onTriggered: share.chooseFile("png")
        }
        MenuItem {
            objectName: "exportSvgItem"
            text: qsTr("Export as SVG…")
            onTriggered: share.chooseFile("svg")
        }
        MenuItem {
            objectName: "exportPdfItem"
            text: qsTr("Export as PDF…")
            onTriggered: share.chooseFile("pdf")
        }
        MenuItem {
            objectName: "copyImageItem"
            text: qsTr("Copy as image")
            onTriggered: share.copyImage()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "saveTemplateItem"
            text: qsTr("Save as template…")
            onTriggered: share.saveAsTemplate()
        }
    }

    FileDialog {
        id: fileDialog
        property string format: "png"
        title: format === "svg" ? qsTr("Export as SVG")
             : format === "pdf" ? qsTr("Export as PDF") : qsTr("Export as PNG")
        fileMode: FileDialog.SaveFile
        defaultSuffix: format
        nameFilters: format === "svg" ? [qsTr("SVG pictures (*.svg)")]
                   : format === "pdf" ? [qsTr("PDF documents (*.pdf)")]
                   : [qsTr("PNG pictures (*.png)")]
        onAccepted: share.exportTo(selectedFile, format)
    }

    SaveTemplateDialog {
        id: templateDialog
        document: share.document
        onSaved: message => share.confirm(message)
    }

    ToolTip {
        id: confirmation
        objectName: "shareConfirmation"
        y: share.height + 4
        timeout: 4000
        width: Math.min(implicitWidth, 480)
    }

    Dialog {
        id: errorDialog
        objectName: "shareErrorDialog"
        property alias text: errorText.text
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(480, Overlay.overlay ? Overlay.overlay.width - 40 : 480)
        Label {
            id: errorText
            objectName: "shareErrorText"
            width: parent.width
            wrapMode: Text.Wrap
        }
        onOpened: closeError.forceActiveFocus()
        footer: DialogButtonBox {
            DialogButton {
                id: closeError
                text: qsTr("Close")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }
}
