// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// Days, hours or a whole number within the parameter's range.
SpinBox {
    id: box
    required property SequenceDocument document
    required property string stepId
    required property var spec
    objectName: "paramSpin_" + spec.key
    from: spec.min
    to: spec.max
    editable: true
    value: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? 0) : 0)
    Accessible.name: spec.label
    // From the change itself, not from the arrows only: a screen reader sets the value directly.
    onValueChanged: if (value !== (document.param(stepId, spec.key) ?? 0))
                        document.setParam(stepId, spec.key, value)
}
