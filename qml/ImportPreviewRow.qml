// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One sequence of the import preview: name, file, record type, steps, what importing does with
// it, the answer to an id already in the library, and its problems (expandable).
Pane {
    id: row
    objectName: "importRow_" + index
    padding: 8

    required property int index
    required property string name
    required property string fileName
    required property string recordType
    required property int steps
    required property string verdict
    required property bool exists
    required property string choice
    required property var problems
    required property int problemCount
    required property string message
    property bool locked: false
    property bool expanded: false

    signal choiceChosen(int row, string choice)

    readonly property color stateColor: verdict === "refused" ? Theme.colors.errorText
                                        : verdict === "draft" ? Theme.colors.warningText
                                                              : Theme.colors.ok

    background: Rectangle {
        color: row.index % 2 ? row.palette.alternateBase : row.palette.base
    }

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    opacity: 0.75
                    text: row.recordType.length > 0
                          ? qsTr("%1 · %2 · %n step(s)", "", row.steps).arg(row.fileName)
                                                                    .arg(row.recordType)
                          : row.fileName
                }
            }
            Label {
                objectName: "importState_" + row.index
                text: row.verdict === "refused" ? qsTr("Cannot be imported")
                      : row.verdict === "draft" ? qsTr("Imports as a draft")
                                              : qsTr("Ready")
                color: row.stateColor
                font.bold: true
            }
            ComboBox {
                objectName: "importChoice_" + row.index
                Accessible.name: qsTr("Same id in the library")
                visible: row.exists && row.verdict !== "refused"
                enabled: !row.locked
                textRole: "text"
                valueRole: "value"
                model: [{ value: "keepBoth", text: qsTr("Keep both") },
                        { value: "replace", text: qsTr("Replace") }]
                currentIndex: row.choice === "replace" ? 1 : 0
                onActivated: row.choiceChosen(row.index, currentValue)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A sequence with this id is already in the library. Replace "
                                   + "it, or keep both and import this one under a new id.")
            }
            ToolButton {
                objectName: "importProblemsToggle_" + row.index
                Accessible.name: qsTr("%n problem(s)", "", row.problemCount)
                visible: row.problemCount > 0
                text: (row.expanded ? "\u25BE " : "\u25B8 ")
                      + qsTr("%n problem(s)", "", row.problemCount)
                onClicked: row.expanded = !row.expanded
            }
        }
        Label {
            Layout.fillWidth: true
            visible: row.message.length > 0 && row.index >= 0
            wrapMode: Text.Wrap
            text: row.message
            color: row.stateColor
        }
        Repeater {
            model: row.expanded ? row.problems : []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: 16
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: (modelData.severity === "error" ? "\u2716 " : "\u26A0 ")
                      + (modelData.stepName.length > 0 ? modelData.stepName + ": " : "")
                      + modelData.message
                color: modelData.severity === "error" ? Theme.colors.errorText : row.palette.text
            }
        }
    }
}
