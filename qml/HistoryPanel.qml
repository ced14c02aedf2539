// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The versions of the sequence beside the canvas, newest first: open one read-only, or restore
// it as a new version (after asking). Up/Down choose a version, Enter opens it.
Pane {
    id: panel
    objectName: "historyPanel"
    required property DesignerPageBase page
    readonly property SequenceDocument document: page.document
    padding: 8

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("History")

    VersionHistory {
        id: history
        objectName: "versionHistory"
        session: LibrarySession
        sequenceId: panel.page.sequenceId
    }

    // The summaries and notes come translated from C++: read them again in the new language.
    Connections {
        target: Language
        function onChanged() { history.reload() }
    }

    function openVersion(number: int) {
        if (number === history.newest)
            panel.document.viewCurrent()
        else
            panel.document.viewVersion(number)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("History")
                font.bold: true
                font.pixelSize: 16
            }
            ToolButton {
                objectName: "closeHistoryButton"
                text: "\u2715"
                Accessible.name: qsTr("Close the history")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the history")
                onClicked: panel.page.historyOpen = false
            }
        }
        Button {
            objectName: "currentVersionButton"
            Layout.fillWidth: true
            visible: panel.document.viewedVersion > 0
            text: qsTr("Back to the current version")
            onClicked: panel.document.viewCurrent()
        }
        Label {
            Layout.fillWidth: true
            visible: history.errorMessage !== ""
            text: history.errorMessage
            wrapMode: Text.WordWrap
            color: Theme.colors.errorText
        }

        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: history
            focus: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Versions")
            Keys.onReturnPressed: if (currentIndex >= 0) panel.openVersion(history.numberAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) panel.openVersion(history.numberAt(currentIndex))

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property int number
                required property string date
                required property string author
                required property string note
                required property string summary
                required property string userNote
                required property bool picked
                readonly property bool viewed: panel.document.viewedVersion === number
                        || (panel.document.viewedVersion === 0 && index === 0)
                objectName: "historyVersion_" + number
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("Version %1, %2, %3: %4").arg(number).arg(date)
                                 .arg(author).arg(summary)
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                }
                onDoubleClicked: panel.openVersion(number)

                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        CheckBox {
                            objectName: "pickVersion_" + entry.number
                            checked: entry.picked
                            padding: 0
                            Accessible.name: qsTr("Compare version %1").arg(entry.number)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Tick two versions to compare them")
                            onToggled: history.togglePicked(entry.number)
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.index === 0 ? qsTr("Version %1 (current)").arg(entry.number)
                                                    : qsTr("Version %1").arg(entry.number)
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            visible: entry.viewed
                            text: qsTr("shown")
                            font.italic: true
                            opacity: 0.7
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(entry.date).arg(entry.author)
                        opacity: 0.75
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.summary
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: entry.note !== ""
                        text: entry.note
                        font.italic: true
                        wrapMode: Text.WordWrap
                    }
                    Flow { // wraps in a narrow panel
                        Layout.fillWidth: true
                        visible: entry.ListView.isCurrentItem
                        spacing: 6
                        Button {
                            objectName: "openVersionButton"
                            text: qsTr("Open")
                            enabled: !entry.viewed
                            Accessible.name: qsTr("Open version %1 read-only").arg(entry.number)
                            onClicked: panel.openVersion(entry.number)
                        }
                        Button {
                            objectName: "restoreVersionButton"
                            text: qsTr("Restore…")
                            visible: entry.index > 0
                            enabled: !LibrarySession.readOnly && !panel.document.active
                            Accessible.name: qsTr("Restore version %1").arg(entry.number)
                            onClicked: restoreDialog.ask(entry.number)
                        }
                        Button {
                            objectName: "editNoteButton"
                            text: entry.userNote === "" ? qsTr("Add a note…") : qsTr("Edit the note…")
                            visible: entry.index === 0
                            enabled: !LibrarySession.readOnly
                            Accessible.name: qsTr("Note for version %1").arg(entry.number)
                            onClicked: noteDialog.ask(entry.number, entry.userNote)
                        }
                        Button {
                            objectName: "compareCurrentButton"
                            text: qsTr("Compare with current")
                            visible: entry.index > 0
                            Accessible.name: qsTr("Compare version %1 with the current version")
                                             .arg(entry.number)
                            onClicked: panel.document.compareVersions(entry.number, 0)
                        }
                    }
                }
            }
        }
        HistoryActions {
            Layout.fillWidth: true
            page: panel.page
            history: history
        }
    }

    Dialog {
        id: restoreDialog
        objectName: "restoreDialog"
        property int number: 0
        function ask(n: int) {
            number = n
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: 420
        title: qsTr("Restore version %1?").arg(number)
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: panel.document.dirty
                  ? qsTr("You have unsaved changes. Save or undo them first, then restore.")
                  : qsTr("Version %1 is saved as a new version %2 of “%3”. The versions in between "
                         + "stay in the history.").arg(restoreDialog.number)
                        .arg(history.newest + 1).arg(panel.document.name)
        }
        footer: DialogButtonBox {
            Button {
                objectName: "confirmRestoreButton"
                text: qsTr("Restore")
                enabled: !panel.document.dirty
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: {
            const result = history.restore(number)
            if (panel.document.viewedVersion > 0)
                panel.document.viewCurrent()
            else
                panel.document.reload()
            list.currentIndex = 0
            if (!result.ok)
                restoreFailed.show(result.message)
        }
    }
    HistoryNoteDialog {
        id: noteDialog
        history: history
        onFailed: message => restoreFailed.show(message)
    }
    ToolTip { // says why a restore or a note failed
        id: restoreFailed
        objectName: "restoreFailed"
        function show(message: string) {
            text = message
            open()
        }
        timeout: 8000
    }
}
