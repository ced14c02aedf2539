// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One template of the gallery: the flow drawn small, title, record type, steps and duration.
ItemDelegate {
    id: card
    objectName: "template_" + index
    required property int index
    required property string title
    required property string description
    required property string recordTypeTitle
    required property int steps
    required property string duration
    required property bool bundled
    required property string category
    required property var nodes
    required property var lines
    required property real flowWidth
    required property real flowHeight

    // "Remove" on one of the user's own templates (bundled ones have no such button).
    signal removeRequested()

    padding: 10
    hoverEnabled: true
    // (Drawn by the contentItem below; here it names the card for screen readers.)
    text: title
    Accessible.description: description
    Accessible.onPressAction: clicked()
    ToolTip.visible: hovered && description !== ""
    ToolTip.delay: 600
    ToolTip.text: description

    background: Rectangle {
        radius: 6
        color: card.hovered ? Qt.tint(pal.base, Qt.rgba(pal.highlight.r, pal.highlight.g, pal.highlight.b, 0.12)) : pal.base
        border.color: card.hovered || card.activeFocus || card.highlighted ? pal.highlight : pal.mid
        border.width: card.activeFocus || card.highlighted ? 3 : card.hovered ? 2 : 1
    }
    SystemPalette { id: pal }

    contentItem: ColumnLayout {
        spacing: 4
        TemplateGalleryFlow {
            nodes: card.nodes
            lines: card.lines
            flowWidth: card.flowWidth
            flowHeight: card.flowHeight
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Label {
            text: card.title
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 · %n step(s) · %2", "", card.steps).arg(card.recordTypeTitle)
                      .arg(card.duration)
            opacity: 0.8
            font.pixelSize: 12
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredHeight: 24
            Label {
                text: card.bundled ? card.category
                    : card.category !== "" ? qsTr("Your template · %1").arg(card.category)
                    : qsTr("Your template")
                font.pixelSize: 11
                opacity: 0.7
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "removeTemplate_" + card.index
                // Only the user's own templates can be removed.
                visible: !card.bundled
                text: qsTr("Remove")
                font.pixelSize: 11
                implicitHeight: 24
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this template from the gallery")
                onClicked: card.removeRequested()
            }
        }
    }
}
