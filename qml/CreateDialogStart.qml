// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The first step of "Create a sequence": from a template or blank.
Item {
    id: root
    signal templateChosen()
    signal blankChosen()

    // "Use template" is the default: Return takes it.
    function focusDefault() {
        useTemplate.forceActiveFocus()
    }

    component Choice: DialogButton {
        id: choice
        property string heading
        property string explanation
        property string symbol
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1 // both halves alike
        text: heading // (drawn by the contentItem below; here it names the button)
        Accessible.description: explanation
        contentItem: ColumnLayout {
            spacing: 10
            Item { Layout.fillHeight: true }
            Label {
                text: choice.symbol
                font.pixelSize: 40
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Layout.preferredHeight: 60
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: choice.heading
                font.pixelSize: 18
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: choice.explanation
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignTop
                opacity: 0.8
                Layout.fillWidth: true
                Layout.preferredHeight: 50
            }
            Item { Layout.fillHeight: true }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 16
        Choice {
            id: useTemplate
            objectName: "useTemplate"
            symbol: "▦"
            heading: qsTr("Use template")
            explanation: qsTr("Start from a proven sequence: webinar follow-up, outbound "
                              + "prospecting, renewals and more. Change anything afterwards.")
            onClicked: root.templateChosen()
        }
        Choice {
            objectName: "useBlank"
            symbol: "+"
            heading: qsTr("Use blank sequence")
            explanation: qsTr("Start with no steps and add them one by one in the designer.")
            onClicked: root.blankChosen()
        }
    }
}
