// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Several values: email events, call results, stages of the chosen process.
ParamEditor {
    id: param
    required property var value
    required property var choices // the stages follow the process: the inspector updates them
    // Not `value ?? []`: with a list in `value`, Qt 6.4's compiled `??` gives the [].
    readonly property var current: value === undefined || value === null ? [] : value
    ColumnLayout {
        objectName: "paramSet_" + param.key
        Layout.fillWidth: true
        spacing: 0
        Label {
            visible: param.choices.length === 0
            text: qsTr("Choose a business process flow first.")
            color: param.palette.placeholderText
        }
        Repeater {
            model: param.choices
            delegate: CheckBox {
                required property var modelData
                objectName: "paramOption_" + param.key + "_" + modelData.value
                text: modelData.label
                checked: param.current.indexOf(modelData.value) >= 0
                onToggled: {
                    const values = param.choices.map(o => o.value)
                        .filter(v => v === modelData.value ? checked : param.current.indexOf(v) >= 0)
                    param.inspector.setValue(param.key, values)
                }
            }
        }
    }
}
