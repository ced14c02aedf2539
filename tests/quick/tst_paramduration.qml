// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import SequenceDesigner

// A time limit { days, hours } (an email condition's "within"): each box changes its own part and
// keeps the other.
Item {
    id: area
    width: 400
    height: 200

    // One document for the file; each test opens a sequence of its own in it. It outlives the
    // editors the tests create, so they never see it go.
    DocumentFixture { id: fixture }

    ComponentTestCase {
        id: test
        name: "ParamDuration"

        Component { id: editorComponent; ParamDuration {} }

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

        function makeEditor() {
            fixture.open("Duration " + Date.now())
            const spec = { key: "within", label: "Time limit", min: 0, max: 30, required: true }
            const row = createTemporaryObject(editorComponent, area,
                                              { document: fixture.document, stepId: fixture.condition, spec: spec })
            verify(row, "the editor was created")
            return { document: fixture.document, step: fixture.condition, row: row,
                     days: findByName(row, "paramDays_within"), hours: findByName(row, "paramHours_within") }
        }

        function test_hoursKeepTheDays() {
            const t = makeEditor()
            compare(t.document.param(t.step, "within"), { days: 1, hours: 0 })
            t.hours.forceActiveFocus()
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(t.document.param(t.step, "within"), { days: 1, hours: 2 })
        }

        function test_daysKeepTheHours() {
            const t = makeEditor()
            t.hours.forceActiveFocus()
            keyClick(Qt.Key_Up)
            t.days.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(t.document.param(t.step, "within"), { days: 2, hours: 1 })
        }

        function test_boxesFollowUndo() {
            const t = makeEditor()
            t.days.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(t.days.value, 2)
            t.document.undo()
            compare(t.days.value, 1)
            compare(t.hours.value, 0)
        }

        function test_accessibleNamesSayWhichPart() {
            const t = makeEditor()
            compare(t.days.Accessible.name, "Time limit, days")
            compare(t.hours.Accessible.name, "Time limit, hours")
        }
    }
}
