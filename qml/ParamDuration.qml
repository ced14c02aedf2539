// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A time limit { days, hours }: 1 hour to 30 days.
ParamEditor {
    id: param
    required property var value
    readonly property var current: value ?? ({ days: 0, hours: 0 })
    function set(days: int, hours: int) {
        inspector.setValue(key, { days: days, hours: hours })
    }
    RowLayout {
        Layout.fillWidth: true
        SpinBox {
            objectName: "paramDays_" + param.key
            from: 0; to: 30; editable: true
            value: param.current.days ?? 0
            Accessible.name: qsTr("%1, days").arg(param.label)
            onValueChanged: if (value !== (param.current.days ?? 0)) param.set(value, param.current.hours ?? 0)
        }
        Label { text: qsTr("days") }
        SpinBox {
            objectName: "paramHours_" + param.key
            from: 0; to: 23; editable: true
            value: param.current.hours ?? 0
            Accessible.name: qsTr("%1, hours").arg(param.label)
            onValueChanged: if (value !== (param.current.hours ?? 0)) param.set(param.current.days ?? 0, value)
        }
        Label { text: qsTr("hours") }
    }
}
