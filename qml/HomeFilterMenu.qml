// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import SequenceDesigner

// The filter of one column: "All" and the values the column can take.
FittedMenu {
    id: menu
    objectName: "filterMenu"
    required property SequenceTableModel tableModel
    property string key
    property var choices: [] // of filterChoice

    // The value filtered on now; set with the choices when the menu opens.
    property string current

    function prepare(columnKey: string) {
        key = columnKey
        choices = tableModel.filterChoices(columnKey) // replaces the old items first
        current = tableModel.filterValue(columnKey)
    }

    MenuItem {
        objectName: "filterAll"
        text: qsTr("All")
        checkable: true
        checked: menu.current === ""
        onTriggered: menu.tableModel.setFilter(menu.key, "")
    }
    MenuSeparator {}

    Instantiator {
        model: menu.choices
        delegate: MenuItem {
            required property filterChoice modelData
            objectName: "filterChoice_" + modelData.value
            text: modelData.text
            checkable: true
            checked: menu ? modelData.value === menu.current : false // null while being removed
            onTriggered: menu.tableModel.setFilter(menu.key, modelData.value)
        }
        onObjectAdded: (index, object) => menu.insertItem(index + 2, object)
        onObjectRemoved: (index, object) => menu.removeItem(object)
    }

    MenuItem {
        visible: menu.choices.length === 0
        height: visible ? implicitHeight : 0
        enabled: false
        text: qsTr("No tags in this library yet")
    }
}
