// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// What the home page shows without rows: a library that cannot open (with the way out), an
// empty library (leading to New sequence), or a search that matches nothing.
Pane {
    id: root
    objectName: "emptyState"
    property bool filtered: false
    signal newRequested()
    signal clearFiltersRequested()
    signal openLibraryRequested()
    signal newLibraryRequested()

    readonly property string mode: !LibrarySession.ready ? "noLibrary"
                                                         : (filtered ? "noMatch" : "empty")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 520)
        spacing: 14

        Label {
            text: root.mode === "noLibrary" ? "⚠" : (root.mode === "noMatch" ? "🔍" : "✉")
            font.pixelSize: 48
            opacity: 0.6
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "emptyTitle"
            text: root.mode === "noLibrary" ? qsTr("The library cannot be opened")
                : root.mode === "noMatch" ? qsTr("No sequence matches")
                : qsTr("No sequences yet")
            font.pixelSize: 22
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "emptyText"
            text: root.mode === "noLibrary" ? LibrarySession.message
                : root.mode === "noMatch"
                  ? qsTr("No sequence in this library matches the search and filters.")
                  : qsTr("A sequence is the series of emails, calls, tasks and waits that sellers "
                         + "follow for each lead. Start from a proven template or from a blank "
                         + "sequence.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 10
            Button {
                objectName: "emptyNewSequence"
                visible: root.mode === "empty"
                enabled: !LibrarySession.readOnly
                highlighted: true
                text: qsTr("New sequence")
                onClicked: root.newRequested()
            }
            Button {
                objectName: "emptyClearFilters"
                visible: root.mode === "noMatch"
                text: qsTr("Clear search and filters")
                onClicked: root.clearFiltersRequested()
            }
            Button {
                objectName: "emptyRecoverLibrary"
                visible: root.mode === "noLibrary" && LibrarySession.damagedPath !== ""
                highlighted: true
                text: qsTr("Open a recovered copy")
                onClicked: LibrarySession.openRecoveredCopy()
            }
            Button {
                objectName: "emptyOpenLibrary"
                visible: root.mode === "noLibrary"
                highlighted: true
                text: qsTr("Open library…")
                onClicked: root.openLibraryRequested()
            }
            Button {
                objectName: "emptyNewLibrary"
                visible: root.mode === "noLibrary"
                text: qsTr("New library…")
                onClicked: root.newLibraryRequested()
            }
        }
    }
}
