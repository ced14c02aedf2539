// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A message under the header: what went wrong and what to do, until the user closes it.
Pane {
    id: banner
    objectName: "errorBanner"
    visible: text.length > 0
    padding: 10
    property string text

    function show(message: string) {
        text = message
    }
    function hide() {
        text = ""
    }

    background: Rectangle {
        color: Qt.tint(banner.palette.window, Qt.rgba(Theme.colors.warning.r, Theme.colors.warning.g,
                                                      Theme.colors.warning.b, 0.25))
        border.color: Theme.colors.warning
        border.width: 1
    }

    RowLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            text: "⚠"
            font.pixelSize: 18
        }
        Label {
            objectName: "errorBannerText"
            text: banner.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "errorBannerClose"
            text: qsTr("Close")
            flat: true
            onClicked: banner.hide()
        }
    }
}
