// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// The designer's toolbar: back, the title with the unsaved mark, edit menu, undo/redo, save,
// palette and problems toggles, search and zoom.
ToolBar {
    id: bar
    required property SequenceDocument document
    required property CanvasView canvasView
    required property DesignerPageBase page

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 4
        ToolButton {
            objectName: "backButton"
            Accessible.name: qsTr("Back to the sequences")
            text: "\u2190"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back to the sequences")
            onClicked: bar.page.requestClose()
        }
        Label {
            objectName: "designerTitle"
            text: (bar.document.dirty ? "\u25CF " : "") + bar.document.name
                  + (bar.document.readOnly && bar.document.loaded ? " " + qsTr("(read-only)") : "")
            font.bold: true
            elide: Text.ElideRight
            Layout.maximumWidth: 260
            ToolTip.visible: titleHover.hovered && bar.document.dirty
            ToolTip.text: qsTr("Unsaved changes")
            HoverHandler { id: titleHover }
        }
        ToolButton {
            objectName: "editMenuButton"
            text: qsTr("Edit")
            onClicked: editMenu.open()
            FittedMenu {
                id: editMenu
                objectName: "editMenu"
                y: parent.height
                MenuItem {
                    objectName: "undoMenuItem"
                    text: bar.document.canUndo ? qsTr("Undo %1").arg(bar.document.undoText) : qsTr("Undo")
                    enabled: bar.document.canUndo
                    onTriggered: bar.document.undo()
                }
                MenuItem {
                    objectName: "redoMenuItem"
                    text: bar.document.canRedo ? qsTr("Redo %1").arg(bar.document.redoText) : qsTr("Redo")
                    enabled: bar.document.canRedo
                    onTriggered: bar.document.redo()
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "addStepMenuItem"
                    text: qsTr("Add step…")
                    enabled: !bar.document.readOnly
                    onTriggered: bar.page.addAtCursor("")
                }
                MenuItem {
                    text: qsTr("Cut the step and the steps below it")
                    enabled: bar.document.selectedId !== "" && !bar.document.readOnly
                    onTriggered: bar.document.cutBranch(bar.document.selectedId)
                }
                MenuItem {
                    text: qsTr("Copy the step and the steps below it")
                    enabled: bar.document.selectedId !== ""
                    onTriggered: bar.document.copyBranch(bar.document.selectedId)
                }
                MenuItem {
                    text: qsTr("Paste below the selected step")
                    enabled: bar.document.selectedId !== "" && !bar.document.readOnly
                    onTriggered: bar.document.paste(bar.document.selectedId,
                                                    bar.document.isCondition(bar.document.selectedId) ? "yes" : "next")
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "deleteMenuItem"
                    text: qsTr("Delete the step")
                    enabled: bar.document.selectedId !== "" && !bar.document.readOnly
                    onTriggered: bar.page.deleteSelected()
                }
                MenuItem {
                    text: qsTr("Delete the step and the steps below it")
                    enabled: bar.document.selectedId !== "" && !bar.document.readOnly
                    onTriggered: bar.document.deleteBranch(bar.document.selectedId)
                }
                MenuSeparator {}
                MenuItem { // issue 17
                    objectName: "compareFileMenuItem"
                    text: qsTr("Compare with file…")
                    onTriggered: bar.page.chooseCompareFile()
                }
            }
        }
        ToolButton {
            objectName: "undoButton"
            Accessible.name: qsTr("Undo")
            text: "\u21B6"
            enabled: bar.document.canUndo
            onClicked: bar.document.undo()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Undo %1 (Ctrl+Z)").arg(bar.document.undoText)
        }
        ToolButton {
            objectName: "redoButton"
            Accessible.name: qsTr("Redo")
            text: "\u21B7"
            enabled: bar.document.canRedo
            onClicked: bar.document.redo()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Redo %1 (Ctrl+Shift+Z)").arg(bar.document.redoText)
        }
        ToolButton {
            objectName: "saveButton"
            text: qsTr("Save")
            enabled: bar.document.dirty && !bar.document.readOnly
            onClicked: bar.document.save()
        }
        DesignerExportMenu { document: bar.document } // issue 7
        ToolSeparator {}
        ToolButton {
            objectName: "paletteButton"
            text: qsTr("Palette")
            checkable: true
            checked: bar.page.paletteOpen
            onToggled: bar.page.paletteOpen = checked
        }
        ToolButton {
            objectName: "problemsButton"
            text: bar.document.problems.count > 0 ? qsTr("Problems (%1)").arg(bar.document.problems.count)
                                                  : qsTr("Problems")
            checkable: true
            checked: bar.page.problemsOpen
            onToggled: bar.page.problemsOpen = checked
        }
        ToolButton {
            objectName: "historyButton"
            text: qsTr("History")
            checkable: true
            checked: bar.page.historyOpen
            onToggled: bar.page.historyOpen = checked
        }
        ToolButton { // issue 16
            objectName: "previewButton"
            text: qsTr("Preview")
            checkable: true
            checked: bar.page.previewOpen
            onToggled: bar.page.previewOpen = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("What one record goes through, day by day (Ctrl+P)")
        }
        Item { Layout.fillWidth: true }
        TextField {
            id: search
            objectName: "searchField"
            placeholderText: qsTr("Find a step")
            Accessible.name: qsTr("Find a step")
            Layout.preferredWidth: 180
            property string lastFound
            onTextChanged: lastFound = ""
            onAccepted: {
                const found = bar.document.canvas.find(text, lastFound)
                if (found === "") {
                    bar.document.clearNotice()
                    return
                }
                lastFound = found
                bar.document.selectedId = found
                bar.page.centreOn(found)
            }
        }
        ToolButton {
            objectName: "zoomOutButton"
            Accessible.name: qsTr("Zoom out")
            text: "\u2212"
            onClicked: bar.canvasView.zoomBy(1 / 1.25)
        }
        Label {
            objectName: "zoomLabel"
            // Whole percents; below 1 % as many decimals as show a figure (a fitted 10,000-step
            // tree is "0,04 %", not "0 %").
            readonly property real percent: bar.canvasView.zoom * 100
            readonly property string percentText: Number(percent).toLocaleString(
                Qt.locale(Language.localeName), "f",
                percent >= 0.995 ? 0 : Math.min(3, Math.ceil(-Math.log10(percent) + 0.001)))
            Accessible.name: qsTr("Zoom %1%").arg(percentText)
            text: qsTr("%1%").arg(percentText)
            Layout.preferredWidth: 44
            horizontalAlignment: Text.AlignHCenter
        }
        ToolButton {
            objectName: "zoomInButton"
            Accessible.name: qsTr("Zoom in")
            text: "+"
            onClicked: bar.canvasView.zoomBy(1.25)
        }
        ToolButton {
            objectName: "fitButton"
            text: qsTr("Fit")
            onClicked: bar.canvasView.fit()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Fit the sequence to the window")
        }
    }
}
