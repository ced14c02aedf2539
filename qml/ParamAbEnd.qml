// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// When the A/B test ends: automatically, or at a date and time.
ColumnLayout {
    id: col
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var current: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? ({ mode: "auto" })) : undefined)
    RadioButton {
        objectName: "paramAbEndAuto"
        text: qsTr("When the winner is clear")
        checked: col.current.mode !== "at"
        onToggled: if (checked) col.document.setParam(col.stepId, col.spec.key, { mode: "auto" })
    }
    RadioButton {
        id: atButton
        objectName: "paramAbEndAt"
        text: qsTr("At a date and time")
        checked: col.current.mode === "at"
        onToggled: if (checked) col.document.setParam(col.stepId, col.spec.key,
                                                       { mode: "at", at: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 16) + ":00Z" })
    }
    TextField {
        objectName: "paramAbEndText"
        Accessible.name: qsTr("At a date and time")
        Layout.fillWidth: true
        visible: atButton.checked
        placeholderText: qsTr("YYYY-MM-DDTHH:MM:SSZ")
        text: col.current.at ?? ""
        onEditingFinished: col.document.setParam(col.stepId, col.spec.key, { mode: "at", at: text })
    }
}
