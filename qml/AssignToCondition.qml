// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The optional condition of a team assignment: which members of the team get the steps, built
// from the fields of users with the condition editor. "Condition is empty" until one is defined.
ColumnLayout {
    id: box
    required property string team
    required property SequenceDocument document
    required property AssignmentChoices choices
    required property bool editable
    readonly property var assignment: document.assignment
    readonly property var condition: assignment.condition ?? ({})
    readonly property var rules: condition.rules ?? []
    readonly property string match: condition.match ?? "all"
    readonly property bool hasCondition: rules.length > 0
    property bool building: false
    spacing: 4

    function toggleBuilder() {
        if (!building && !hasCondition)
            write("all", [{ field: "", operator: "equals", value: "" }])
        building = !building
    }
    function write(match: string, rules: var) {
        document.assignment = choices.withCondition(document.assignment,
                                                    { match: match, rules: rules })
    }

    Label {
        objectName: "conditionSummary_" + box.team
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.italic: !box.hasCondition
        color: box.hasCondition ? box.palette.windowText : box.palette.placeholderText
        text: box.choices.conditionSummary(box.condition)
        // As in the reference system, choosing "Condition is empty" starts defining one.
        TapHandler {
            enabled: box.editable && !box.building
            onTapped: box.toggleBuilder()
        }
        HoverHandler {
            enabled: box.editable && !box.building
            cursorShape: Qt.PointingHandCursor
        }
    }
    RowLayout {
        visible: box.editable
        Button {
            objectName: "defineCondition_" + box.team
            text: box.building ? qsTr("Done")
                               : box.hasCondition ? qsTr("Edit the condition")
                                                  : qsTr("Define a condition")
            onClicked: box.toggleBuilder()
        }
        Button {
            objectName: "removeCondition_" + box.team
            visible: box.hasCondition
            text: qsTr("Remove the condition")
            onClicked: {
                box.building = false
                box.write("all", [])
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: box.building && box.editable
        Label { text: qsTr("Members for whom") }
        ComboBox {
            objectName: "teamMatch_" + box.team
            Accessible.name: qsTr("Members for whom")
            Layout.fillWidth: true
            model: [qsTr("all of these hold"), qsTr("any of these holds")]
            currentIndex: box.match === "any" ? 1 : 0
            onActivated: index => box.write(index === 1 ? "any" : "all", box.rules)
        }
    }
    ConditionEditor {
        objectName: "conditionEditor_" + box.team
        Layout.fillWidth: true
        visible: box.building && box.editable
        fields: box.choices.userFields
        operators: box.choices.operators
        rules: box.rules
        maxDepth: 1
        names: "team"
        onChanged: rules => box.write(box.match, rules)
    }
}
