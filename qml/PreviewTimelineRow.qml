// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the preview's timeline: "Day 3, Wed 9 Dec 14:00", the step, its status.
ItemDelegate {
    id: row
    required property int index
    required property string stepId
    required property string name
    required property string typeName
    required property string when
    required property string status
    required property string statusText
    required property string detail
    required property string accessibleName
    signal chosen(int row, string id)

    objectName: "previewRow_" + index
    highlighted: ListView.isCurrentItem
    Accessible.name: accessibleName
    onClicked: chosen(index, stepId)

    contentItem: ColumnLayout {
        spacing: 1
        Label {
            Layout.fillWidth: true
            text: row.when
            font.bold: true
            font.pixelSize: 12
        }
        Label {
            Layout.fillWidth: true
            text: row.name
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.detail === "" ? row.statusText : qsTr("%1, %2").arg(row.statusText).arg(row.detail)
            font.pixelSize: 12
            opacity: 0.75
            elide: Text.ElideRight
        }
    }
}
