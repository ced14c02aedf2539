// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The window's header: the library's name, New sequence, Import and the menu.
ToolBar {
    id: bar
    objectName: "toolBar"
    // True while the designer page is shown: a way back replaces the home page's actions.
    property bool designer: false

    signal newRequested()
    signal importRequested()
    signal openLibraryRequested()
    signal openTeamLibraryRequested()
    signal newLibraryRequested()
    signal openProfileRequested()
    signal settingsRequested()
    signal aboutRequested()
    signal homeRequested()
    signal quitRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 4
        spacing: 6

        ToolButton {
            objectName: "backToHome"
            visible: bar.designer
            text: qsTr("‹ Sequences")
            onClicked: bar.homeRequested()
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "libraryName"
                text: LibrarySession.ready ? LibrarySession.name : qsTr("No library open")
                font.bold: true
                font.pixelSize: 16
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                objectName: "libraryPath"
                text: LibrarySession.readOnly ? qsTr("%1 (read-only)").arg(LibrarySession.location)
                                              : LibrarySession.location
                opacity: 0.7
                font.pixelSize: 11
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "newSequence"
            visible: !bar.designer
            enabled: LibrarySession.ready && !LibrarySession.readOnly
            highlighted: true
            text: qsTr("New sequence")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Create a sequence from a template or from scratch (Ctrl+N)")
            onClicked: bar.newRequested()
        }
        Button {
            objectName: "importButton"
            visible: !bar.designer
            enabled: LibrarySession.ready && !LibrarySession.readOnly
            text: qsTr("Import…")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Import sequences from .sequence.json files")
            onClicked: bar.importRequested()
        }
        ToolButton {
            id: menuButton
            objectName: "mainMenuButton"
            text: "☰"
            font.pixelSize: 18
            Accessible.name: qsTr("Menu")
            onClicked: mainMenu.open()

            FittedMenu {
                id: mainMenu
                objectName: "mainMenu"
                y: menuButton.height
                MenuItem {
                    objectName: "menuOpenLibrary"
                    text: qsTr("Open library…")
                    onTriggered: bar.openLibraryRequested()
                }
                MenuItem {
                    objectName: "menuOpenTeamLibrary"
                    text: qsTr("Open team library…")
                    onTriggered: bar.openTeamLibraryRequested()
                }
                MenuItem {
                    objectName: "menuNewLibrary"
                    text: qsTr("New library…")
                    onTriggered: bar.newLibraryRequested()
                }
                MenuItem {
                    objectName: "menuOpenProfile"
                    text: qsTr("Open profile…")
                    onTriggered: bar.openProfileRequested()
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "menuSettings"
                    text: qsTr("Settings…")
                    onTriggered: bar.settingsRequested()
                }
                MenuItem {
                    objectName: "menuAbout"
                    text: qsTr("About Sequence Designer")
                    onTriggered: bar.aboutRequested()
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "menuQuit"
                    text: qsTr("Quit")
                    onTriggered: bar.quitRequested()
                }
            }
        }
    }
}
