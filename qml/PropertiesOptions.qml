// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Exit criteria and working days of the sequence.
ColumnLayout {
    id: options
    required property SequenceDocument document
    spacing: 4

    Label {
        text: qsTr("Exit criteria")
        font.bold: true
    }
    CheckBox {
        id: exitOnReply
        objectName: "propExitOnReply"
        Layout.fillWidth: true
        enabled: !options.document.readOnly
        text: qsTr("Exit the sequence when the customer replies to any email")
        checked: options.document.exitOnEmailReply
        onToggled: options.document.exitOnEmailReply = checked
        contentItem: Label {
            leftPadding: exitOnReply.indicator.width + exitOnReply.spacing
            text: exitOnReply.text
            wrapMode: Text.Wrap
        }
    }
    // Only while the sequence sends no email: then leaving on a reply cannot work.
    Label {
        objectName: "propExitNeedsEmail"
        visible: !options.document.hasEmailStep
        Layout.fillWidth: true
        Layout.leftMargin: 28
        wrapMode: Text.Wrap
        color: options.palette.placeholderText
        text: qsTr("Needs at least one email step.")
    }
    Label {
        Layout.topMargin: 8
        text: qsTr("Working days")
        font.bold: true
    }
    CheckBox {
        objectName: "propSkipNonWorkingDays"
        Layout.fillWidth: true
        enabled: !options.document.readOnly
        text: qsTr("Skip non-working days")
        checked: options.document.skipNonWorkingDays
        onToggled: options.document.skipNonWorkingDays = checked
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 28
        wrapMode: Text.Wrap
        color: options.palette.placeholderText
        text: qsTr("Wait steps count working days only.")
    }
}
