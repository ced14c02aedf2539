// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The designer of one sequence: the canvas with its palette, the side pane, the problems panel,
// and the toolbar with undo, save, zoom and search. Its parts see it as a DesignerPageBase, where
// what they may read and ask of it is declared; the requests are carried out here.
DesignerPageBase {
    id: page
    objectName: "designerPage"
    Accessible.name: qsTr("Designer: %1").arg(doc.name)
    document: doc
    preview: previewRun

    SequenceDocument {
        id: doc
        session: LibrarySession
        sequenceId: page.sequenceId
    }
    DesignerStyle { id: style }
    Preview { id: previewRun; objectName: "preview"; document: doc; active: page.previewOpen }

    // Leaving (confirmLeave): what runs once the unsaved changes are saved or discarded.
    property var afterLeave: null
    property bool leaveDecided: false // saved or discarded on the way out: asked once
    asksToLeave: doc.dirty && !doc.readOnly && !leaveDecided
    onConfirmLeave: then => {
        if (asksToLeave) {
            afterLeave = then
            leaveDialog.made().open()
        } else {
            then()
        }
    }
    onRequestClose: confirmLeave(() => page.closeRequested())
    onOpenAddDialog: (parentId, branch) => addDialog.made().show(parentId, branch)
    onAddAtCursor: typeId => {
        if (doc.readOnly)
            return
        const cursor = canvasView.keyCursor
        const id = doc.selectedId
        const parentId = cursor.kind === "plus" ? cursor.parentId : id
        const branch = cursor.kind === "plus" ? cursor.branch : id !== "" && doc.isCondition(id) ? "yes" : "next"
        if (typeId === "")
            addDialog.made().show(parentId, branch)
        else
            doc.insertStep(parentId, branch, typeId)
    }
    onDeleteSelected: {
        const id = doc.selectedId
        if (id === "" || doc.readOnly)
            return
        if (doc.isCondition(id))
            deleteDialog.made().show(id)
        else
            doc.deleteStep(id, "")
    }
    onCentreOn: id => canvasView.centreOn(id)
    onChooseCompareFile: {
        if (doc.canCompare()) // else the notice says to save or undo first
            compareFileDialog.made().open()
    }
    onDragMoved: scenePoint => { page.dragTarget = canvasView.plusAtScene(scenePoint) }
    onDragEnded: scenePoint => {
        const target = canvasView.plusAtScene(scenePoint)
        const source = page.dragSource
        page.dragSource = null
        page.dragTarget = null
        if (!source || !target)
            return
        if (source.kind === "type")
            doc.insertStep(target.parentId, target.branch, source.id)
        else
            doc.moveStep(source.id, target.parentId, target.branch)
    }

    Connections {
        target: page.Window.window
        enabled: !page.shown
        function onFrameSwapped() { page.shown = doc.loaded }
    }

    header: DesignerToolbar {
        id: toolbar
        document: doc
        canvasView: canvasView
        page: page
    }

    Shortcut { sequences: [StandardKey.Save]; onActivated: doc.save() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: doc.canUndo; onActivated: doc.undo() }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: doc.canRedo
        onActivated: doc.redo()
    }
    Shortcut {
        sequences: [StandardKey.Copy]
        enabled: doc.selectedId !== "" && !page.textFocus()
        onActivated: doc.copyBranch(doc.selectedId)
    }
    Shortcut {
        sequences: [StandardKey.Cut]
        enabled: doc.selectedId !== "" && !doc.readOnly && !page.textFocus()
        onActivated: doc.cutBranch(doc.selectedId)
    }
    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: doc.selectedId !== "" && !doc.readOnly && !page.textFocus()
        onActivated: doc.paste(doc.selectedId, doc.isCondition(doc.selectedId) ? "yes" : "next")
    }
    Shortcut { sequences: [StandardKey.Find]; onActivated: toolbar.focusSearch() }
    Shortcut { sequences: ["Ctrl+P"]; onActivated: page.previewOpen = !page.previewOpen }
    Shortcut {
        sequences: ["Ins"]
        enabled: !doc.readOnly && !page.textFocus()
        onActivated: page.addAtCursor("")
    }

    function textFocus(): bool {
        const item = page.Window.activeFocusItem
        return item !== null && (item instanceof TextInput || item instanceof TextEdit)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PropertiesBar { id: sequenceBar; Layout.fillWidth: true; document: doc; page: page }
        DesignerBanners {
            Layout.fillWidth: true
            Layout.fillHeight: false // a layout fills by default; the canvas takes the height
            document: doc
            page: page
            sequenceBar: sequenceBar
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            LazyLoader { // made when first opened (issue 19: open at once)
                SplitView.preferredWidth: 230
                visible: page.paletteOpen
                wanted: page.paletteOpen
                file: "StepPalette.qml"
                properties: ({ page: page, designerStyle: style })
            }
            SplitView {
                SplitView.fillWidth: true
                orientation: Qt.Vertical
                CanvasView {
                    id: canvasView
                    SplitView.fillHeight: true
                    document: doc
                    page: page
                    designerStyle: style
                    onEditRequested: sidePane.focusName()
                }
                ProblemsPanel { // its rows are made after the first frame (issue 19: open at once)
                    id: problems
                    SplitView.preferredHeight: showsList ? wantedHeight : barHeight
                    SplitView.minimumHeight: barHeight
                    SplitView.maximumHeight: showsList ? Infinity : barHeight
                    visible: page.problemsOpen
                    document: doc
                    page: page
                    designerStyle: style
                }
            }
            // The history, preview and compare panels are made when first shown (issue 19).
            LazyLoader {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                visible: page.historyOpen && !doc.comparison.active
                wanted: page.historyOpen
                file: "HistoryPanel.qml"
                properties: ({ page: page })
            }
            LazyLoader {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 240
                visible: page.previewOpen
                wanted: page.previewOpen
                file: "PreviewPanel.qml"
                properties: ({ page: page, preview: previewRun })
            }
            LazyLoader {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                visible: doc.comparison.active
                wanted: doc.comparison.active
                file: "ComparePanel.qml"
                properties: ({ page: page })
            }
            SidePane {
                id: sidePane
                SplitView.preferredWidth: 340
                SplitView.minimumWidth: 260
                document: doc
                designerStyle: style
            }
        }
    }

    // The dialogs, each made by made() when first asked for (issue 19: open at once).
    LazyLoader {
        id: addDialog
        file: "AddElementDialog.qml"
        properties: ({ document: doc, designerStyle: style })
    }
    LazyLoader {
        id: deleteDialog
        file: "DesignerDeleteDialog.qml"
        properties: ({ document: doc })
    }
    // The keyboard goes back to the canvas (the step just added) when these close.
    Connections {
        target: addDialog.item
        function onClosed() { canvasView.forceActiveFocus() }
    }
    Connections {
        target: deleteDialog.item
        function onClosed() { canvasView.forceActiveFocus() }
    }
    LazyLoader {
        id: compareFileDialog
        file: "DesignerCompareFileDialog.qml"
        properties: ({ document: doc })
    }
    LazyLoader {
        id: leaveDialog
        file: "DesignerLeaveDialog.qml"
        properties: ({ document: doc })
    }
    Connections {
        target: leaveDialog.item
        function onLeave() {
            const then = page.afterLeave
            page.afterLeave = null
            page.leaveDecided = true
            if (then)
                then()
        }
        // (Not cleared on Cancel: the next question sets it anew, and only Save or Discard run it.)
    }
}
