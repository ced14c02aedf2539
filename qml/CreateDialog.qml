// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "New sequence": Use template or Use blank sequence, then the template gallery (for a
// template), then name, description and record type. Next creates the sequence in the library
// and emits created(id) so the window opens it in the designer.
Dialog {
    id: dialog
    objectName: "createDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(900, Overlay.overlay ? Overlay.overlay.width - 40 : 900)
    height: Math.min(stage === "start" ? 380 : 640,
                     Overlay.overlay ? Overlay.overlay.height - 40 : 640)
    title: stage === "start" ? qsTr("Create a sequence")
         : stage === "gallery" ? qsTr("Choose a template")
         : qsTr("Name the sequence")

    // "start", "gallery" or "details"
    property string stage: "start"
    // The chosen template (a TemplateGallery entry), or null for a blank sequence.
    property var chosenTemplate: null
    property string error

    signal created(string id)

    onOpened: focusStage()
    // The focus goes with the stage: never left on a control the last stage hid.
    onStageChanged: if (opened) focusStage()
    function focusStage() {
        if (stage === "start")
            startStage.focusDefault()
        else if (stage === "gallery")
            gallery.focusFirst()
        else
            details.focusName()
    }
    function start() {
        stage = "start"
        chosenTemplate = null
        error = ""
        gallery.recordType = ""
        open()
    }
    function startWithTemplates() {
        start()
        stage = "gallery"
    }
    function chooseBlank() {
        chosenTemplate = null
        details.prepare(null, gallery.recordType)
        stage = "details"
    }
    function chooseTemplate(entry: var) {
        chosenTemplate = entry
        details.prepare(entry, entry.recordType)
        stage = "details"
    }
    function back() {
        error = ""
        stage = stage === "details" && chosenTemplate !== null ? "gallery" : "start"
    }
    function finish() {
        if (!details.acceptable)
            return
        const result = chosenTemplate !== null
            ? LibrarySession.createFromTemplate(chosenTemplate.source, details.name,
                                                details.description)
            : LibrarySession.create(details.name, details.description, details.recordType)
        if (!result.ok) {
            error = result.message
            return
        }
        close()
        created(result.id)
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: dialog.stage === "start" ? 0 : dialog.stage === "gallery" ? 1 : 2

        CreateDialogStart {
            id: startStage
            onTemplateChosen: dialog.stage = "gallery"
            onBlankChosen: dialog.chooseBlank()
        }
        TemplateGallery {
            id: gallery
            onChosen: entry => dialog.chooseTemplate(entry)
        }
        CreateDialogDetails {
            id: details
            error: dialog.error
            onSubmitted: dialog.finish()
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "createBack"
            text: qsTr("Back")
            visible: dialog.stage !== "start"
            onClicked: dialog.back()
        }
        Button {
            objectName: "createNext"
            text: qsTr("Next")
            highlighted: true
            visible: dialog.stage === "details"
            enabled: details.acceptable
            onClicked: dialog.finish()
        }
        Button {
            objectName: "createCancel"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
