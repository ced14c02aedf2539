// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Activating or deactivating one sequence: a confirmation that says what it means, then, when
// the library refuses, the problems to fix. Choosing a problem emits problemChosen so the
// designer can show that step (the home page opens the designer on it).
Dialog {
    id: dialog
    objectName: "activateDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, Overlay.overlay ? Overlay.overlay.width - 40 : 600)
    title: stage === "problems" ? qsTr("The sequence cannot be activated yet")
         : active ? qsTr("Deactivate the sequence?") : qsTr("Activate the sequence?")

    property string sequenceId
    property string name
    property bool active: false
    // "confirm" or "problems"
    property string stage: "confirm"
    property var problems: []
    property bool limitReached: false

    signal problemChosen(string sequenceId, string stepId)
    // After the status changed.
    signal done(string sequenceId, bool active)

    // Opens for the sequence `id`: activation when it is inactive, else deactivation.
    function openFor(id: string) {
        const info = LibrarySession.sequenceInfo(id)
        if (!info.ok)
            return
        sequenceId = id
        name = info.name
        active = info.active
        stage = "confirm"
        problems = []
        open()
    }
    function firstStep(): string {
        for (let i = 0; i < problems.length; ++i) {
            if (problems[i].stepId !== "")
                return problems[i].stepId
        }
        return ""
    }
    function confirm() {
        const result = active ? LibrarySession.deactivate(sequenceId)
                              : LibrarySession.activate(sequenceId)
        if (result.ok) {
            close()
            done(sequenceId, !active)
            return
        }
        if (active || result.problems === undefined || result.problems.length === 0) {
            close() // the window's banner shows the error
            return
        }
        problems = result.problems
        limitReached = result.limitReached
        stage = "problems"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            objectName: "activateText"
            visible: dialog.stage === "confirm"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            text: dialog.active
                  ? qsTr("When “%1” is deactivated, no new records can be connected to it, and "
                         + "it can be edited again. Activate it again when the changes are "
                         + "done.").arg(dialog.name)
                  : qsTr("When “%1” is active, sellers can connect records to it and get its "
                         + "steps. An active sequence cannot be edited: deactivate it first to "
                         + "make changes. %2 of at most %3 sequences are active now.")
                        .arg(dialog.name).arg(LibrarySession.activeCount)
                        .arg(LibrarySession.maxActive)
        }

        Label {
            objectName: "problemsIntro"
            visible: dialog.stage === "problems"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            text: dialog.limitReached
                  ? qsTr("%1 sequences are active, the most a library allows. Deactivate one of "
                         + "them, then activate “%2” again.").arg(LibrarySession.activeCount)
                        .arg(dialog.name)
                  : qsTr("Fix these problems in “%1”, save, and activate it again. Choose a "
                         + "problem to open the sequence at that step.").arg(dialog.name)
        }

        ListView {
            id: problemList
            objectName: "activationProblems"
            visible: dialog.stage === "problems"
            clip: true
            model: dialog.problems
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 280)
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: problem
                required property var modelData
                required property int index
                objectName: "problem_" + index
                width: problemList.width
                readonly property string heading: (problem.modelData.severity === "error"
                                                   ? qsTr("Error: ") : qsTr("Warning: "))
                    + (problem.modelData.stepName !== "" ? problem.modelData.stepName : qsTr("The sequence"))
                Accessible.name: heading + ". " + problem.modelData.message
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: problem.heading
                        font.bold: true
                        color: problem.modelData.severity === "error" ? Theme.colors.errorText : Theme.colors.warningText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: problem.modelData.message
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                onClicked: {
                    dialog.close()
                    dialog.problemChosen(dialog.sequenceId, problem.modelData.stepId)
                }
            }
        }
    }

    // Return confirms; on the problems, Return closes.
    onOpened: confirmButton.forceActiveFocus()
    onStageChanged: if (stage === "problems") closeButton.forceActiveFocus()
    footer: DialogButtonBox {
        DialogButton {
            id: confirmButton
            objectName: dialog.active ? "confirmDeactivate" : "confirmActivate"
            visible: dialog.stage === "confirm"
            highlighted: true
            text: dialog.active ? qsTr("Deactivate") : qsTr("Activate")
            onClicked: dialog.confirm()
        }
        Button {
            objectName: "openInDesigner"
            visible: dialog.stage === "problems" && !dialog.limitReached
            text: qsTr("Open in the designer")
            // To the step of the first problem that has one.
            onClicked: {
                dialog.close()
                dialog.problemChosen(dialog.sequenceId, dialog.firstStep())
            }
        }
        DialogButton {
            id: closeButton
            objectName: "closeActivate"
            text: dialog.stage === "problems" ? qsTr("Close") : qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
