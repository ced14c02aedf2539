// SPDX-License-Identifier: MIT
import QtQuick
import Qt.labs.qmlmodels
import SequenceDesigner

// The editor `editor` (a Component of a Param*.qml) for the row `key` of `model` (a
// StepInspector) only, made as the side pane makes it: a delegate whose required properties are
// the row's roles. The other rows get an empty item. `editorItem` is the editor once made.
Repeater {
    id: repeater
    required property string key
    required property Component editor
    property Item editorItem: null
    delegate: DelegateChooser {
        role: "key"
        DelegateChoice { roleValue: repeater.key; delegate: repeater.editor }
        DelegateChoice { Item {} }
    }
    onItemAdded: (index, item) => {
        if (item.key === repeater.key)
            editorItem = item
    }
}
