# SPDX-License-Identifier: MIT
# The QML files of the module SequenceDesigner, relative to this folder.
set(sd_qml_files
    Main.qml
    HomePage.qml
    DesignerPage.qml
    SettingsDialog.qml
    ImportPreviewDialog.qml
)
