// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Settings: the language of the interface (applies at once).
Dialog {
    id: dialog
    objectName: "settingsDialog"
    title: qsTr("Settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Close

    GridLayout {
        columns: 2
        Label { text: qsTr("Language") }
        ComboBox {
            objectName: "languageChoice"
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "system", text: qsTr("As the system") },
                { value: "en", text: "English" },
                { value: "nb", text: "Norsk bokmål" }
            ]
            Component.onCompleted: currentIndex = indexOfValue(Language.choice)
            onActivated: Language.setCurrent(currentValue)
        }
    }
}
