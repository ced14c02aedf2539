// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The field-condition builder: rows of field, operator and value typed by the field, and
// nested groups (any/all) of rows. The whole array is written back on each change.
ParamEditor {
    id: builder
    required property var value
    required property var choices // the record type's fields
    // Not `value ?? []`: with a list in `value`, Qt 6.4's compiled `??` gives the [].
    readonly property var rules: value === undefined || value === null ? [] : value
    // Each change rebuilds the rows: the control that had the keyboard focus gets it back, so
    // that arrow keys on a combo box go on choosing (issue 13).
    function write(rules: var) {
        const focused = focusedName()
        inspector.setValue(key, rules)
        if (focused !== "")
            refocus(builder, focused)
    }
    function focusedName(): string {
        let name = ""
        for (let item = Window.activeFocusItem; item; item = item.parent) {
            if (item === builder)
                return name
            if (name === "" && item.objectName !== "")
                name = item.objectName
        }
        return ""
    }
    function refocus(item: Item, name: string): bool {
        if (item.objectName === name && item.visible) {
            item.forceActiveFocus()
            return true
        }
        for (let i = 0; i < item.children.length; ++i) {
            if (refocus(item.children[i], name))
                return true
        }
        return false
    }

    ParamFieldGroup {
        Layout.fillWidth: true
        fields: builder.choices
        operators: builder.inspector.operators
        rules: builder.rules
        depth: 0
        onChanged: rules => builder.write(rules)
    }
}
