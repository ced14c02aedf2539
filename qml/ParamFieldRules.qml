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
    function write(rules: var) { document.setParam(stepId, spec.key, rules) }
    spacing: 4

    ParamFieldGroup {
        Layout.fillWidth: true
        document: builder.document
        rules: builder.rules
        depth: 0
        onChanged: rules => builder.write(rules)
    }
}
