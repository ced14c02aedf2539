// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The library's sequences: search, a grid with sortable, filterable, movable columns, and the
// actions on the selected sequence.
Page {
    id: page
    objectName: "homePage"
    Accessible.name: qsTr("Sequences")
    signal openRequested(string id)
    signal historyRequested(string id)
    signal newRequested()
    signal openLibraryRequested()
    signal newLibraryRequested()
    signal copyToTeamRequested(var ids)

    // The selected sequence (kept across reloads by id).
    property string selectedId
    // Its row and data, found again after every reload, sort or filter (the model resets: rows
    // move, the selection follows its id).
    property int selectedRow: -1
    property sequenceInfo selected
    function findSelected() {
        selectedRow = tableModel.rowOf(selectedId)
        selected = tableModel.rowData(selectedRow)
    }
    onSelectedIdChanged: findSelected()
    readonly property bool editable: LibrarySession.ready && !LibrarySession.readOnly
    // In a team library a seller changes only their personal sequences (the database refuses
    // the rest, teamroles.h): why the selected sequence cannot be activated or deleted, or "".
    readonly property bool teamSequence: LibrarySession.teamRole === "seller" && selectedRow >= 0
                                         && !selected.personal
    readonly property string activateRefusal: teamSequence
        ? qsTr("Only sequence managers can activate or deactivate team sequences. Create a copy "
               + "to have a personal one.") : ""
    readonly property string deleteRefusal: teamSequence
        ? qsTr("Only sequence managers can delete team sequences.") : ""

    function select(row: int) {
        selectedId = tableModel.idAt(row)
    }
    function openSelected() {
        if (selectedRow >= 0)
            page.openRequested(selectedId)
    }
    function historySelected() {
        if (selectedRow >= 0)
            page.historyRequested(selectedId)
    }
    function copySelected() {
        if (selectedRow >= 0 && editable)
            actions.copy(selected)
    }
    function deleteSelected() {
        if (selectedRow >= 0 && editable && deleteRefusal === "")
            actions.remove(selected)
    }
    function toggleActiveSelected() {
        if (selectedRow >= 0 && editable && activateRefusal === "")
            actions.toggleActive(selected)
    }
    function copyToTeamSelected() {
        if (selectedRow >= 0)
            page.copyToTeamRequested([selectedId])
    }
    function exportSelected() {
        if (selectedRow >= 0)
            actions.exportSequence(selected)
    }

    // Typing goes to the search field from the start, and again on the way back from the designer.
    Component.onCompleted: search.forceActiveFocus()
    StackView.onActivated: search.forceActiveFocus()

    SequenceTableModel {
        id: tableModel
        objectName: "sequenceTableModel"
        session: LibrarySession
        onModelReset: page.findSelected()
    }
    // The rows' texts (status, record type) come from C++: read them again in a new language.
    Connections {
        target: Language
        function onChanged() { tableModel.reload() }
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: page.StackView.status === StackView.Active
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }

    header: ToolBar {
        visible: LibrarySession.ready
        padding: 8
        background: Rectangle { color: page.palette.window }
        RowLayout {
            anchors.fill: parent
            spacing: 6
            TextField {
                id: search
                objectName: "searchField"
                placeholderText: qsTr("Search names and descriptions (Ctrl+F)")
                Accessible.name: qsTr("Search names and descriptions")
                selectByMouse: true
                Layout.preferredWidth: 340
                onTextChanged: tableModel.search = text
                Keys.onEscapePressed: text = ""
                Keys.onDownPressed: table.focusRows()
            }
            Button {
                objectName: "clearFilters"
                visible: tableModel.filtered
                flat: true
                text: qsTr("Clear filters")
                onClicked: {
                    search.text = ""
                    tableModel.clearFilters()
                }
            }
            Label {
                objectName: "sequenceCount"
                opacity: 0.75
                text: tableModel.filtered
                      ? qsTr("%1 of %n sequence(s)", "", tableModel.totalCount).arg(tableModel.count)
                      : qsTr("%n sequence(s), %1 active", "", tableModel.totalCount)
                            .arg(LibrarySession.activeCount)
            }
            Item { Layout.fillWidth: true }
            HomeRowButtons {
                visible: tableModel.totalCount > 0
                page: page
            }
        }
    }

    HomeTable {
        id: table
        anchors.fill: parent
        visible: LibrarySession.ready && tableModel.count > 0
        model: tableModel
        selectedRow: page.selectedRow
        onRowClicked: row => page.select(row)
        onRowActivated: row => {
            page.select(row)
            page.openSelected()
        }
        onContextMenuRequested: row => {
            page.select(row)
            rowMenu.popup()
        }
        onDeletePressed: page.deleteSelected()
        onMoveSelection: delta => {
            const next = Math.max(0, Math.min(tableModel.count - 1, page.selectedRow + delta))
            page.select(next)
            table.positionViewAtRow(next, TableView.Contain)
        }
    }

    HomeEmptyState {
        anchors.fill: parent
        visible: !table.visible
        filtered: tableModel.filtered
        onNewRequested: page.newRequested()
        onClearFiltersRequested: {
            search.text = ""
            tableModel.clearFilters()
        }
        onOpenLibraryRequested: page.openLibraryRequested()
        onNewLibraryRequested: page.newLibraryRequested()
    }

    HomeRowMenu {
        id: rowMenu
        page: page
    }

    HomeActions {
        id: actions
        onOpenRequested: id => page.openRequested(id)
        onSelectRequested: id => page.selectedId = id
    }
}
