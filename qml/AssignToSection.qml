// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "Assign to": who gets the steps of a connected record. Record owner (the default), the user
// in a user-lookup field of the record, or a team with an optional condition on its members.
// Only while the sequence is inactive.
ColumnLayout {
    id: section
    objectName: "assignToSection"
    required property SequenceDocument document
    required property AssignmentChoices choices
    readonly property var assignment: document.assignment
    readonly property string to: assignment.to ?? "recordOwner"
    readonly property bool editable: !document.readOnly
    signal deactivateRequested()
    spacing: 2

    function choose(to: string) {
        if (to !== section.to)
            document.assignment = choices.switchTo(assignment, to)
    }

    Label {
        text: qsTr("Assign to")
        font.bold: true
    }
    Label {
        objectName: "assignLockedText"
        Layout.fillWidth: true
        visible: !section.editable && section.document.loaded
        wrapMode: Text.Wrap
        color: section.palette.placeholderText
        text: section.document.active ? qsTr("Deactivate the sequence before you assign it")
                                      : section.document.readOnlyReason
    }
    Button {
        objectName: "assignDeactivateButton"
        visible: section.document.active && !LibrarySession.readOnly
        text: qsTr("Deactivate…")
        onClicked: section.deactivateRequested()
    }
    Label {
        Layout.topMargin: 6
        text: qsTr("Record")
        font.capitalization: Font.AllUppercase
        font.pixelSize: 11
        color: section.palette.placeholderText
    }
    ButtonGroup { id: group }
    RadioButton {
        objectName: "assignRecordOwner"
        ButtonGroup.group: group
        enabled: section.editable
        text: qsTr("Record owner")
        checked: section.to === "recordOwner"
        onClicked: section.choose("recordOwner")
    }
    RadioButton {
        objectName: "assignRecordField"
        ButtonGroup.group: group
        enabled: section.editable
        text: qsTr("Team member named in a record field")
        checked: section.to === "recordField"
        onClicked: section.choose("recordField")
    }
    ComboBox {
        objectName: "assignFieldPicker"
        Accessible.name: qsTr("Team member named in a record field")
        Layout.fillWidth: true
        Layout.leftMargin: 28
        visible: section.to === "recordField"
        enabled: section.editable
        model: section.choices.recordFields
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Choose a user field…") : currentText
        // (`count` makes a new record type's fields choose again.)
        currentIndex: count > 0 ? indexOfValue(section.assignment.field ?? "") : -1
        onActivated: index => section.document.assignment = { to: "recordField", field: valueAt(index) }
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 28
        visible: section.to === "recordField"
        wrapMode: Text.Wrap
        color: section.palette.placeholderText
        text: qsTr("The user in this field of the %1 gets the steps.")
                  .arg(section.document.recordTypeName.toLowerCase())
    }
    Label {
        Layout.topMargin: 8
        text: qsTr("Teams")
        font.capitalization: Font.AllUppercase
        font.pixelSize: 11
        color: section.palette.placeholderText
    }
    RadioButton {
        objectName: "assignOwningTeam"
        ButtonGroup.group: group
        enabled: section.editable
        text: qsTr("Owning team")
        checked: section.to === "owningTeam"
        onClicked: section.choose("owningTeam")
    }
    AssignToCondition {
        Layout.fillWidth: true
        Layout.leftMargin: 28
        visible: section.to === "owningTeam"
        team: "owningTeam"
        document: section.document
        choices: section.choices
        editable: section.editable
    }
    RadioButton {
        objectName: "assignAccessTeam"
        ButtonGroup.group: group
        enabled: section.editable
        text: qsTr("Access team")
        checked: section.to === "accessTeam"
        onClicked: section.choose("accessTeam")
    }
    AssignToCondition {
        Layout.fillWidth: true
        Layout.leftMargin: 28
        visible: section.to === "accessTeam"
        team: "accessTeam"
        document: section.document
        choices: section.choices
        editable: section.editable
    }
}
