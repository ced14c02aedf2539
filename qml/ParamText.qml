// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

TextField {
    id: field
    required property SequenceDocument document
    required property string stepId
    required property var spec
    objectName: "paramText_" + spec.key
    text: (document.revision >= 0 ? (document.param(stepId, spec.key) ?? "") : "")
    Accessible.name: spec.label
    // From the change itself, not from typing only: a screen reader sets the text directly.
    onTextChanged: if (text !== (document.param(stepId, spec.key) ?? ""))
                       document.setParam(stepId, spec.key, text === "" ? undefined : text)
}
