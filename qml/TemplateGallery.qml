// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SequenceDesigner

// The template gallery: the templates of every record type or of one, bundled and the user's own,
// each with its numbers and a small drawing of its flow; Browse… takes any .sequence.json.
Item {
    id: root
    objectName: "templateGallery"
    property alias recordType: templates.recordType
    property string error

    // A template was chosen.
    signal chosen(templateEntry entry)

    TemplateGalleryModel {
        id: templates
        objectName: "templateGalleryModel"
        recordType: "" // all: a new user sees every template first
    }
    // Templates saved since it was last shown appear, and the bundled ones follow the language.
    onVisibleChanged: if (visible) templates.reload()
    Connections {
        target: Language
        function onChanged() { templates.reload() }
    }

    // The keyboard: the grid has the focus, arrows choose a card, Return takes it.
    function focusFirst() {
        grid.currentIndex = 0
        grid.forceActiveFocus()
    }
    function askRemove(entry: templateEntry) {
        removeDialog.entry = entry
        removeDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Label { text: qsTr("Record type") }
            ComboBox {
                id: typeBox
                objectName: "galleryRecordType"
                Accessible.name: qsTr("Record type")
                model: [{ name: "", title: qsTr("All record types") }, ...LibrarySession.recordTypes]
                textRole: "title"
                valueRole: "name"
                Layout.preferredWidth: 200
                currentIndex: Math.max(0, indexOfValue(templates.recordType))
                onActivated: templates.recordType = currentValue
            }
            Label {
                text: qsTr("%n template(s)", "", templates.count)
                opacity: 0.7
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "browseTemplate"
                text: qsTr("Browse…")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Use any .sequence.json file as the template")
                onClicked: browseDialog.open()
            }
        }

        Label {
            objectName: "galleryError"
            text: root.error
            visible: text !== ""
            color: Theme.colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        GridView {
            id: grid
            objectName: "templateGrid"
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 270)))
            cellHeight: 250
            model: templates
            ScrollBar.vertical: ScrollBar {}
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Templates")
            Keys.onReturnPressed: if (currentIndex >= 0) root.chosen(templates.get(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) root.chosen(templates.get(currentIndex))
            delegate: TemplateGalleryCard {
                width: grid.cellWidth - 10
                height: grid.cellHeight - 10
                highlighted: GridView.isCurrentItem && grid.activeFocus
                onClicked: root.chosen(templates.get(index))
                onRemoveRequested: root.askRemove(templates.get(index))
            }

            Label {
                anchors.centerIn: parent
                visible: templates.count === 0
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("No template for this record type. Choose another record type, "
                           + "Browse… for a file, or go back and use a blank sequence. Your own "
                           + "templates go in %1.").arg(templates.userFolder)
                opacity: 0.8
            }
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeTemplateDialog"
        property templateEntry entry
        title: qsTr("Remove the template?")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, Overlay.overlay ? Overlay.overlay.width - 40 : 440)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: removeDialog.entry.ok
                  ? qsTr("“%1” is removed from the gallery and its file is deleted. Sequences "
                         + "created from it stay as they are.").arg(removeDialog.entry.title)
                  : ""
        }
        // Removing is not the default: Return cancels, as Escape does.
        onOpened: cancelRemove.forceActiveFocus()
        footer: DialogButtonBox {
            DialogButton {
                objectName: "confirmRemoveTemplate"
                text: qsTr("Remove")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            DialogButton {
                id: cancelRemove
                objectName: "cancelRemoveTemplate"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: {
            const result = templates.remove(entry.source)
            root.error = result.ok ? "" : result.message
        }
    }

    FileDialog {
        id: browseDialog
        title: qsTr("Choose a sequence file as the template")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Sequence files (*.sequence.json)"), qsTr("JSON files (*.json)")]
        onAccepted: {
            const entry = templates.readFile(selectedFile)
            root.error = entry.ok ? "" : entry.message
            if (entry.ok)
                root.chosen(entry)
        }
    }
}
