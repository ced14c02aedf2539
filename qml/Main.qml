// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.settings
import SequenceDesigner

// The main window: the home page of the library's sequences, and the designer of one sequence
// pushed on top of it.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    // The smallest size at which every label shows whole, in English and in Norwegian.
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: LibrarySession.ready ? qsTr("%1 – Sequence Designer").arg(LibrarySession.name)
                                : qsTr("Sequence Designer")
    // The Fusion controls of Qt 6.4 keep their own palette: hand them the application's (the
    // platform's, or Theme's light or dark one).
    palette.active.window: Theme.palette.window
    palette.active.windowText: Theme.palette.windowText
    palette.active.base: Theme.palette.base
    palette.active.alternateBase: Theme.palette.alternateBase
    palette.active.text: Theme.palette.text
    palette.active.button: Theme.palette.button
    palette.active.buttonText: Theme.palette.buttonText
    palette.active.light: Theme.palette.light
    palette.active.midlight: Theme.palette.midlight
    palette.active.mid: Theme.palette.mid
    palette.active.dark: Theme.palette.dark
    palette.active.shadow: Theme.palette.shadow
    palette.active.highlight: Theme.palette.highlight
    palette.active.highlightedText: Theme.palette.highlightedText
    palette.active.placeholderText: Theme.palette.placeholderText
    palette.active.toolTipBase: Theme.palette.toolTipBase
    palette.active.toolTipText: Theme.palette.toolTipText
    palette.active.link: Theme.palette.link
    palette.inactive.window: Theme.palette.window
    palette.inactive.windowText: Theme.palette.windowText
    palette.inactive.base: Theme.palette.base
    palette.inactive.alternateBase: Theme.palette.alternateBase
    palette.inactive.text: Theme.palette.text
    palette.inactive.button: Theme.palette.button
    palette.inactive.buttonText: Theme.palette.buttonText
    palette.inactive.light: Theme.palette.light
    palette.inactive.midlight: Theme.palette.midlight
    palette.inactive.mid: Theme.palette.mid
    palette.inactive.dark: Theme.palette.dark
    palette.inactive.shadow: Theme.palette.shadow
    palette.inactive.highlight: Theme.palette.highlight
    palette.inactive.highlightedText: Theme.palette.highlightedText
    palette.inactive.placeholderText: Theme.palette.placeholderText
    palette.inactive.toolTipBase: Theme.palette.toolTipBase
    palette.inactive.toolTipText: Theme.palette.toolTipText
    palette.inactive.link: Theme.palette.link
    palette.disabled.window: Theme.palette.window
    palette.disabled.windowText: Theme.palette.disabledText
    palette.disabled.base: Theme.palette.base
    palette.disabled.alternateBase: Theme.palette.alternateBase
    palette.disabled.text: Theme.palette.disabledText
    palette.disabled.button: Theme.palette.button
    palette.disabled.buttonText: Theme.palette.disabledText
    palette.disabled.light: Theme.palette.light
    palette.disabled.midlight: Theme.palette.midlight
    palette.disabled.mid: Theme.palette.mid
    palette.disabled.dark: Theme.palette.dark
    palette.disabled.shadow: Theme.palette.shadow
    palette.disabled.highlight: Theme.palette.highlight
    palette.disabled.highlightedText: Theme.palette.highlightedText
    palette.disabled.placeholderText: Theme.palette.placeholderText
    palette.disabled.toolTipBase: Theme.palette.toolTipBase
    palette.disabled.toolTipText: Theme.palette.toolTipText
    palette.disabled.link: Theme.palette.link

    // Opens the designer page on the sequence `id` of the library (in place of one open).
    function openSequence(id: string) {
        window.whenLeft(() => {
            stack.pop(null, StackView.Immediate)
            // At once, without a slide-in: the sequence is the first thing drawn (issue 19).
            window.pushDesigner({ sequenceId: id }, StackView.Immediate)
        })
    }
    // The designer page's component: not part of the home page's start. It is compiled on the
    // QML loader thread after the home page's first frame, so an open finds it ready; an open
    // before that finishes it at once (issue 19: a quick start).
    property Component designerPage: null
    readonly property bool designerReady: designerPage !== null
                                          && designerPage.status === Component.Ready
    function preloadDesigner() {
        if (designerPage === null)
            designerPage = Qt.createComponent("DesignerPage.qml", Component.Asynchronous, window)
    }
    function pushDesigner(properties: var, operation: var) {
        if (!designerReady)
            designerPage = Qt.createComponent("DesignerPage.qml", Component.PreferSynchronous, window)
        designer = stack.push(designerPage, properties, operation)
        designer.closeRequested.connect(window.showHome)
        designer.openRequested.connect(window.openSequence)
    }
    // The open sequence's page while it exists (the stack holds at most one; null once it is
    // destroyed). Typed as the page's base, so the designer's types are not loaded at start.
    property DesignerPageBase designer: null
    Connections {
        target: window
        enabled: window.designerPage === null
        function onFrameSwapped() { window.preloadDesigner() }
    }
    function showHome() {
        window.whenLeft(() => stack.pop(null))
    }
    // Every way out of an open sequence goes through here: with unsaved edits the designer asks
    // Save / Discard / Cancel first, and `then` runs after Save or Discard, never after Cancel.
    function whenLeft(then: var) {
        if (designer && stack.currentItem === designer)
            designer.confirmLeave(then)
        else
            then()
    }
    // True once the designer has been left on the way to closing the window.
    property bool closeConfirmed: false
    // "New sequence": the create dialog, from its first step.
    function newSequence() {
        if (!LibrarySession.ready) {
            banner.show(LibrarySession.message)
            return
        }
        dialogs.create()
    }
    // Opens another library (a path or url); a failure shows in the banner.
    function openLibrary(file: string) {
        window.whenLeft(() => LibrarySession.openLibrary(file))
    }
    // Shows `message` in the banner under the header (an error with what to do).
    function showError(message: string) {
        banner.show(message)
    }
    // For the screenshot command and tests: opens one of the window's dialogs.
    function showDialog(name: string) {
        if (name === "create")
            dialogs.create()
        else if (name === "gallery")
            dialogs.createFromTemplate()
        else if (name === "about")
            dialogs.about()
        else if (name === "team")
            dialogs.openTeamLibrary()
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
    onClosing: close => {
        if (!closeConfirmed && designer && stack.currentItem === designer && designer.asksToLeave) {
            close.accepted = false
            window.whenLeft(() => {
                window.closeConfirmed = true
                window.close()
            })
            return
        }
        saveGeometry()
    }
    function quit() {
        window.whenLeft(() => {
            window.closeConfirmed = true
            saveGeometry()
            Qt.quit()
        })
    }

    header: HomeToolBar {
        onNewRequested: window.newSequence()
        onImportRequested: files.chooseImport()
        onOpenLibraryRequested: files.chooseLibrary()
        onOpenTeamLibraryRequested: dialogs.openTeamLibrary()
        onNewLibraryRequested: files.chooseNewLibrary()
        onOpenProfileRequested: files.chooseProfile()
        onSettingsRequested: dialogs.settings()
        onAboutRequested: dialogs.about()
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
                onHistoryRequested: id => window.pushDesigner({ sequenceId: id, historyOpen: true },
                                                              StackView.PushTransition)
                onNewRequested: window.newSequence()
                onOpenLibraryRequested: files.chooseLibrary()
                onNewLibraryRequested: files.chooseNewLibrary()
                onCopyToTeamRequested: ids => dialogs.copyToTeamLibrary(ids)
            }
        }
    }

    Connections {
        target: LibrarySession
        function onFailed(message: string) { banner.show(message) }
        // Asked already (openLibrary, newLibrary): too late to ask now, the library is going.
        function onLibraryAboutToChange() { stack.pop(null) }
        function onLibraryChanged() { banner.hide() }
    }

    MainDialogs {
        id: dialogs
        whenLeft: window.whenLeft
        onCreated: id => window.openSequence(id)
        onFailed: message => banner.show(message)
    }
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

    MainFileDialogs {
        id: files
        onImportChosen: urls => importPreview.openFiles(urls)
        onLibraryChosen: file => window.openLibrary(file)
        onNewLibraryChosen: file => window.whenLeft(() => LibrarySession.newLibrary(file))
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
