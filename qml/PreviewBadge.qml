// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// What the preview shows on a card the run reaches: a strong outline, "Day 3" on its top edge,
// and on a condition the branch taken and why, with Yes/No to make the scenario take the other
// branch (Preview.flip). Nothing for a card the preview is off for or does not reach.
Item {
    id: badge
    required property var mark // CardModel's previewMark
    required property string stepId
    required property DesignerPageBase page
    property real radius: 8

    readonly property bool reached: mark !== undefined && mark.reached === true
    readonly property string branch: reached && mark.branch ? mark.branch : ""
    anchors.fill: parent
    visible: reached

    Rectangle { // the path: drawn strongly
        anchors.fill: parent
        anchors.margins: -3
        radius: badge.radius + 3
        color: "transparent"
        border.width: 3
        border.color: Theme.colors.ok
    }
    Rectangle {
        objectName: "previewDay_" + badge.stepId
        x: 12
        y: -height / 2 - 1
        width: dayText.implicitWidth + 12
        height: 18
        radius: 9
        color: Theme.colors.ok
        Accessible.role: Accessible.StaticText
        Accessible.name: dayText.text
        Text {
            id: dayText
            anchors.centerIn: parent
            text: badge.reached ? qsTr("Day %1").arg(badge.mark.day) : ""
            color: Theme.colors.onOk
            font.bold: true
            font.pixelSize: 11
        }
        HoverHandler { id: dayHover }
        ToolTip.visible: dayHover.hovered
        ToolTip.text: badge.reached ? badge.mark.when : ""
    }
    Rectangle { // a condition: the branch taken and why, Yes/No to flip it
        objectName: "previewWhy_" + badge.stepId
        visible: badge.branch !== ""
        // Under the card and no wider, clear of the "+" of both branches.
        y: parent.height + 4
        width: parent.width
        height: Math.max(why.implicitHeight, 22) + 8
        radius: 4
        color: badge.palette.base
        border.color: Theme.colors.ok
        Accessible.role: Accessible.StaticText
        Accessible.name: badge.branch !== "" ? badge.mark.why : ""
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 6
            anchors.rightMargin: 2
            spacing: 2
            Label {
                id: why
                Layout.fillWidth: true
                text: badge.branch !== "" ? badge.mark.why : ""
                font.pixelSize: 11
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                HoverHandler { id: whyHover }
                ToolTip.visible: whyHover.hovered && why.truncated
                ToolTip.text: why.text
            }
            Repeater {
                model: ["yes", "no"]
                delegate: Button {
                    id: flipButton
                    required property string modelData
                    objectName: "previewFlip_" + badge.stepId + "_" + modelData
                    text: modelData === "yes" ? qsTr("Yes") : qsTr("No")
                    checkable: false
                    highlighted: badge.branch === modelData
                    flat: badge.branch !== modelData
                    font.pixelSize: 11
                    padding: 2
                    leftPadding: 6
                    rightPadding: 6
                    implicitHeight: 22
                    implicitWidth: Math.max(30, implicitContentWidth + leftPadding + rightPadding)
                    Accessible.name: modelData === "yes" ? qsTr("Preview the Yes branch")
                                                         : qsTr("Preview the No branch")
                    onClicked: if (badge.branch !== modelData) badge.page.preview.flip(badge.stepId)
                }
            }
        }
    }
}
