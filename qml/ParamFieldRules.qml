// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The field-condition builder: rows of field, operator and value typed by the field, and
// nested groups (any/all) of rows. The whole array is written back on each change.
ColumnLayout {
    id: builder
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var rules: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? []) : undefined)
    // Each change rebuilds the rows: the control that had the keyboard focus gets it back, so
    // that arrow keys on a combo box go on choosing (issue 13).
    function write(rules: var) {
        const focused = focusedName()
        document.setParam(stepId, spec.key, rules)
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
    spacing: 4

    ParamFieldGroup {
        Layout.fillWidth: true
        document: builder.document
        rules: builder.rules
        depth: 0
        onChanged: rules => builder.write(rules)
    }
}
