// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// Under the versions: compare the two ticked, or the sequence with a file; and the note the
// next save (Ctrl+S) gives its version, which never has to be filled in.
ColumnLayout {
    id: actions
    required property DesignerPageBase page
    required property VersionHistory history
    readonly property SequenceDocument document: page.document
    spacing: 6

    Button {
        objectName: "comparePickedButton"
        Layout.fillWidth: true
        text: qsTr("Compare the ticked versions")
        enabled: actions.history.picked.length === 2
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Tick two versions in the list, then compare them")
        onClicked: actions.document.compareVersions(actions.history.picked[0],
                                                    actions.history.picked[1])
    }
    Button {
        objectName: "compareFileButton"
        Layout.fillWidth: true
        text: qsTr("Compare with file…")
        onClicked: actions.page.chooseCompareFile()
    }
    TextField {
        objectName: "saveNoteField"
        Layout.fillWidth: true
        placeholderText: qsTr("Note for the next save…")
        text: actions.document.saveNote
        enabled: !actions.document.readOnly
        Accessible.name: qsTr("Note for the version the next save keeps")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Optional. Ctrl+S saves with this note; it is then cleared.")
        onTextEdited: actions.document.saveNote = text
    }
}
