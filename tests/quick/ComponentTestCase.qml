// SPDX-License-Identifier: MIT
import QtTest

// A TestCase in which any warning (a binding on a missing object, a failed assignment) fails the
// test function it happens in, as in the UI tests.
TestCase {
    when: windowShown
    function init() {
        failOnWarning(/.?/)
    }
}
