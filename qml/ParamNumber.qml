// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Days, hours or a whole number within the parameter's range.
ParamEditor {
    id: param
    required property var value
    required property int min
    required property int max
    SpinBox {
        objectName: "paramSpin_" + param.key
        Layout.fillWidth: true
        from: param.min
        to: param.max
        editable: true
        value: param.value ?? 0
        Accessible.name: param.label
        // From the change itself, not from the arrows only: a screen reader sets the value directly.
        onValueChanged: if (value !== (param.value ?? 0))
                            param.inspector.setValue(param.key, value)
    }
}
