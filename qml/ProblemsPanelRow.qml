// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One row of the problems panel: severity dot, step name (or "Sequence"), message; a click
// selects and centres the step.
ItemDelegate {
    id: row
    required property SequenceDocument document
    required property DesignerPageBase page
    required property DesignerStyle designerStyle
    required property string stepId
    required property string stepName
    required property string severity
    required property string message
    // The problems of the selected step are tinted, not drawn as a selection: several
    // rows may belong to it.
    readonly property bool ofSelected: stepId !== "" && document.selectedId === stepId
    Accessible.name: (severity === "error" ? qsTr("Error: %1. %2") : qsTr("Warning: %1. %2"))
                     .arg(stepName === "" ? qsTr("Sequence") : stepName).arg(message)
    background: Rectangle {
        color: row.ofSelected ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g,
                                        row.palette.highlight.b, 0.16)
             : row.hovered ? row.palette.alternateBase : "transparent"
        Rectangle {
            visible: row.ofSelected
            width: 3; height: parent.height
            color: row.palette.highlight
        }
    }
    onClicked: {
        if (stepId === "")
            return
        document.selectedId = stepId
        page.centreOn(stepId)
    }
    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 3
            width: 10; height: 10; radius: 5
            color: row.severity === "error" ? row.designerStyle.error : row.designerStyle.warning
        }
        Label {
            Layout.preferredWidth: 180
            Layout.alignment: Qt.AlignTop
            text: row.stepName === "" ? qsTr("Sequence") : row.stepName
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.message
            wrapMode: Text.WordWrap
        }
    }
}
