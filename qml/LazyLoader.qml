// SPDX-License-Identifier: MIT
import QtQuick

// A part of a page made when it is first wanted and kept from then on (issue 19: open at once):
// the file by URL with its initial properties, as a bound component cannot be made by a Loader
// here (Qt 6.4).
Loader {
    id: loader
    required property string file
    required property var properties
    required property bool wanted

    active: wanted || item !== null
    onActiveChanged: loader.make()
    Component.onCompleted: loader.make() // wanted from the start (a page opened with it)

    function make() {
        if (active && !item)
            setSource(file, properties)
    }
}
