// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Several values: email events, call results, stages of the chosen process.
ColumnLayout {
    id: set
    required property SequenceDocument document
    required property string stepId
    required property var spec
    objectName: "paramSet_" + spec.key
    spacing: 0
    readonly property var current: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? []) : undefined)
    readonly property var options: {
        if (document.revision < 0) // a dependency the compiler keeps: the stages follow the process
            return []
        if (spec.kind === "CallResults")
            return document.choices("callResults")
        if (spec.kind === "Stages")
            return document.stages(document.param(stepId, "process") ?? "")
        if (spec.key === "events")
            return document.choices("emailEvents")
        return spec.choices.map(c => ({ value: c, label: c }))
    }
    Label {
        visible: set.options.length === 0
        text: qsTr("Choose a business process flow first.")
        color: set.palette.placeholderText
    }
    Repeater {
        model: set.options
        delegate: CheckBox {
            required property var modelData
            objectName: "paramOption_" + set.spec.key + "_" + modelData.value
            text: modelData.label
            checked: set.current.indexOf(modelData.value) >= 0
            onToggled: {
                const values = set.options.map(o => o.value)
                    .filter(v => v === modelData.value ? checked : set.current.indexOf(v) >= 0)
                set.document.setParam(set.stepId, set.spec.key, values)
            }
        }
    }
}
