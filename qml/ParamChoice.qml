// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// One value from a list: a choice of the catalogue, a template, a process, a field, or the
// sequence to advance to (active sequences of the same record type).
ComboBox {
    id: box
    required property SequenceDocument document
    required property string stepId
    required property var spec
    objectName: "paramChoice_" + spec.key
    // No value: not set, or null or "" in a file (a template with a blank to fill in).
    readonly property var current: {
        const v = document.revision >= 0 ? document.param(stepId, spec.key) : undefined
        return v === null || v === "" ? undefined : v
    }
    // A required value that is not set: the box says what to choose and is marked, rather than
    // showing the first entry of the list as if it had been chosen.
    readonly property bool missing: current === undefined && spec.required
    readonly property var labels: ({
        any: qsTr("Any of them"), all: qsTr("All of them"),
        goal: qsTr("Goal reached"), clicks: qsTr("Link clicks"), opens: qsTr("Opens"),
        A: qsTr("Version A"), B: qsTr("Version B")
    })
    readonly property var options: {
        const lists = { EmailTemplate: "emailTemplates", SmsTemplate: "smsTemplates",
                        Process: "processes", SequenceRef: "advanceTargets", Field: "writableFields" }
        let out = lists[spec.kind] ? document.choices(lists[spec.kind])
                                   : spec.choices.map(c => ({ value: c, label: labels[c] ?? c }))
        if (!spec.required)
            out = [{ value: "", label: qsTr("(none)") }].concat(out)
        // A value the list does not hold (a template not in the profile) stays visible.
        if (current !== undefined && !out.some(o => o.value === current))
            out = out.concat([{ value: current, label: qsTr("%1 (not available)").arg(current) }])
        if (missing) {
            const template = spec.kind === "EmailTemplate" || spec.kind === "SmsTemplate"
            out = [{ value: "", label: template ? qsTr("Choose a template") : qsTr("Choose…") }].concat(out)
        }
        return out
    }
    model: options
    Accessible.name: spec.label
    textRole: "label"
    valueRole: "value"
    currentIndex: Math.max(0, options.findIndex(o => o.value === (current ?? "")))
    onActivated: index => {
        const v = options[index].value
        document.setParam(stepId, spec.key, v === "" ? undefined : v)
    }
    Rectangle { // the mark of a required value not chosen yet
        objectName: "missingMark_" + box.spec.key
        anchors.fill: parent
        visible: box.missing
        color: "transparent"
        border.color: Theme.colors.errorText
        border.width: 2
        radius: 3
    }
}
