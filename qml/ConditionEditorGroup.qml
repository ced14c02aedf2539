// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A nested group of the condition editor { match, rules } in a frame: "All of"/"Any of", its
// rules, and a button that removes it. Emits the changed group, or null when removed.
Frame {
    id: frame
    required property var fields
    required property var operators
    required property var group
    required property int index
    required property int depth
    required property int maxDepth
    required property string names
    required property string path // of the group that holds this one
    signal changed(var group)
    objectName: names + "Group_" + path + index
    padding: 6

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                objectName: frame.names + "GroupMatch_" + frame.path + frame.index
                Accessible.name: qsTr("Match of the group")
                model: [qsTr("All of"), qsTr("Any of")]
                currentIndex: frame.group.match === "any" ? 1 : 0
                onActivated: index => frame.changed({ match: index === 1 ? "any" : "all",
                                                      rules: frame.group.rules })
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("these rules")
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: frame.names + "GroupRemove_" + frame.path + frame.index
                text: "\u2715"
                Accessible.name: qsTr("Remove the group")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove the group")
                onClicked: frame.changed(null)
            }
        }
        // The group's own rules: a ConditionEditor, loaded by file (a type cannot contain
        // itself directly).
        Loader {
            id: inner
            Layout.fillWidth: true
            Component.onCompleted: setSource("ConditionEditor.qml", {
                fields: frame.fields, operators: frame.operators, rules: frame.group.rules ?? [],
                depth: frame.depth, maxDepth: frame.maxDepth, names: frame.names,
                path: frame.path + frame.index + "."
            })
            Connections {
                target: inner.item
                ignoreUnknownSignals: true
                function onChanged(rules) {
                    frame.changed({ match: frame.group.match ?? "all", rules: rules })
                }
            }
        }
    }
}
