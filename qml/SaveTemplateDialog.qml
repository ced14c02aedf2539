// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "Save as template…": title (required), category and language of the open sequence as a
// template file in the user's templates folder, where the template gallery finds it. A file of
// the same name is replaced only after the user says so.
Dialog {
    id: dialog
    objectName: "saveTemplateDialog"
    required property SequenceDocument document
    readonly property alias saver: saver
    // Set when the file exists and the user was asked; the next Save replaces it.
    property bool replaceAsked: false
    property string error
    readonly property templateCheck checked: saver.check(titleField.text, categoryField.text)

    // The template was written; `message` says where to find it.
    signal saved(string message)

    title: qsTr("Save as template")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)

    function start() {
        titleField.text = document.name
        categoryField.text = ""
        languageBox.currentIndex = Math.max(0, languageBox.indexOfValue(Language.current))
        replaceAsked = false
        error = ""
        open()
        titleField.forceActiveFocus()
        titleField.selectAll()
    }
    // Save (the button and Enter): writes, or asks first when the file exists.
    function submit() {
        if (checked.problem !== "" || checked.categoryProblem !== "")
            return
        const result = saver.save(document, titleField.text, categoryField.text,
                                  languageBox.currentValue, replaceAsked)
        if (result.ok) {
            close()
            saved(result.message)
            return
        }
        // (Asked when the refusal was that the file exists: the next Save replaces it.)
        replaceAsked = saver.check(titleField.text, categoryField.text).exists
        error = result.message
    }

    TemplateSaver {
        id: saver
        objectName: "templateSaver"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label { text: qsTr("Title") }
        TextField {
            id: titleField
            objectName: "templateTitle"
            Accessible.name: qsTr("Title")
            Layout.fillWidth: true
            placeholderText: qsTr("The name the template gallery shows")
            onTextChanged: {
                dialog.replaceAsked = false
                dialog.error = ""
            }
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "templateTitleProblem"
            visible: text !== ""
            text: titleField.text.trim() === "" ? "" : dialog.checked.problem
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Category (optional)") }
        TextField {
            id: categoryField
            objectName: "templateCategory"
            Accessible.name: qsTr("Category (optional)")
            Layout.fillWidth: true
            placeholderText: qsTr("For example Events or Prospecting")
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "templateCategoryProblem"
            visible: text !== ""
            text: dialog.checked.categoryProblem
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Language of the texts") }
        ComboBox {
            id: languageBox
            objectName: "templateLanguage"
            Accessible.name: qsTr("Language of the texts")
            textRole: "text"
            valueRole: "value"
            Layout.preferredWidth: 220
            // Language names are written in their own language, as in Settings.
            model: [{ value: "en", text: "English" }, { value: "nb", text: "Norsk bokmål" }]
        }
        Label {
            objectName: "templateFileHint"
            Layout.fillWidth: true
            Layout.topMargin: 6
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pixelSize: 12
            text: qsTr("Saved as %1 in your templates folder (%2).")
                  .arg(dialog.checked.fileName).arg(saver.folder)
        }
        Label {
            objectName: "saveTemplateError"
            visible: text !== ""
            text: dialog.error
            color: dialog.replaceAsked ? palette.windowText : Theme.colors.errorText
            font.bold: dialog.replaceAsked
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveTemplateButton"
            text: dialog.replaceAsked ? qsTr("Replace") : qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            enabled: dialog.checked.problem === "" && dialog.checked.categoryProblem === ""
            onClicked: dialog.submit()
        }
        Button {
            objectName: "cancelTemplateButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
