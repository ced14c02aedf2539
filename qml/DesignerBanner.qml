// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A message strip above the canvas with up to three actions. With a `queue` (the designer page)
// only the newest of the banners that have something to say shows: banners that pile up push
// the canvas down and leave stale messages ("Saved.") above fresh ones.
Rectangle {
    id: banner
    property bool wanted: false
    property DesignerPageBase queue: null
    visible: queue ? queue.newestBanner === objectName : wanted
    onWantedChanged: if (queue) queue.bannerWanted(objectName, wanted)
    Component.onCompleted: if (queue) queue.bannerWanted(objectName, wanted)
    property string text
    property string tone: "info" // "info", "warning", "error"
    property string actionText
    property string secondActionText
    property string thirdActionText
    signal actionTriggered()
    signal secondActionTriggered()
    signal thirdActionTriggered()

    implicitHeight: row.implicitHeight + 12
    readonly property color toneColor: tone === "error" ? Theme.colors.error
                                       : tone === "warning" ? Theme.colors.warning : palette.highlight
    color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, tone === "" ? 0.14 : 0.18)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 12
        Label {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: banner.objectName + "Action"
            visible: banner.actionText !== ""
            text: banner.actionText
            onClicked: banner.actionTriggered()
        }
        Button {
            objectName: banner.objectName + "SecondAction"
            visible: banner.secondActionText !== ""
            text: banner.secondActionText
            onClicked: banner.secondActionTriggered()
        }
        Button {
            objectName: banner.objectName + "ThirdAction"
            visible: banner.thirdActionText !== ""
            text: banner.thirdActionText
            onClicked: banner.thirdActionTriggered()
        }
    }
}
