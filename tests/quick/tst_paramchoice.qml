// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import SequenceDesigner

// One value from a list (an email condition's "Match"): the box shows the document's value by its
// label, arrow keys choose another, and the box follows undo.
Item {
    id: area
    width: 300
    height: 200

    // One document for the file; each test opens a sequence of its own in it. It outlives the
    // editors the tests create, so they never see it go.
    DocumentFixture { id: fixture }

    ComponentTestCase {
        id: test
        name: "ParamChoice"

        Component { id: editorComponent; ParamChoice {} }

        function makeEditor(required) {
            fixture.open("Choice " + Date.now())
            const spec = { key: "match", kind: "Choice", label: "Match", required: required,
                           choices: ["any", "all"] }
            const box = createTemporaryObject(editorComponent, area,
                                              { document: fixture.document, stepId: fixture.condition, spec: spec })
            verify(box, "the editor was created")
            return box
        }

        function test_showsTheValueByItsLabel() {
            const box = makeEditor(true)
            compare(box.currentText, "Any of them")
            compare(box.Accessible.name, "Match")
        }

        function test_arrowKeyChoosesAndUndoFollows() {
            const box = makeEditor(true)
            box.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(fixture.document.param(fixture.condition, "match"), "all")
            compare(box.currentText, "All of them")
            fixture.document.undo()
            compare(fixture.document.param(fixture.condition, "match"), "any")
            compare(box.currentText, "Any of them")
        }

        function test_optionalValueOffersNone() {
            const box = makeEditor(false)
            compare(box.count, 3)
            compare(box.textAt(0), "(none)")
        }
    }
}
