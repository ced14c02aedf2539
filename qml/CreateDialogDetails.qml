// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The last step of "Create a sequence": name (required, checked as you type), description and
// record type (fixed to the template's when a template was chosen).
Item {
    id: root
    property string error
    property var template: null
    readonly property string name: nameField.text
    readonly property string description: descriptionField.text
    readonly property string recordType: typeBox.currentValue ?? "lead"
    readonly property string nameProblem: LibrarySession.nameProblem(nameField.text)
    readonly property string descriptionProblem:
        LibrarySession.descriptionProblem(descriptionField.text)
    readonly property bool acceptable: nameProblem === "" && descriptionProblem === ""
    property bool edited: false

    signal submitted()

    function focusName() {
        nameField.forceActiveFocus()
    }
    function prepare(entry: var, recordType: string) {
        template = entry
        nameField.text = entry ? entry.title : ""
        descriptionField.text = entry ? entry.description : ""
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(recordType))
        edited = false
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            visible: root.template !== null
            text: root.template ? qsTr("From the template “%1”: %n step(s), %2.", "",
                                       root.template.steps)
                                      .arg(root.template.title).arg(root.template.duration)
                                : ""
            opacity: 0.8
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label { text: qsTr("Sequence name"); font.bold: true; Layout.topMargin: 6 }
        TextField {
            id: nameField
            objectName: "sequenceName"
            Accessible.name: qsTr("Sequence name")
            selectByMouse: true
            placeholderText: qsTr("For example: Webinar follow up, spring campaign")
            Layout.fillWidth: true
            onTextEdited: root.edited = true
            Keys.onReturnPressed: root.submitted()
        }
        Label {
            objectName: "nameProblem"
            text: root.edited || nameField.text !== "" ? root.nameProblem : ""
            visible: text !== ""
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "nameLength"
            text: qsTr("%1 / %2").arg(TextLimits.codePoints(nameField.text)).arg(TextLimits.name)
            opacity: 0.6
            font.pixelSize: 11
            Layout.alignment: Qt.AlignRight
        }
        Label { text: qsTr("Description (optional)"); font.bold: true }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 80
            FormTextArea {
                id: descriptionField
                objectName: "sequenceDescription"
                Accessible.name: qsTr("Description (optional)")
                placeholderText: qsTr("What the sequence is for, and for which leads")
            }
        }
        Label {
            objectName: "descriptionProblem"
            text: root.descriptionProblem
            visible: text !== ""
            color: Theme.colors.errorText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label { text: qsTr("Record type"); font.bold: true; Layout.topMargin: 6 }
        ComboBox {
            id: typeBox
            objectName: "recordType"
            Accessible.name: qsTr("Record type")
            enabled: root.template === null
            model: LibrarySession.recordTypes
            textRole: "title"
            valueRole: "name"
            Layout.preferredWidth: 260
        }
        Label {
            visible: root.template !== null
            text: qsTr("A template is made for one record type; choose another template for "
                       + "another record type.")
            opacity: 0.7
            font.pixelSize: 11
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "createError"
            text: root.error
            visible: text !== ""
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
