// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The library's sequences. (Placeholder until the home page grid lands.)
Page {
    id: page
    objectName: "homePage"
    signal openRequested(string id)

    Label {
        objectName: "libraryState"
        anchors.centerIn: parent
        text: LibrarySession.ready
              ? qsTr("Library %1: %n sequence(s), %2 active.", "", LibrarySession.sequenceCount)
                    .arg(LibrarySession.path).arg(LibrarySession.activeCount)
              : LibrarySession.message
    }
}
