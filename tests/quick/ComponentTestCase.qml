// SPDX-License-Identifier: MIT
import QtTest

// A TestCase in which any warning (a binding on a missing object, a failed assignment) fails the
// test function it happens in, as in the UI tests.
TestCase {
    when: windowShown
    function init() {
        failOnWarning(/.?/)
    }
    // The item named `name` in the tree of `item`, or null.
    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
}
