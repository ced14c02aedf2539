// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

CheckBox {
    id: box
    required property SequenceDocument document
    required property string stepId
    required property var spec
    objectName: "paramCheck_" + spec.key
    text: spec.label
    checked: (document.revision >= 0 ? (document.param(stepId, spec.key) === true) : false)
    onToggled: document.setParam(stepId, spec.key, checked)
}
