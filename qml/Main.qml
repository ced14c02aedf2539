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
        width: Math.min(parent.width - 64, 640)
        spacing: 16

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Sequence Designer")
            font.pixelSize: 28
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Design sales sequences: emails, calls, tasks, waits and LinkedIn actions, with branches on what the customer did.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "libraryState"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: LibrarySession.ready
                  ? qsTr("Library %1: %n sequence(s), %2 active.", "", LibrarySession.sequenceCount)
                        .arg(LibrarySession.path).arg(LibrarySession.activeCount)
                  : qsTr("The library %1 cannot be opened.").arg(LibrarySession.path)
        }
        Label {
            objectName: "libraryMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: LibrarySession.message
            color: LibrarySession.ready ? palette.text : "#b3261e"
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("%n kind(s) of step are available.", "", AppInfo.stepTypes.length)
            color: palette.placeholderText
        }
    }
}
