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

        Component {
            id: editorComponent
            ParamDuration { inspector: fixture.inspector; designerStyle: fixture.designerStyle }
        }
        Component { id: rowsComponent; InspectedParam {} }

        function makeEditor() {
            fixture.open("Duration " + Date.now()) // the email condition is selected
            const rows = createTemporaryObject(rowsComponent, area, { model: fixture.inspector, key: "within",
                                                                      editor: editorComponent })
            verify(rows && rows.editorItem, "the editor was created")
            const row = rows.editorItem
            return { document: fixture.document, step: fixture.condition, row: row,
                     days: findByName(row, "paramDays_within"), hours: findByName(row, "paramHours_within") }
        }

        function test_hoursKeepTheDays() {
            const t = makeEditor()
            compare(fixture.valueOf("within"), { days: 1, hours: 0 })
            t.hours.forceActiveFocus()
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(fixture.valueOf("within"), { days: 1, hours: 2 })
        }

        function test_daysKeepTheHours() {
            const t = makeEditor()
            t.hours.forceActiveFocus()
            keyClick(Qt.Key_Up)
            t.days.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(fixture.valueOf("within"), { days: 2, hours: 1 })
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
