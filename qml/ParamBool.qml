// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

ParamEditor {
    id: param
    required property var value
    showLabel: false // the check box says it
    CheckBox {
        objectName: "paramCheck_" + param.key
        Layout.fillWidth: true
        text: param.label
        checked: param.value === true
        onToggled: param.inspector.setValue(param.key, checked)
    }
}
