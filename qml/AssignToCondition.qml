// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The optional condition of a team assignment: which members of the team get the steps,
// built from the fields of users. "Condition is empty" until one is defined.
ColumnLayout {
    id: box
    required property string team
    required property SequenceDocument document
    required property AssignmentChoices choices
    required property bool editable
    readonly property var condition: document.assignment.condition ?? ({})
    readonly property bool hasCondition: (condition.rules ?? []).length > 0
    property bool building: false
    spacing: 4

    function toggleBuilder() {
        if (!building && !hasCondition)
            write({ match: "all", rules: [{ field: "", operator: "equals", value: "" }] })
        building = !building
    }
    function write(condition: var) {
        document.assignment = choices.withCondition(document.assignment, condition)
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
                box.write({})
            }
        }
    }
    ConditionBuilder {
        objectName: "conditionBuilder_" + box.team
        Layout.fillWidth: true
        visible: box.building && box.editable
        condition: box.condition
        choices: box.choices
        onEdited: condition => box.write(condition)
    }
}
