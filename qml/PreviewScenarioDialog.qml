// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "Edit scenario…": the preview's scenario as its file's text (docs/simulation.md, "Scenario
// files"): the record's fields, the seller's pace, each step's events, outcome or skip. Apply
// checks it as Open scenario… does; a problem keeps the dialog open and says what is wrong.
Dialog {
    id: dialog
    objectName: "scenarioDialog"
    required property Preview preview

    title: qsTr("Edit scenario")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, Overlay.overlay ? Overlay.overlay.width - 40 : 640)
    height: Math.min(640, Overlay.overlay ? Overlay.overlay.height - 40 : 640)

    function start() {
        editor.text = preview.scenarioText()
        problem.text = ""
        open()
        editor.forceActiveFocus()
    }
    function apply() {
        if (preview.applyScenarioText(editor.text)) {
            close()
            return
        }
        problem.text = preview.notice
        preview.clearNotice()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The record's fields (record.fields), how long the seller takes (seller.completeAfter) and what happens at each step (steps: events, outcome, skip). Keys are as in a scenario file.")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: editor
                objectName: "scenarioText"
                font.family: "monospace"
                wrapMode: TextEdit.NoWrap
                selectByMouse: true
                Accessible.name: qsTr("The scenario")
                onTextChanged: problem.text = ""
                background: Rectangle {
                    color: Theme.palette.base
                    border.color: editor.activeFocus ? Theme.palette.highlight : Theme.palette.mid
                }
            }
        }
        Label {
            id: problem
            objectName: "scenarioProblem"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: Theme.colors.errorText
        }
    }
    footer: DialogButtonBox {
        DialogButton {
            objectName: "scenarioApply"
            text: qsTr("Apply")
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.apply()
        }
        DialogButton {
            objectName: "scenarioCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
