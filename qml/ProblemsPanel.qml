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
    // Empty: one compact line. With problems the list shows unless the user folds it.
    property bool expanded: true
    readonly property bool showsList: expanded && document.problems.count > 0
    readonly property real barHeight: bar.implicitHeight
    // Tall enough for the problems, up to 200 px (the splitter can make it taller).
    readonly property real wantedHeight: Math.min(200, barHeight + 2
        + Math.max(list.contentHeight, document.problems.count * 30))

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            id: bar
            Layout.fillWidth: true
            spacing: 6
            Rectangle {
                Layout.leftMargin: 8
                width: 8; height: 8; radius: 4
                color: panel.document.problems.errorCount > 0 ? panel.designerStyle.error
                       : panel.document.problems.count > 0 ? panel.designerStyle.warning
                       : panel.designerStyle.ok
            }
            Label {
                objectName: "problemsSummary"
                Layout.fillWidth: true
                topPadding: 4; bottomPadding: 4
                font.bold: panel.document.problems.count > 0
                elide: Text.ElideRight
                text: panel.document.problems.count === 0 ? qsTr("No problems")
                      : panel.document.problems.warningCount === 0
                        ? qsTr("%n error(s)", "", panel.document.problems.errorCount)
                      : panel.document.problems.errorCount === 0
                        ? qsTr("%n warning(s)", "", panel.document.problems.warningCount)
                      : qsTr("%1, %2").arg(qsTr("%n error(s)", "", panel.document.problems.errorCount))
                                      .arg(qsTr("%n warning(s)", "", panel.document.problems.warningCount))
            }
            ToolButton {
                objectName: "problemsExpandButton"
                visible: panel.document.problems.count > 0
                text: panel.expanded ? qsTr("Hide") : qsTr("Show")
                font.pixelSize: 12
                implicitHeight: 24
                onClicked: panel.expanded = !panel.expanded
            }
        }
        ListView {
            id: list
            objectName: "problemsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.showsList
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
                // The problems of the selected step are tinted, not drawn as a selection: several
                // rows may belong to it.
                readonly property bool ofSelected: stepId !== "" && panel.document.selectedId === stepId
                background: Rectangle {
                    color: row.ofSelected ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g,
                                                    row.palette.highlight.b, 0.16)
                         : row.hovered ? row.palette.alternateBase : "transparent"
                    Rectangle {
                        visible: row.ofSelected
                        width: 3; height: parent.height
                        color: row.palette.highlight
                    }
                }
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
