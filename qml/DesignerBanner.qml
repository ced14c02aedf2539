// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message strip above the canvas with up to two actions. With a `queue` (the designer page)
// only the newest of the banners that have something to say shows: banners that pile up push
// the canvas down and leave stale messages ("Saved.") above fresh ones.
Rectangle {
    id: banner
    property bool wanted: false
    property Item queue: null
    visible: queue ? queue.newestBanner === objectName : wanted
    onWantedChanged: if (queue) queue.bannerWanted(objectName, wanted)
    Component.onCompleted: if (queue) queue.bannerWanted(objectName, wanted)
    property string text
    property string tone: "info" // "info", "warning", "error"
    property string actionText
    property string secondActionText
    signal actionTriggered()
    signal secondActionTriggered()

    implicitHeight: row.implicitHeight + 12
    color: tone === "error" ? Qt.rgba(0.83, 0.18, 0.18, 0.18)
         : tone === "warning" ? Qt.rgba(0.9, 0.58, 0, 0.18) : Qt.rgba(0.18, 0.44, 0.86, 0.14)

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
    }
}
