// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// One card of the canvas: group colour and icon, name, one-line summary, problem badge.
// Click selects, double-click edits, dragging moves the step with everything below it.
Rectangle {
    id: card
    required property SequenceDocument document
    required property DesignerPageBase page
    required property CanvasViewBase canvasView
    required property DesignerStyle designerStyle
    required property string stepId
    required property string group
    required property string name
    required property string summary
    required property string icon
    required property string severity
    required property int problemCount
    required property real cardX
    required property real cardY
    required property real cardWidth
    required property real cardHeight
    required property bool reachable
    required property string accessibleName
    required property string accessibleDescription
    required property var changeMark // in a comparison only (CompareMark)
    required property var previewMark // in the preview only (PreviewBadge)
    // False while the card is a spare (ViewportModel): hidden, kept for a step that comes into view.
    required property bool shown

    readonly property bool isStart: stepId === ""
    readonly property bool selected: document.selectedId === stepId && !isStart
    readonly property color accent: designerStyle.color(group)
    // The title's size (the canvas's level of detail is computed from it).
    readonly property real basePoint: canvasView.titlePoint

    objectName: !shown ? "" : isStart ? "card_start" : "card_" + stepId
    visible: shown
    x: cardX
    y: cardY
    width: cardWidth
    height: cardHeight
    radius: 8
    color: palette.base
    border.width: selected ? 2.5 : 1
    border.color: selected ? palette.highlight
                : severity === "error" ? designerStyle.error : palette.mid
    opacity: dragHandler.active ? 0.45 : previewMark.dimmed ? 0.35 : (reachable ? 1 : 0.7)

    // The keyboard (CanvasKeyboard): the card with the canvas's key spot takes the focus.
    readonly property bool hasKeyCursor: shown && canvasView.keyCursor.kind === "card"
                                         && canvasView.keyCursor.id === stepId
    // (The spot gone elsewhere while a dialog has the focus: as for CanvasPlus.)
    onHasKeyCursorChanged: {
        if (hasKeyCursor)
            canvasView.offerKeyFocus(card)
        else if (focus && !activeFocus)
            focus = false
    }
    // Focused another way (a screen reader's SetFocus): the keyboard spot follows.
    onActiveFocusChanged: if (activeFocus && !hasKeyCursor) canvasView.moveKeyCursor({ kind: "card", id: stepId })
    Component.onCompleted: if (hasKeyCursor) canvasView.offerKeyFocus(card)
    // The card is reused for another step as the view moves (CardModel): the focus stays with
    // the step, not the item.
    onStepIdChanged: if (activeFocus && !hasKeyCursor) canvasView.forceActiveFocus()
    onShownChanged: if (!shown && activeFocus) canvasView.releaseKeyFocus(card)
    Connections {
        target: card.canvasView
        // (`shown` read too: while a spare is being made, hasKeyCursor may not have followed.)
        function onFocusSpotRequested() { if (card.shown && card.hasKeyCursor) card.forceActiveFocus() }
    }
    Accessible.role: Accessible.Button
    Accessible.ignored: !shown
    Accessible.name: accessibleName
    Accessible.description: accessibleDescription
    Accessible.focusable: true
    Accessible.onPressAction: {
        card.document.selectedId = card.stepId
        if (!card.isStart)
            card.canvasView.editRequested()
    }
    FocusRing { visible: card.activeFocus; radius: card.radius + 3 }
    CompareMark { changeMark: card.changeMark; radius: card.radius } // issue 17
    PreviewBadge { mark: card.previewMark; stepId: card.stepId; page: card.page; radius: card.radius } // issue 16

    Rectangle { // the group's colour along the left edge
        width: 6
        height: parent.height - 2
        x: 1; y: 1
        radius: 7
        color: card.accent
    }
    NodeIcon {
        x: 16
        anchors.verticalCenter: parent.verticalCenter
        glyph: card.designerStyle.glyph(card.icon)
        source: card.designerStyle.iconSource(card.icon)
        automated: card.designerStyle.automated(card.icon)
        color: card.accent
    }
    Column {
        // Sizes from the model, not anchors: the text is laid out once, at its final width.
        x: 16 + 36 + 10
        width: card.cardWidth - x - 28
        anchors.verticalCenter: parent.verticalCenter
        spacing: 3
        Label {
            id: title
            objectName: "cardTitle_" + card.stepId
            width: parent.width
            text: card.name
            font.bold: true
            // A word longer than the line (Norwegian compounds: "Forretningsprosessfase") is
            // set smaller rather than broken over two lines.
            font.pointSize: longestWord.advanceWidth > width && width > 0
                            ? Math.max(7, card.basePoint * width / longestWord.advanceWidth)
                            : card.basePoint
            elide: Text.ElideRight
            maximumLineCount: card.summary === "" ? 3 : 2
            wrapMode: Text.Wrap
            lineHeight: 0.95
            ToolTip.visible: cardHover.hovered && title.truncated
            ToolTip.text: card.name
            ToolTip.delay: 500
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: card.summary
            color: card.palette.placeholderText
            font.pixelSize: 12
            elide: Text.ElideRight
            wrapMode: Text.Wrap
            maximumLineCount: title.lineCount > 1 ? 1 : 2
        }
    }
    TextMetrics {
        id: longestWord
        font.bold: true
        font.pointSize: card.basePoint
        text: card.name.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    }
    Rectangle { // the problem badge
        objectName: "badge_" + card.stepId
        visible: card.problemCount > 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        width: Math.max(20, badgeText.implicitWidth + 8)
        height: 20
        radius: 10
        color: card.severity === "error" ? card.designerStyle.error : card.designerStyle.warning
        Text {
            id: badgeText
            anchors.centerIn: parent
            text: card.problemCount
            color: card.severity === "error" ? card.designerStyle.onError : card.designerStyle.onWarning
            font.bold: true
            font.pixelSize: 11
        }
        HoverHandler { id: badgeHover }
        ToolTip.visible: badgeHover.hovered
        ToolTip.text: qsTr("%n problem(s): see the Problems panel", "", card.problemCount)
    }

    HoverHandler { id: cardHover }
    TapHandler {
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: {
            card.document.selectedId = card.stepId
            card.canvasView.forceActiveFocus()
        }
        onDoubleTapped: {
            card.document.selectedId = card.stepId
            card.canvasView.editRequested()
        }
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        enabled: !card.isStart
        onTapped: {
            card.document.selectedId = card.stepId
            card.canvasView.openCardMenu(card.stepId)
        }
    }
    DragHandler {
        id: dragHandler
        enabled: !card.isStart && !card.document.readOnly
        target: null
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            const p = centroid.scenePosition
            const designer = card.page
            if (active) {
                designer.dragSource = { kind: "node", id: card.stepId, name: card.name }
            } else {
                designer.dragEnded(Qt.point(p.x, p.y))
            }
        }
        onCentroidChanged: {
            if (active)
                card.page.dragMoved(Qt.point(centroid.scenePosition.x,
                                                               centroid.scenePosition.y))
        }
    }
}
