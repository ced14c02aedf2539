// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A time limit { days, hours }: 1 hour to 30 days.
RowLayout {
    id: row
    required property SequenceDocument document
    required property string stepId
    required property var spec
    readonly property var value: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? ({ days: 0, hours: 0 })) : undefined)
    function set(days: int, hours: int) {
        document.setParam(stepId, spec.key, { days: days, hours: hours })
    }
    SpinBox {
        objectName: "paramDays_" + row.spec.key
        from: 0; to: 30; editable: true
        value: row.value.days ?? 0
        Accessible.name: qsTr("%1, days").arg(row.spec.label)
        onValueChanged: if (value !== (row.value.days ?? 0)) row.set(value, row.value.hours ?? 0)
    }
    Label { text: qsTr("days") }
    SpinBox {
        objectName: "paramHours_" + row.spec.key
        from: 0; to: 23; editable: true
        value: row.value.hours ?? 0
        Accessible.name: qsTr("%1, hours").arg(row.spec.label)
        onValueChanged: if (value !== (row.value.hours ?? 0)) row.set(row.value.days ?? 0, value)
    }
    Label { text: qsTr("hours") }
}
