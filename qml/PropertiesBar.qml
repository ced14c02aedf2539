// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// A strip under the designer's toolbar: the sequence's name with its status (Active or
// Inactive), the Properties button that opens the properties pane, and Activate / Deactivate.
// It holds the pane and the activation dialogs, and shows the confirmation after a change.
ColumnLayout {
    id: bar
    objectName: "propertiesBar"
    required property SequenceDocument document
    required property DesignerPageBase page
    spacing: 0

    readonly property alias propertiesPane: propertiesPane
    readonly property alias activation: activation

    // "Deactivate to edit" and "Activate" both go through the confirmation.
    function activateOrDeactivate() { activation.start() }
    function copyToEdit() { activation.copyToEdit() }
    function openProperties() { propertiesPane.show() }

    ActivationController {
        id: controller
        sequenceId: bar.document.sequenceId
    }
    // After activation the document reloads; the confirmation waits for it.
    Connections {
        target: bar.document
        function onPropertiesChanged() { controller.takeRemembered() }
    }

    Rectangle {
        id: strip
        Layout.fillWidth: true
        implicitHeight: row.implicitHeight + 10
        color: bar.palette.alternateBase
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: bar.palette.mid
        }
        RowLayout {
            id: row
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8
            spacing: 8
            Label {
                objectName: "sequenceNameLabel"
                text: bar.document.name
                font.bold: true
                elide: Text.ElideRight
                Layout.maximumWidth: 420
            }
            Rectangle {
                objectName: "statusChip"
                visible: bar.document.loaded
                radius: height / 2
                implicitWidth: statusLabel.implicitWidth + 18
                implicitHeight: statusLabel.implicitHeight + 6
                readonly property color tone: bar.document.active ? Theme.colors.ok : bar.palette.mid
                color: Qt.rgba(tone.r, tone.g, tone.b, 0.2)
                border.color: tone
                Label {
                    id: statusLabel
                    objectName: "statusText"
                    anchors.centerIn: parent
                    text: controller.statusName(bar.document.active)
                    font.bold: bar.document.active
                }
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: bar.palette.placeholderText
                text: qsTr("Steps go to: %1").arg(choices.summary(bar.document.assignment))
                AssignmentChoices {
                    id: choices
                    recordType: bar.document.recordType
                }
            }
            Button {
                id: propertiesButton
                objectName: "propertiesButton"
                text: qsTr("Properties")
                checkable: true
                checked: propertiesPane.opened
                onClicked: propertiesPane.opened ? propertiesPane.close() : propertiesPane.show()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Who gets the steps, exit criteria, working days and tags")
            }
            Button {
                objectName: bar.document.active ? "deactivateButton" : "activateButton"
                enabled: bar.document.loaded && LibrarySession.ready && !LibrarySession.readOnly
                         && teamRefusal === ""
                highlighted: !bar.document.active
                text: bar.document.active ? qsTr("Deactivate") : qsTr("Activate")
                onClicked: activation.start()
                // A seller's session on a team sequence (LibrarySession.mayChange).
                readonly property string teamRefusal: LibrarySession.mayChange(bar.document.sequenceId)
                    ? "" : qsTr("Only sequence managers can activate or deactivate team sequences. "
                                + "Create a copy to have a personal one.")
                Accessible.description: teamRefusal
            }
        }
    }

    DesignerBanner {
        Layout.fillWidth: true
        objectName: "activationNotice"
        queue: bar.page
        wanted: controller.notice !== ""
        text: controller.notice
        tone: "info"
        actionText: qsTr("Dismiss")
        onActionTriggered: controller.clearNotice()
    }

    PropertiesPane {
        id: propertiesPane
        document: bar.document
        page: bar.page
        topItem: strip
        onDeactivateRequested: activation.start()
        onClosed: propertiesButton.forceActiveFocus() // not left on a control the pane hid
    }
    ActivationDialog {
        id: activation
        document: bar.document
        page: bar.page
    }
}
