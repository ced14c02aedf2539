// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SequenceDesigner

// "Add an action or other element": the step types by tab, those that cannot go at this "+"
// disabled with the reason.
Dialog {
    id: dialog
    objectName: "addElementDialog"
    required property SequenceDocument document
    required property DesignerStyle designerStyle
    property string parentId
    property string branch: "next"
    property var options: [] // of insertOption
    // The catalogue's groups as the options give them, in order: the first option of each.
    readonly property var groups: options.filter((o, i) => i === 0 || options[i - 1].group !== o.group)

    title: qsTr("Add an action or other element")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    height: Math.min(560, Overlay.overlay ? Overlay.overlay.height - 40 : 560)
    // Qt's own button texts (standardButtons) are not translated in this program: name them here.
    footer: DialogButtonBox {
        Button {
            objectName: "addElementCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    function show(parent: string, br: string) {
        parentId = parent
        branch = br
        options = document.insertOptions(parent, br)
        tabs.currentIndex = 0
        open()
    }
    // Adds the type of `option` at the "+", when it may go there.
    function add(option: insertOption) {
        if (!option.enabled)
            return
        document.insertStep(parentId, branch, option.id)
        close()
    }
    // The list has the focus: arrows choose, Return adds the chosen type.
    onOpened: {
        list.currentIndex = list.model.findIndex(o => o.enabled)
        list.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        TabBar {
            id: tabs
            objectName: "addElementTabs"
            Layout.fillWidth: true
            Repeater {
                model: dialog.groups
                // "tabSteps", "tabConditions"...
                TabButton {
                    required property insertOption modelData
                    objectName: "tab" + modelData.group.charAt(0).toUpperCase() + modelData.group.slice(1)
                    text: modelData.groupName
                }
            }
        }
        ListView {
            id: list
            objectName: "addElementList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: dialog.options.filter(o => o.group === dialog.groups[tabs.currentIndex]?.group)
            ScrollBar.vertical: ScrollBar {}
            keyNavigationEnabled: true
            Accessible.name: qsTr("Step types")
            // Left and Right go through the tabs (the list keeps the focus).
            Keys.onLeftPressed: {
                tabs.currentIndex = (tabs.currentIndex + tabs.count - 1) % tabs.count
                currentIndex = model.findIndex(o => o.enabled)
            }
            Keys.onRightPressed: {
                tabs.currentIndex = (tabs.currentIndex + 1) % tabs.count
                currentIndex = model.findIndex(o => o.enabled)
            }
            Keys.onReturnPressed: if (currentIndex >= 0) dialog.add(model[currentIndex])
            Keys.onEnterPressed: if (currentIndex >= 0) dialog.add(model[currentIndex])
            delegate: ItemDelegate {
                id: entry
                required property insertOption modelData
                objectName: "addType_" + modelData.id
                width: ListView.view.width
                enabled: modelData.enabled
                highlighted: ListView.isCurrentItem
                // (The text is drawn by the contentItem below; here it names the entry.)
                text: modelData.name
                Accessible.description: modelData.enabled ? modelData.explanation : modelData.reason
                Accessible.onPressAction: if (enabled) clicked()
                // (Dark on the highlighted entry: the highlight colour would not show on it.)
                FocusRing {
                    visible: entry.ListView.isCurrentItem && entry.ListView.view.activeFocus
                    anchors.margins: 1
                    border.color: entry.palette.windowText
                }
                onClicked: dialog.add(modelData)
                contentItem: RowLayout {
                    spacing: 10
                    NodeIcon {
                        glyph: dialog.designerStyle.glyph(entry.modelData.icon)
                        source: dialog.designerStyle.iconSource(entry.modelData.icon)
                        automated: dialog.designerStyle.automated(entry.modelData.icon)
                        color: dialog.designerStyle.color(entry.modelData.group)
                        opacity: entry.enabled ? 1 : 0.4
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: entry.modelData.name
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.modelData.explanation
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            color: entry.palette.placeholderText
                        }
                        Label {
                            visible: !entry.modelData.enabled && entry.modelData.reason !== ""
                            text: entry.modelData.reason
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            color: dialog.designerStyle.severityText("error")
                            font.italic: true
                        }
                    }
                }
            }
        }
    }
}
