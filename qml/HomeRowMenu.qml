// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The context menu of a row of the home page grid.
FittedMenu {
    id: menu
    objectName: "rowMenu"
    // The HomePage.
    required property var page
    readonly property bool active: page.selected.active

    MenuItem {
        objectName: "menuOpen"
        text: qsTr("Open")
        onTriggered: menu.page.openSelected()
    }
    MenuItem {
        objectName: "menuCopy"
        text: qsTr("Create a copy…")
        enabled: menu.page.editable
        onTriggered: menu.page.copySelected()
    }
    MenuItem {
        objectName: "menuActivate"
        text: menu.active ? qsTr("Deactivate…") : qsTr("Activate…")
        enabled: menu.page.editable && menu.page.activateRefusal === ""
        Accessible.description: menu.page.activateRefusal
        onTriggered: menu.page.toggleActiveSelected()
    }
    MenuItem {
        objectName: "menuHistory"
        text: qsTr("History…")
        onTriggered: menu.page.historySelected()
    }
    MenuItem {
        objectName: "menuExport"
        text: qsTr("Export…")
        onTriggered: menu.page.exportSelected()
    }
    MenuItem {
        objectName: "menuCopyToTeam"
        text: qsTr("Copy to team library…")
        visible: !LibrarySession.team
        height: visible ? implicitHeight : 0
        onTriggered: menu.page.copyToTeamSelected()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "menuDelete"
        text: qsTr("Delete…")
        enabled: menu.page.editable && menu.page.deleteRefusal === ""
        Accessible.description: menu.page.deleteRefusal
        onTriggered: menu.page.deleteSelected()
    }
}
