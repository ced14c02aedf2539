// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The context menu of a card (right click), one for the whole canvas rather than one per card,
// so a card stays a small item tree (issue 19).
FittedMenu {
    id: menu
    required property SequenceDocument document
    required property DesignerPageBase page
    property string stepId

    // Opens the menu of step `id` at the mouse.
    function openFor(id: string) {
        stepId = id
        popup()
    }

    MenuItem { text: qsTr("Copy the step and the steps below it"); onTriggered: menu.document.copyBranch(menu.stepId) }
    MenuItem {
        text: qsTr("Cut the step and the steps below it")
        enabled: !menu.document.readOnly
        onTriggered: menu.document.cutBranch(menu.stepId)
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Delete the step")
        enabled: !menu.document.readOnly
        onTriggered: menu.page.deleteSelected()
    }
    MenuItem {
        text: qsTr("Delete the step and the steps below it")
        enabled: !menu.document.readOnly
        onTriggered: menu.document.deleteBranch(menu.stepId)
    }
}
