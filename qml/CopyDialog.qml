// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "Create a copy": every step of a sequence under a new name, inactive.
Dialog {
    id: dialog
    objectName: "copyDialog"
    title: qsTr("Create a copy")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - 40 : 560)

    property string sequenceId
    property string error
    readonly property string nameProblem: LibrarySession.nameProblem(nameField.text)
    readonly property string descriptionProblem:
        LibrarySession.descriptionProblem(descriptionField.text)

    // The copy's id, and whether the user chose "Save and edit".
    signal copied(string id, bool edit)

    function openFor(id: string) {
        const info = LibrarySession.sequenceInfo(id)
        if (!info.ok)
            return
        sequenceId = id
        error = ""
        nameField.text = TextLimits.left(qsTr("%1 (copy)").arg(info.name), TextLimits.name)
        descriptionField.text = info.description
        open()
        nameField.forceActiveFocus()
        nameField.selectAll()
    }
    function save(edit: bool) {
        if (nameProblem !== "" || descriptionProblem !== "")
            return
        const result = LibrarySession.copy(sequenceId, nameField.text, descriptionField.text)
        if (!result.ok) {
            error = result.message
            return
        }
        close()
        copied(result.id, edit)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            text: qsTr("The copy gets every step and property of the sequence, and starts inactive.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Sequence name"); font.bold: true; Layout.topMargin: 6 }
        TextField {
            id: nameField
            objectName: "copyName"
            Accessible.name: qsTr("Sequence name")
            selectByMouse: true
            Layout.fillWidth: true
            Keys.onReturnPressed: dialog.save(false)
        }
        Label {
            objectName: "copyNameProblem"
            text: dialog.nameProblem
            visible: text !== ""
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Description"); font.bold: true; Layout.topMargin: 6 }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            FormTextArea {
                id: descriptionField
                objectName: "copyDescription"
                Accessible.name: qsTr("Description")
            }
        }
        Label {
            text: dialog.descriptionProblem !== "" ? dialog.descriptionProblem : dialog.error
            visible: text !== ""
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "copySaveEdit"
            text: qsTr("Save and edit")
            highlighted: true
            enabled: dialog.nameProblem === "" && dialog.descriptionProblem === ""
            onClicked: dialog.save(true)
        }
        Button {
            objectName: "copySaveClose"
            text: qsTr("Save and close")
            enabled: dialog.nameProblem === "" && dialog.descriptionProblem === ""
            onClicked: dialog.save(false)
        }
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
