// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The changes of the comparison on the canvas, in the diff engine's order: a click (or F8 /
// Shift+F8, Alt+Down / Alt+Up) chooses one, selects its step and centres it; Escape or "Close
// the comparison" goes back to the current sequence.
Pane {
    id: panel
    objectName: "comparePanel"
    required property DesignerPageBase page
    readonly property SequenceDocument document: page.document
    readonly property Comparison comparison: document.comparison
    padding: 8

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Changes")

    function close() {
        panel.document.viewCurrent()
    }
    Connections {
        target: panel.comparison
        function onCurrentIndexChanged() {
            list.currentIndex = panel.comparison.currentIndex
            if (panel.comparison.currentStep !== "")
                panel.page.centreOn(panel.comparison.currentStep)
        }
    }
    // The changes' texts come translated from C++: compare again in the new language.
    Connections {
        target: Language
        function onChanged() { panel.document.compareAgain() }
    }
    Shortcut {
        sequences: ["F8", "Alt+Down"]
        enabled: panel.comparison.active
        onActivated: panel.comparison.next()
    }
    Shortcut {
        sequences: ["Shift+F8", "Alt+Up"]
        enabled: panel.comparison.active
        onActivated: panel.comparison.previous()
    }
    Shortcut {
        sequence: "Escape"
        enabled: panel.comparison.active
        onActivated: panel.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Changes")
                font.bold: true
                font.pixelSize: 16
            }
            ToolButton {
                text: "\u2715"
                Accessible.name: qsTr("Close the comparison")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the comparison (Esc)")
                onClicked: panel.close()
            }
        }
        Label {
            objectName: "compareTitle"
            Layout.fillWidth: true
            text: qsTr("From %1 to %2: %n change(s)", "", panel.comparison.count)
                  .arg(panel.comparison.olderLabel).arg(panel.comparison.newerLabel)
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Button {
                objectName: "previousChangeButton"
                Layout.fillWidth: true
                text: qsTr("\u2191 Previous")
                enabled: panel.comparison.count > 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous change (Shift+F8)")
                onClicked: panel.comparison.previous()
            }
            Button {
                objectName: "nextChangeButton"
                Layout.fillWidth: true
                text: qsTr("Next \u2193")
                enabled: panel.comparison.count > 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next change (F8)")
                onClicked: panel.comparison.next()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: panel.comparison.count === 0
            text: qsTr("No differences: both sides have the same steps and properties.")
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "changeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: panel.comparison
            currentIndex: -1
            activeFocusOnTab: true
            keyNavigationEnabled: false
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Changes")
            Keys.onDownPressed: panel.comparison.next()
            Keys.onUpPressed: panel.comparison.previous()

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string stepId
                required property string title
                required property string detail
                objectName: "change_" + index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: kindWord.label + ": " + title + ". " + detail
                CompareKind { id: kindWord; kind: row.kind }
                onClicked: {
                    panel.comparison.currentIndex = index
                    list.forceActiveFocus()
                }

                contentItem: ColumnLayout {
                    spacing: 3
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        CompareBadge { kind: row.kind }
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            font.bold: true
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.detail !== ""
                        text: row.detail
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Button {
            objectName: "closeComparisonButton"
            Layout.fillWidth: true
            text: qsTr("Close the comparison")
            onClicked: panel.close()
        }
    }
}
