// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// What the designer page's parts see of the page: its sequence, which panels are open, drag and
// drop, and the requests the page carries out. DesignerPage.qml is the page itself; its parts type
// their `page` as this file, since Qt 6.4 refuses a part typed as the file that makes it (a cyclic
// dependency between the two files).
Page {
    id: base
    required property string sequenceId
    // Set by the page, which makes them.
    property SequenceDocument document
    property Preview preview

    // True after the first frame that shows the sequence (set by the page): what the opening
    // view does not need is made then.
    property bool shown: false

    property bool paletteOpen: false
    property bool problemsOpen: true
    property bool historyOpen: false
    property bool previewOpen: false
    // Drag and drop of a palette type or a node: what is dragged and the "+" under it.
    property var dragSource: null   // {kind: "type"|"node", id, name}
    property var dragTarget: null   // {parentId, branch}

    // The banners above the canvas that have something to say (DesignerBanner), oldest first;
    // only the newest shows.
    property var banners: []
    readonly property string newestBanner: banners.length > 0 ? banners[banners.length - 1] : ""
    function bannerWanted(name: string, wanted: bool) {
        const rest = banners.filter(n => n !== name)
        banners = wanted ? rest.concat([name]) : rest
    }

    // Whether leaving asks first (unsaved changes not yet saved or discarded; set by the page).
    property bool asksToLeave: false
    // Every way out of the page goes through here: with unsaved changes it asks Save / Discard /
    // Cancel first; `then` runs after Save or Discard, never after Cancel.
    signal confirmLeave(var then)

    // The page has been left (after any unsaved changes were saved or discarded).
    signal closeRequested()
    // The window replaces this page by one on the sequence `id` (after activating, a copy to edit).
    signal openRequested(string id)

    // Requests to the page, called like functions by its parts and carried out by DesignerPage.
    // Leave the page, asking about unsaved changes first.
    signal requestClose()
    // "Add an action or other element" at the "+" of `parentId`'s `branch`.
    signal openAddDialog(string parentId, string branch)
    // The keyboard's way to add the type `typeId` ("" asks which): at the "+" with the canvas's key
    // spot, else below the selected card (on its Yes path for a condition), else at the start.
    signal addAtCursor(string typeId)
    // Deletes the selected step (asking which branch to keep for a condition).
    signal deleteSelected()
    // Scrolls the canvas to the step `id`.
    signal centreOn(string id)
    // "Compare with file…": the open sequence (as saved) against a sequence file.
    signal chooseCompareFile()
    // Drag and drop: `scenePoint` is where the pointer is, in window coordinates.
    signal dragMoved(point scenePoint)
    signal dragEnded(point scenePoint)
}
