// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The validator's findings; clicking one selects and centres its step. Below them, apart, what
// will block activation though editing may go on (no steps, the library's rules).
Pane {
    id: panel
    objectName: "problemsPanel"
    required property SequenceDocument document
    required property DesignerPageBase page
    required property DesignerStyle designerStyle
    padding: 0
    readonly property int problemCount: document.problems.count
    readonly property int blockerCount: document.blockers.count
    // Empty: one compact line. With problems the list shows unless the user folds it.
    property bool expanded: true
    readonly property bool showsList: expanded && problemCount + blockerCount > 0
    readonly property real barHeight: bar.implicitHeight
    // Tall enough for the problems, up to 200 px (the splitter can make it taller).
    readonly property real wantedHeight: Math.min(200, barHeight + 2
        + (problemCount > 0 ? Math.max(list.contentHeight, problemCount * 30) : 0)
        + (blockerCount > 0 ? blockers.implicitHeight : 0))

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
                       : panel.problemCount + panel.blockerCount > 0 ? panel.designerStyle.warning
                       : panel.designerStyle.ok
            }
            Label {
                objectName: "problemsSummary"
                Layout.fillWidth: true
                topPadding: 4; bottomPadding: 4
                font.bold: panel.problemCount + panel.blockerCount > 0
                elide: Text.ElideRight
                readonly property string found: panel.problemCount === 0 ? qsTr("No problems")
                      : panel.document.problems.warningCount === 0
                        ? qsTr("%n error(s)", "", panel.document.problems.errorCount)
                      : panel.document.problems.errorCount === 0
                        ? qsTr("%n warning(s)", "", panel.document.problems.warningCount)
                      : qsTr("%1, %2").arg(qsTr("%n error(s)", "", panel.document.problems.errorCount))
                                      .arg(qsTr("%n warning(s)", "", panel.document.problems.warningCount))
                text: panel.blockerCount === 0 ? found
                      : qsTr("%1 · %2").arg(found)
                            .arg(qsTr("%n problem(s) block activation", "", panel.blockerCount))
            }
            ToolButton {
                objectName: "problemsExpandButton"
                visible: panel.problemCount + panel.blockerCount > 0
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
            visible: panel.expanded && panel.problemCount > 0
            clip: true
            // No rows before the sequence's first frame (issue 19: open at once).
            model: panel.page.shown ? panel.document.problems : null
            ScrollBar.vertical: ScrollBar {}
            delegate: ProblemsPanelRow {
                required property int index
                objectName: "problem_" + index
                width: ListView.view.width
                document: panel.document
                page: panel.page
                designerStyle: panel.designerStyle
            }
        }
        // Few (no steps, the limit, one per advance step): laid out whole, under the list.
        ColumnLayout {
            id: blockers
            objectName: "blockersList"
            Layout.fillWidth: true
            spacing: 0
            visible: panel.expanded && panel.blockerCount > 0
            Label {
                objectName: "blockersHeader"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                topPadding: 6; bottomPadding: 2
                font.bold: true
                wrapMode: Text.WordWrap
                text: qsTr("Before it can be activated")
            }
            Repeater {
                model: panel.page.shown ? panel.document.blockers : null
                delegate: ProblemsPanelRow {
                    required property int index
                    objectName: "blocker_" + index
                    Layout.fillWidth: true
                    document: panel.document
                    page: panel.page
                    designerStyle: panel.designerStyle
                }
            }
        }
        Item { // keeps the rows at the top when there is no list to fill the height
            Layout.fillHeight: true
            visible: !list.visible
        }
    }
}
