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

        Component {
            id: editorComponent
            ParamChoice { inspector: fixture.inspector; designerStyle: fixture.designerStyle }
        }
        Component { id: rowsComponent; InspectedParam {} }

        // The email condition's "Match", which is required, as the side pane shows it.
        function makeEditor() {
            fixture.open("Choice " + Date.now()) // the email condition is selected
            const rows = createTemporaryObject(rowsComponent, area, { model: fixture.inspector, key: "match",
                                                                      editor: editorComponent })
            verify(rows && rows.editorItem, "the editor was created")
            return findByName(rows.editorItem, "paramChoice_match")
        }

        function test_showsTheValueByItsLabel() {
            const box = makeEditor()
            compare(box.currentText, "Any of them")
            compare(box.Accessible.name, "Match")
        }

        function test_arrowKeyChoosesAndUndoFollows() {
            const box = makeEditor()
            box.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(fixture.valueOf("match"), "all")
            compare(box.currentText, "All of them")
            fixture.document.undo()
            compare(fixture.valueOf("match"), "any")
            compare(box.currentText, "Any of them")
        }

        function test_optionalValueOffersNone() {
            // No step has an optional choice: the editor gets the roles of one directly.
            const editor = createTemporaryObject(editorComponent, area, {
                key: "match", kind: "Choice", label: "Match", optional: true, value: "any",
                choices: [{ value: "any", label: "any" }, { value: "all", label: "all" }], problems: []
            })
            verify(editor, "the editor was created")
            const box = findByName(editor, "paramChoice_match")
            compare(box.count, 3)
            compare(box.textAt(0), "(none)")
        }
    }
}
