// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The "+" on a link or at the end of a path, with the Yes/No label of a condition's branch.
// Click: "Add an action or other element". Lights up while a type or a node is dragged.
Item {
    id: plus
    required property SequenceDocument document
    required property DesignerPageBase page
    required property string parentId
    required property string branch
    required property string label
    required property real plusX
    required property real plusY
    required property bool isEnd
    required property string accessibleName
    required property CanvasViewBase canvasView
    // False while the "+" is a spare (ViewportModel): hidden, kept for one that comes into view.
    required property bool shown
    // The canvas's zoom (this item is scaled by it); below the cards' threshold there is no "+".
    property real zoom: 1

    readonly property bool dragging: page.dragSource !== null
    readonly property bool targeted: dragging && page.dragTarget !== null
                                     && page.dragTarget.parentId === parentId
                                     && page.dragTarget.branch === branch

    objectName: shown ? "plus_" + (parentId === "" ? "start" : parentId) + "_" + branch : ""
    x: plusX - width / 2
    y: plusY - height / 2
    // At least about 22 pixels to hit at any zoom where it is drawn; at most 60 units, clear of
    // the cards above and below (76 units apart).
    width: Math.min(60, Math.max(24, 22 / zoom))
    height: width
    // The circle: 22 units at 100 %, at least about 14 pixels zoomed out.
    readonly property real circle: Math.min(40, Math.max(22, 14 / zoom))
    visible: shown && (!document.readOnly || label !== "")

    // The keyboard (CanvasKeyboard): the "+" with the canvas's key spot takes the focus.
    readonly property bool hasKeyCursor: shown && canvasView.keyCursor.kind === "plus"
                                         && canvasView.keyCursor.parentId === parentId
                                         && canvasView.keyCursor.branch === branch
    // The spot gone elsewhere while a dialog has the focus (the Add dialog inserted a step here):
    // the focus flag goes too, or closing the dialog would give the focus back to this kept "+".
    onHasKeyCursorChanged: {
        if (hasKeyCursor)
            canvasView.offerKeyFocus(plus)
        else if (focus && !activeFocus)
            focus = false
    }
    // Focused another way (a screen reader's SetFocus): the keyboard spot follows.
    onActiveFocusChanged: if (activeFocus && !hasKeyCursor)
                              canvasView.moveKeyCursor({ kind: "plus", parentId: parentId, branch: branch, x: plusX, y: plusY })
    Component.onCompleted: if (hasKeyCursor) canvasView.offerKeyFocus(plus)
    onShownChanged: if (!shown && activeFocus) canvasView.releaseKeyFocus(plus)
    Connections {
        target: plus.canvasView
        // (`shown` read too: while a spare is being made, hasKeyCursor may not have followed.)
        function onFocusSpotRequested() { if (plus.shown && plus.hasKeyCursor) plus.forceActiveFocus() }
    }
    Accessible.role: Accessible.Button
    Accessible.ignored: !shown
    Accessible.name: accessibleName
    Accessible.focusable: true
    Accessible.onPressAction: if (!plus.document.readOnly) plus.page.openAddDialog(plus.parentId, plus.branch)
    FocusRing {
        visible: plus.activeFocus
        anchors.fill: undefined
        anchors.centerIn: parent
        width: plus.circle + 10
        height: width
        radius: width / 2
    }

    Rectangle {
        anchors.centerIn: parent
        width: plus.circle * (plus.targeted ? 34 / 22 : (plus.dragging ? 28 / 22 : 1))
        height: width
        radius: width / 2
        visible: !plus.document.readOnly
        color: plus.targeted ? plus.palette.highlight
             : plus.dragging ? Qt.lighter(plus.palette.highlight, 1.6)
             : hover.hovered ? plus.palette.highlight : plus.palette.base
        border.color: plus.dragging || hover.hovered ? plus.palette.highlight : plus.palette.mid
        border.width: 1.5
        Text {
            anchors.centerIn: parent
            text: "+"
            font.pixelSize: Math.round(17 * plus.circle / 22)
            font.bold: true
            color: plus.targeted || hover.hovered ? plus.palette.highlightedText : plus.palette.text
        }
    }
    Label {
        visible: plus.label !== ""
        text: plus.label
        font.bold: true
        font.pixelSize: 12
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: plus.branch === "yes" ? parent.left : undefined
        anchors.left: plus.branch === "no" ? parent.right : undefined
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        color: plus.branch === "yes" ? Theme.colors.ok : Theme.colors.errorText
    }
    HoverHandler { id: hover }
    TapHandler {
        enabled: !plus.document.readOnly
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: plus.page.openAddDialog(plus.parentId, plus.branch)
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        enabled: !plus.document.readOnly
        onTapped: menu.popup()
    }
    // Not the attached ToolTip: it places itself above the item in the item's scaled units, so
    // zoomed out below about 65 % it came down over the "+" and took its clicks.
    ToolTip {
        id: tip
        visible: hover.hovered && !plus.dragging
        text: qsTr("Add an action or other element here")
        x: (plus.width - implicitWidth / plus.zoom) / 2
        y: -(implicitHeight + 6) / plus.zoom
    }
    FittedMenu {
        id: menu
        MenuItem {
            text: qsTr("Add an action or other element…")
            onTriggered: plus.page.openAddDialog(plus.parentId, plus.branch)
        }
        MenuItem {
            text: qsTr("Paste here")
            enabled: plus.document.canPaste()
            onTriggered: plus.document.paste(plus.parentId, plus.branch)
        }
    }
}
