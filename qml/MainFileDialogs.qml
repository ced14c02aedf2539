// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Dialogs
import SequenceDesigner

// The main window's file choosers: import, open and new library, organisation profile. What is
// chosen goes out as a signal; the profile opens at once (a failure shows in the banner).
Item {
    id: files
    signal importChosen(var urls)
    signal libraryChosen(url file)
    signal newLibraryChosen(url file)

    function chooseImport() { importFiles.open() }
    function chooseLibrary() { openLibraryFile.open() }
    function chooseNewLibrary() { newLibraryFile.open() }
    function chooseProfile() { openProfileFile.open() }

    FileDialog {
        id: importFiles
        title: qsTr("Import sequences")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Sequence files (*.sequence.json)"), qsTr("JSON files (*.json)")]
        onAccepted: files.importChosen(selectedFiles)
    }
    FileDialog {
        id: openLibraryFile
        title: qsTr("Open library")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Libraries (*.sqlite)"), qsTr("All files (*)")]
        onAccepted: files.libraryChosen(selectedFile)
    }
    FileDialog {
        id: newLibraryFile
        title: qsTr("New library")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "sqlite"
        nameFilters: [qsTr("Libraries (*.sqlite)")]
        onAccepted: files.newLibraryChosen(selectedFile)
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
}
