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
    required property Item page
    required property string parentId
    required property string branch
    required property string label
    required property real plusX
    required property real plusY
    required property bool isEnd

    readonly property var designer: page
    readonly property bool dragging: designer.dragSource !== null
    readonly property bool targeted: dragging && designer.dragTarget !== null
                                     && designer.dragTarget.parentId === parentId
                                     && designer.dragTarget.branch === branch

    objectName: "plus_" + (parentId === "" ? "start" : parentId) + "_" + branch
    x: plusX - width / 2
    y: plusY - height / 2
    width: 24
    height: 24
    visible: !document.readOnly || label !== ""

    Rectangle {
        anchors.centerIn: parent
        width: plus.targeted ? 34 : (plus.dragging ? 28 : 22)
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
            font.pixelSize: 17
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
        color: plus.branch === "yes" ? "#2e7d32" : "#c62828"
    }
    HoverHandler { id: hover }
    TapHandler {
        enabled: !plus.document.readOnly
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: plus.designer.openAddDialog(plus.parentId, plus.branch)
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        enabled: !plus.document.readOnly
        onTapped: menu.popup()
    }
    ToolTip.visible: hover.hovered && !plus.dragging
    ToolTip.text: qsTr("Add an action or other element here")
    Menu {
        id: menu
        MenuItem {
            text: qsTr("Add an action or other element…")
            onTriggered: plus.designer.openAddDialog(plus.parentId, plus.branch)
        }
        MenuItem {
            text: qsTr("Paste here")
            enabled: plus.document.canPaste()
            onTriggered: plus.document.paste(plus.parentId, plus.branch)
        }
    }
}
