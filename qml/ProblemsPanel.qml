// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The validator's findings; clicking one selects and centres its step.
Pane {
    id: panel
    objectName: "problemsPanel"
    required property SequenceDocument document
    required property Item page
    required property DesignerStyle designerStyle
    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            Layout.fillWidth: true
            padding: 6
            font.bold: true
            text: panel.document.problems.count === 0 ? qsTr("No problems")
                  : qsTr("%1 error(s), %2 warning(s)").arg(panel.document.problems.errorCount)
                                                    .arg(panel.document.problems.warningCount)
        }
        ListView {
            id: list
            objectName: "problemsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.document.problems
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string stepId
                required property string stepName
                required property string severity
                required property string message
                objectName: "problem_" + index
                width: ListView.view.width
                highlighted: stepId !== "" && panel.document.selectedId === stepId
                onClicked: {
                    if (stepId === "")
                        return
                    panel.document.selectedId = stepId
                    ;panel.page.centreOn(stepId)
                }
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 3
                        width: 10; height: 10; radius: 5
                        color: row.severity === "error" ? panel.designerStyle.error : panel.designerStyle.warning
                    }
                    Label {
                        Layout.preferredWidth: 180
                        Layout.alignment: Qt.AlignTop
                        text: row.stepName === "" ? qsTr("Sequence") : row.stepName
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.message
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
