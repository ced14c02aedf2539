// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The palette beside the canvas: every step type by group; drag one onto a "+" to insert it.
Pane {
    id: palettePane
    objectName: "stepPalette"
    required property DesignerPageBase page
    required property DesignerStyle designerStyle
    padding: 6

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        readonly property var types: palettePane.page.document.insertOptions("", "next")
        model: types
        ScrollBar.vertical: ScrollBar {}
        delegate: Column {
            id: entryColumn
            required property insertOption modelData
            required property int index
            width: ListView.view.width
            Label {
                visible: entryColumn.index === 0
                         || list.types[entryColumn.index - 1].group !== entryColumn.modelData.group
                text: entryColumn.modelData.groupName
                font.bold: true
                topPadding: 8
                bottomPadding: 4
            }
        Rectangle {
            id: entry
            readonly property insertOption modelData: entryColumn.modelData
            objectName: "paletteType_" + modelData.id
            width: parent.width
            height: Math.max(44, entryRow.implicitHeight + 8)
            radius: 6
            color: drag.active ? palettePane.palette.highlight
                 : hover.hovered ? palettePane.palette.alternateBase : "transparent"
            // The keyboard's way: Tab to an entry, Enter inserts the type at the canvas's "+"
            // (or below the selected card).
            activeFocusOnTab: true
            Keys.onReturnPressed: palettePane.page.addAtCursor(modelData.id)
            Keys.onEnterPressed: palettePane.page.addAtCursor(modelData.id)
            Keys.onSpacePressed: palettePane.page.addAtCursor(modelData.id)
            Accessible.role: Accessible.Button
            Accessible.name: modelData.name
            Accessible.description: modelData.explanation
            Accessible.focusable: true
            Accessible.onPressAction: palettePane.page.addAtCursor(modelData.id)
            FocusRing { visible: entry.activeFocus; anchors.margins: 0 }
            RowLayout {
                id: entryRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 8
                NodeIcon {
                    implicitWidth: 30
                    implicitHeight: 30
                    glyph: palettePane.designerStyle.glyph(entry.modelData.icon)
                    source: palettePane.designerStyle.iconSource(entry.modelData.icon)
                    automated: palettePane.designerStyle.automated(entry.modelData.icon)
                    color: palettePane.designerStyle.color(entry.modelData.group)
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.name
                    wrapMode: Text.WordWrap // a long name takes two lines rather than being cut
                }
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered && !drag.active
            ToolTip.text: entry.modelData.explanation
            ToolTip.delay: 600
            DragHandler {
                id: drag
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                onActiveChanged: {
                    const designer = palettePane.page
                    const p = centroid.scenePosition
                    if (active)
                        designer.dragSource = { kind: "type", id: entry.modelData.id, name: entry.modelData.name }
                    else
                        designer.dragEnded(Qt.point(p.x, p.y))
                }
                onCentroidChanged: {
                    if (active)
                        palettePane.page.dragMoved(Qt.point(centroid.scenePosition.x,
                                                                              centroid.scenePosition.y))
                }
            }
        }
    }
    }
}
