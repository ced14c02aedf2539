// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

ParamEditor {
    id: param
    required property var value
    TextField {
        objectName: "paramText_" + param.key
        Layout.fillWidth: true
        text: param.value ?? ""
        Accessible.name: param.label
        // From the change itself, not from typing only: a screen reader sets the text directly.
        onTextChanged: if (text !== (param.value ?? ""))
                           param.inspector.setValue(param.key, text === "" ? undefined : text)
    }
}
