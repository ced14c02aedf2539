// SPDX-License-Identifier: MIT
import QtQuick

// A part of a page made when it is first wanted (or asked for by made()) and kept from then on
// (issue 19: open at once): the file by URL with its initial properties, as a bound component
// cannot be made by a Loader here (Qt 6.4).
Loader {
    id: loader
    required property string file
    // The initial properties of the item.
    property var properties: ({})
    property bool wanted: false

    active: wanted || item !== null
    onActiveChanged: loader.make()
    Component.onCompleted: loader.make() // wanted from the start (a page opened with it)

    // The item, made now if it was not yet (a dialog when first opened).
    function made(): var {
        wanted = true
        return item
    }
    function make() {
        if (active && !item)
            setSource(file, properties)
    }
}
