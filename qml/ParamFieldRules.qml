// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The rules of a field condition in the side pane: the condition editor over the record type's
// fields; the whole array is written back on each change.
ParamEditor {
    id: builder
    required property var value
    required property var choices // the record type's fields

    ConditionEditor {
        Layout.fillWidth: true
        fields: builder.choices
        operators: builder.inspector.operators
        // Not `value ?? []`: with a list in `value`, Qt 6.4's compiled `??` gives the [].
        rules: builder.value === undefined || builder.value === null ? [] : builder.value
        onChanged: rules => builder.inspector.setValue(builder.key, rules)
    }
}
