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
    readonly property bool active: chosen && page.selected.active
    spacing: 4
    // A disabled button gets no hover: the row's handler shows why it is disabled.
    HoverHandler { id: hover }
    function hovering(button: Item): bool {
        return hover.hovered && button.contains(button.mapFromItem(root, hover.point.position))
    }

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
        id: activate
        objectName: "activateButton"
        text: root.active ? qsTr("Deactivate") : qsTr("Activate")
        enabled: root.chosen && root.page.editable && root.page.activateRefusal === ""
        onClicked: root.page.toggleActiveSelected()
        ToolTip.visible: root.page.activateRefusal !== "" && root.hovering(activate)
        ToolTip.text: root.page.activateRefusal
        Accessible.description: root.page.activateRefusal
    }
    Button {
        objectName: "exportButton"
        text: qsTr("Export…")
        enabled: root.chosen
        onClicked: root.page.exportSelected()
    }
    Button {
        id: remove
        objectName: "deleteButton"
        text: qsTr("Delete")
        enabled: root.chosen && root.page.editable && root.page.deleteRefusal === ""
        onClicked: root.page.deleteSelected()
        ToolTip.visible: root.page.deleteRefusal !== "" ? root.hovering(remove) : hovered
        ToolTip.text: root.page.deleteRefusal || qsTr("Delete the selected sequence (Delete)")
        Accessible.description: root.page.deleteRefusal
    }
}
