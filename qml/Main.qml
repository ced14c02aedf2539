// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

ApplicationWindow {
    id: window
    width: 1100
    height: 720
    visible: true
    title: qsTr("Sequence Designer")

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 16

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Sequence Designer")
            font.pixelSize: 28
            font.bold: true
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Design sales sequences: emails, calls, tasks, waits and LinkedIn actions, with branches on what the customer did.")
            wrapMode: Text.WordWrap
            Layout.maximumWidth: 560
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("%n kinds of step are available.", "", AppInfo.stepTypes.length)
            color: palette.placeholderText
        }
    }
}
