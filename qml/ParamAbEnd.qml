// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// When the A/B test ends: automatically, or at a date and time.
ParamEditor {
    id: param
    required property var value
    readonly property var current: value ?? ({ mode: "auto" })
    RadioButton {
        objectName: "paramAbEndAuto"
        text: qsTr("When the winner is clear")
        checked: param.current.mode !== "at"
        onToggled: if (checked) param.inspector.setValue(param.key, { mode: "auto" })
    }
    RadioButton {
        id: atButton
        objectName: "paramAbEndAt"
        text: qsTr("At a date and time")
        checked: param.current.mode === "at"
        onToggled: if (checked) param.inspector.setValue(param.key,
                                                          { mode: "at", at: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 16) + ":00Z" })
    }
    TextField {
        objectName: "paramAbEndText"
        Accessible.name: qsTr("At a date and time")
        Layout.fillWidth: true
        visible: atButton.checked
        placeholderText: qsTr("YYYY-MM-DDTHH:MM:SSZ")
        text: param.current.at ?? ""
        onEditingFinished: param.inspector.setValue(param.key, { mode: "at", at: text })
    }
}
