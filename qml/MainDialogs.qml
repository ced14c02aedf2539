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
        teamCopies = null
        showTeam(qsTr("Open team library"), qsTr("Open"), false)
    }
    // "Copy to team library…" of the home page: the sequences `ids` of this library.
    function copyToTeamLibrary(ids: var) {
        teamCopies = ids
        showTeam(qsTr("Copy to team library"), qsTr("Copy"), true)
    }
    // What the team library dialog does: null opens the library, else copies these ids to it.
    property var teamCopies: null
    // The team library dialog once made.
    property TeamLibraryDialog team: null
    function showTeam(title: string, actionText: string, showsOutcome: bool) {
        team = teamDialog.made()
        team.title = title
        team.actionText = actionText
        team.showsOutcome = showsOutcome
        team.open()
    }
    function teamSubmitted(host: string, port: int, database: string, user: string,
                           password: string) {
        if (teamCopies !== null) {
            team.finish(LibrarySession.copyToTeamLibrary(teamCopies, host, port, database, user,
                                                         password))
            return
        }
        // whenLeft may ask about unsaved edits first: then the dialog closes, and a refusal
        // that comes later goes to the window's banner.
        let ran = false
        dialogs.whenLeft(() => {
            ran = true
            const result = LibrarySession.openTeamLibrary(host, port, database, user, password)
            if (team.visible)
                team.finish(result)
            else if (!result.ok)
                dialogs.failed(result.message)
        })
        if (!ran)
            team.close()
    }

    LazyLoader { id: createDialog; file: "CreateDialog.qml" }
    Connections {
        target: createDialog.item
        function onCreated(id: string) { dialogs.created(id) }
    }
    LazyLoader { id: aboutDialog; file: "AboutDialog.qml" }
    LazyLoader { id: settingsDialog; file: "SettingsDialog.qml" }
    LazyLoader { id: teamDialog; file: "TeamLibraryDialog.qml" }
    Connections {
        target: teamDialog.item
        function onSubmitted(host: string, port: int, database: string, user: string,
                             password: string) {
            dialogs.teamSubmitted(host, port, database, user, password)
        }
    }
}
