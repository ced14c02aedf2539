// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The actions on the selected sequence, beside the search box.
RowLayout {
    id: root
    // The HomePage.
    required property var page
    readonly property bool chosen: page.selectedRow >= 0
    readonly property bool active: chosen && page.selected.active === true
    spacing: 4

    Button {
        objectName: "openButton"
        text: qsTr("Open")
        enabled: root.chosen
        onClicked: root.page.openSelected()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Open the selected sequence in the designer (Enter)")
    }
    Button {
        objectName: "copyButton"
        text: qsTr("Create a copy")
        enabled: root.chosen && root.page.editable
        onClicked: root.page.copySelected()
    }
    Button {
        objectName: "activateButton"
        text: root.active ? qsTr("Deactivate") : qsTr("Activate")
        enabled: root.chosen && root.page.editable
        onClicked: root.page.toggleActiveSelected()
    }
    Button {
        objectName: "exportButton"
        text: qsTr("Export…")
        enabled: root.chosen
        onClicked: root.page.exportSelected()
    }
    Button {
        objectName: "deleteButton"
        text: qsTr("Delete")
        enabled: root.chosen && root.page.editable
        onClicked: root.page.deleteSelected()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Delete the selected sequence (Delete)")
    }
}
