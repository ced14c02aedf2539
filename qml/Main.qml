// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Qt.labs.settings
import SequenceDesigner

// The main window: the home page of the library's sequences, and the designer of one sequence
// pushed on top of it.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: LibrarySession.ready ? qsTr("%1 – Sequence Designer").arg(LibrarySession.name)
                                : qsTr("Sequence Designer")

    // Opens the designer page on the sequence `id` of the library.
    function openSequence(id: string) {
        stack.push(designerPage, { sequenceId: id })
    }
    function showHome() {
        stack.pop(null)
    }
    // "New sequence": the create dialog, from its first step.
    function newSequence() {
        if (!LibrarySession.ready) {
            banner.show(LibrarySession.message)
            return
        }
        createDialog.start()
    }
    // Opens another library (a path or url); a failure shows in the banner.
    function openLibrary(file: string) {
        LibrarySession.openLibrary(file)
    }
    // Shows `message` in the banner under the header (an error with what to do).
    function showError(message: string) {
        banner.show(message)
    }
    // For the screenshot command and tests: opens one of the window's dialogs.
    function showDialog(name: string) {
        if (name === "create")
            createDialog.start()
        else if (name === "gallery")
            createDialog.startWithTemplates()
        else if (name === "about")
            aboutDialog.open()
    }

    // The window's place and size, restored at start and saved when it closes.
    Settings {
        id: geometry
        category: "window"
    }
    function saveGeometry() {
        geometry.setValue("x", window.x)
        geometry.setValue("y", window.y)
        geometry.setValue("width", window.width)
        geometry.setValue("height", window.height)
        geometry.sync()
    }
    Component.onCompleted: {
        width = Math.max(minimumWidth, Number(geometry.value("width", 1280)))
        height = Math.max(minimumHeight, Number(geometry.value("height", 800)))
        const left = Number(geometry.value("x", -1))
        const top = Number(geometry.value("y", -1))
        if (left >= 0 && top >= 0) {
            x = left
            y = top
        }
    }
    // Not on destruction: by then the window is back at its declared size.
    onClosing: saveGeometry()
    function quit() {
        saveGeometry()
        Qt.quit()
    }

    header: HomeToolBar {
        onNewRequested: window.newSequence()
        onImportRequested: importFiles.open()
        onOpenLibraryRequested: openLibraryFile.open()
        onNewLibraryRequested: newLibraryFile.open()
        onOpenProfileRequested: openProfileFile.open()
        onSettingsRequested: settingsDialog.open()
        onAboutRequested: aboutDialog.open()
        onHomeRequested: window.showHome()
        onQuitRequested: window.quit()
        designer: stack.depth > 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HomeBanner {
            id: banner
            Layout.fillWidth: true
        }

        StackView {
            id: stack
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: HomePage {
                onOpenRequested: id => window.openSequence(id)
                onNewRequested: window.newSequence()
                onOpenLibraryRequested: openLibraryFile.open()
                onNewLibraryRequested: newLibraryFile.open()
            }
        }
    }

    Component {
        id: designerPage
        DesignerPage {
            onCloseRequested: window.showHome()
        }
    }

    Connections {
        target: LibrarySession
        function onFailed(message: string) { banner.show(message) }
        function onLibraryAboutToChange() { window.showHome() }
        function onLibraryChanged() { banner.hide() }
    }

    CreateDialog {
        id: createDialog
        onCreated: id => window.openSequence(id)
    }
    AboutDialog { id: aboutDialog }
    SettingsDialog { id: settingsDialog }
    ImportPreviewDialog { id: importPreview }

    // Files dropped on the window open in the import preview.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (!drop.hasUrls)
                return
            drop.accept(Qt.CopyAction)
            importPreview.openFiles(drop.urls)
        }
    }

    FileDialog {
        id: importFiles
        title: qsTr("Import sequences")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Sequence files (*.sequence.json)"), qsTr("JSON files (*.json)")]
        onAccepted: importPreview.openFiles(selectedFiles)
    }
    FileDialog {
        id: openLibraryFile
        title: qsTr("Open library")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Libraries (*.sqlite)"), qsTr("All files (*)")]
        onAccepted: window.openLibrary(selectedFile)
    }
    FileDialog {
        id: newLibraryFile
        title: qsTr("New library")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sqlite"
        nameFilters: [qsTr("Libraries (*.sqlite)")]
        onAccepted: LibrarySession.newLibrary(selectedFile)
    }

    // The organisation profile for this library; a failure shows in the banner.
    FileDialog {
        id: openProfileFile
        objectName: "openProfileFile"
        title: qsTr("Open organisation profile")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Organisation profiles (*.profile.json)"), qsTr("JSON files (*.json)")]
        onAccepted: LibrarySession.openProfile(selectedFile)
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: window.newSequence()
    }
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: window.quit()
    }
}
