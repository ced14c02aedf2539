// SPDX-License-Identifier: MIT
import QtQuick
import SequenceDesigner

// The window's dialogs that the home page does not show: Create, About, Settings and the team
// library dialog in its two modes. Each is made when first asked for (issue 19: a quick start).
Item {
    id: dialogs
    // The window's whenLeft: runs a function once the designer is left (unsaved edits asked).
    required property var whenLeft
    // The create dialog made the sequence `id`.
    signal created(string id)
    // Opening a team library failed after the dialog had closed: for the window's banner.
    signal failed(string message)

    function create() { createDialog.made().start() }
    function createFromTemplate() { createDialog.made().startWithTemplates() }
    function about() { aboutDialog.made().open() }
    function settings() { settingsDialog.made().open() }
    // File ▸ Open team library…: unsaved edits of an open sequence are asked about first, as for
    // Open library…
    function openTeamLibrary() {
        showTeam(qsTr("Open team library"), qsTr("Open"), false,
                 (host, port, database, user, password) => {
            let result = { ok: false, message: "" }
            let asking = false // whenLeft asks about unsaved edits first: the dialog closes
            dialogs.whenLeft(() => {
                result = LibrarySession.openTeamLibrary(host, port, database, user, password)
                if (asking && !result.ok)
                    dialogs.failed(result.message)
            })
            asking = true
            return result
        })
    }
    // "Copy to team library…" of the home page: the sequences `ids` of this library.
    function copyToTeamLibrary(ids: var) {
        showTeam(qsTr("Copy to team library"), qsTr("Copy"), true,
                 (host, port, database, user, password) =>
                     LibrarySession.copyToTeamLibrary(ids, host, port, database, user, password))
    }
    function showTeam(title: string, actionText: string, showsOutcome: bool, opener: var) {
        const team = teamDialog.made()
        team.title = title
        team.actionText = actionText
        team.showsOutcome = showsOutcome
        team.opener = opener
        team.open()
    }

    LazyLoader { id: createDialog; file: "CreateDialog.qml" }
    Connections {
        target: createDialog.item
        function onCreated(id: string) { dialogs.created(id) }
    }
    LazyLoader { id: aboutDialog; file: "AboutDialog.qml" }
    LazyLoader { id: settingsDialog; file: "SettingsDialog.qml" }
    LazyLoader { id: teamDialog; file: "TeamLibraryDialog.qml" }
}
