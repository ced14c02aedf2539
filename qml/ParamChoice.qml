// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// One value from a list: a choice of the catalogue, a template, a process, a field, or the
// sequence to advance to (active sequences of the same record type).
ParamEditor {
    id: param
    required property var value
    required property var choices
    required property string kind
    // No value: not set, or null or "" in a file (a template with a blank to fill in).
    readonly property var current: value === null || value === "" ? undefined : value
    // A required value that is not set: the box says what to choose and is marked, rather than
    // showing the first entry of the list as if it had been chosen.
    readonly property bool missing: current === undefined && !optional
    readonly property var labels: ({
        any: qsTr("Any of them"), all: qsTr("All of them"),
        goal: qsTr("Goal reached"), clicks: qsTr("Link clicks"), opens: qsTr("Opens"),
        A: qsTr("Version A"), B: qsTr("Version B")
    })
    readonly property var options: {
        let out = kind !== "Choice" ? choices
                                    : choices.map(c => ({ value: c.value, label: labels[c.value] ?? c.label }))
        if (optional)
            out = [{ value: "", label: qsTr("(none)") }].concat(out)
        // A value the list does not hold (a template not in the profile) stays visible.
        if (current !== undefined && !out.some(o => o.value === current))
            out = out.concat([{ value: current, label: qsTr("%1 (not available)").arg(current) }])
        if (missing) {
            const template = kind === "EmailTemplate" || kind === "SmsTemplate"
            out = [{ value: "", label: template ? qsTr("Choose a template") : qsTr("Choose…") }].concat(out)
        }
        return out
    }
    ComboBox {
        id: box
        objectName: "paramChoice_" + param.key
        Layout.fillWidth: true
        model: param.options
        Accessible.name: param.label
        textRole: "label"
        valueRole: "value"
        currentIndex: Math.max(0, param.options.findIndex(o => o.value === (param.current ?? "")))
        onActivated: index => {
            const v = param.options[index].value
            param.inspector.setValue(param.key, v === "" ? undefined : v)
        }
        Rectangle { // the mark of a required value not chosen yet
            objectName: "missingMark_" + param.key
            anchors.fill: parent
            visible: param.missing
            color: "transparent"
            border.color: Theme.colors.errorText
            border.width: 2
            radius: 3
        }
    }
}
