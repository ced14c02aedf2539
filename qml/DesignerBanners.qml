// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import SequenceDesigner

// The designer's banners above the canvas: an error, read-only, recovered edits, a save conflict
// and a notice. Each one asks the page's queue to show it; only the newest shows.
ColumnLayout {
    id: banners
    spacing: 0
    required property SequenceDocument document
    required property DesignerPageBase page
    required property PropertiesBar sequenceBar

    DesignerBanner {
        Layout.fillWidth: true
        objectName: "errorBanner"
        queue: banners.page
        wanted: banners.document.errorMessage !== ""
        text: banners.document.errorMessage
        tone: "error"
        actionText: qsTr("Back to the sequences")
        onActionTriggered: banners.page.closeRequested()
    }
    DesignerBanner {
        Layout.fillWidth: true
        objectName: "readOnlyBanner"
        queue: banners.page
        wanted: banners.document.loaded && banners.document.readOnly
        text: banners.document.readOnlyReason
        tone: "info"
        actionText: banners.document.comparison.active ? qsTr("Close the comparison")
                  : banners.document.viewedVersion > 0 ? qsTr("Back to the current version")
                  : banners.document.active && !LibrarySession.readOnly
                    && LibrarySession.mayChange(banners.document.sequenceId) ? qsTr("Deactivate to edit") : ""
        secondActionText: banners.document.active && banners.document.viewedVersion === 0
                          ? qsTr("Create a copy to edit") : ""
        onActionTriggered: {
            if (banners.document.viewedVersion > 0 || banners.document.comparison.active)
                banners.document.viewCurrent()
            else
                banners.sequenceBar.activateOrDeactivate()
        }
        onSecondActionTriggered: banners.sequenceBar.copyToEdit()
    }
    DesignerBanner {
        Layout.fillWidth: true
        objectName: "recoveryBanner"
        queue: banners.page
        wanted: banners.document.hasRecovery
        text: banners.document.recoveryText
        tone: "warning"
        actionText: qsTr("Restore")
        secondActionText: qsTr("Discard")
        onActionTriggered: banners.document.restoreRecovery()
        onSecondActionTriggered: banners.document.discardRecovery()
    }
    DesignerBanner {
        Layout.fillWidth: true
        objectName: "conflictBanner"
        queue: banners.page
        wanted: banners.document.conflictText !== ""
        text: banners.document.conflictText
        tone: "warning"
        actionText: qsTr("Open theirs")
        secondActionText: qsTr("Save yours as a copy")
        thirdActionText: qsTr("Compare")
        onActionTriggered: banners.document.openTheirs()
        onSecondActionTriggered: banners.document.saveYoursAsCopy()
        onThirdActionTriggered: banners.document.compareWithTheirs()
    }
    DesignerBanner {
        Layout.fillWidth: true
        objectName: "noticeBanner"
        queue: banners.page
        wanted: banners.document.notice !== ""
        text: banners.document.notice
        tone: banners.document.notice === qsTr("Saved.") ? "info" : "warning"
        actionText: qsTr("Dismiss")
        onActionTriggered: banners.document.clearNotice()
    }
}
