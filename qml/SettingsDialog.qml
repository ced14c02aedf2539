// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Settings: the language of the interface and the colours (as the system, light or dark). A
// choice applies at once, without restarting, and is remembered; `--language` and
// `--color-scheme` on the command line override them for one run. The sample line shows how dates
// and numbers read in the chosen language.
Dialog {
    id: dialog
    objectName: "settingsDialog"
    title: qsTr("Settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)

    // Qt's own button texts (standardButtons) are not translated in this program: name them here.
    onOpened: closeButton.forceActiveFocus()
    footer: DialogButtonBox {
        DialogButton {
            id: closeButton
            objectName: "settingsClose"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    GridLayout {
        width: parent.width
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label {
            text: qsTr("Language")
        }
        ComboBox {
            id: choice
            objectName: "languageChoice"
            Accessible.name: qsTr("Language")
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            // The names of the languages are written in their own language, as is usual.
            model: [
                { value: "system", text: qsTr("As the system") },
                { value: "en", text: "English" },
                { value: "nb", text: "Norsk bokmål" }
            ]
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "languageOption_" + modelData.value
                width: ListView.view ? ListView.view.width : implicitWidth
                text: modelData.text
                highlighted: choice.highlightedIndex === index
                Accessible.onPressAction: clicked()
            }
            Component.onCompleted: currentIndex = indexOfValue(Language.choice)
            onActivated: Language.setCurrent(currentValue)
            Connections {
                target: Language
                function onChanged() {
                    choice.currentIndex = choice.indexOfValue(Language.choice)
                }
            }
        }

        Label {
            text: qsTr("Example")
        }
        Label {
            objectName: "languageSample"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            // A fixed date and number, in the language of the interface.
            text: qsTr("%1 · %2").arg(
                      new Date(2025, 2, 31).toLocaleDateString(Qt.locale(Language.localeName),
                                                               Locale.LongFormat))
                  .arg(Number(1234.5).toLocaleString(Qt.locale(Language.localeName), "f", 1))
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            text: qsTr("The language applies at once. Start the program with --language en or "
                       + "--language nb to override it for one run.")
        }

        Label {
            text: qsTr("Colours")
        }
        ComboBox {
            id: scheme
            objectName: "colorSchemeChoice"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "system", text: qsTr("As the system") },
                { value: "light", text: qsTr("Light") },
                { value: "dark", text: qsTr("Dark") }
            ]
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "colorSchemeOption_" + modelData.value
                width: ListView.view ? ListView.view.width : implicitWidth
                text: modelData.text
                highlighted: scheme.highlightedIndex === index
            }
            Component.onCompleted: currentIndex = indexOfValue(Theme.scheme)
            onActivated: Theme.scheme = currentValue
        }

        // The organisation profile of this library: record types, fields, templates.
        Label {
            Layout.topMargin: 8
            text: qsTr("Organisation profile")
        }
        RowLayout {
            Layout.topMargin: 8
            Layout.fillWidth: true
            Label {
                objectName: "profileName"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: LibrarySession.profilePath === ""
                      ? qsTr("%1 (comes with the program)").arg(LibrarySession.profileName)
                      : LibrarySession.profileName
            }
            Button {
                objectName: "useDefaultProfile"
                visible: LibrarySession.profilePath !== ""
                text: qsTr("Use the default")
                onClicked: LibrarySession.useDefaultProfile()
            }
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            text: LibrarySession.profilePath === ""
                  ? qsTr("Open another profile with Open profile… in the menu; it is remembered "
                         + "for this library.")
                  : qsTr("From %1, remembered for this library. Open another one with Open "
                         + "profile… in the menu.").arg(LibrarySession.profilePath)
        }
    }
}
