// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import SequenceDesigner

// The spin box of a whole-number parameter (a wait's days): keys change the document, and the box
// follows the document (undo) rather than keeping its own value.
Item {
    id: area
    width: 300
    height: 200

    // One document for the file; each test opens a sequence of its own in it. It outlives the
    // editors the tests create, so they never see it go.
    DocumentFixture { id: fixture }

    ComponentTestCase {
        id: test
        name: "ParamNumber"

        Component {
            id: editorComponent
            ParamNumber { inspector: fixture.inspector; designerStyle: fixture.designerStyle }
        }
        Component { id: rowsComponent; InspectedParam {} }

        function makeEditor() {
            fixture.open("Number " + Date.now())
            fixture.document.selectedId = fixture.wait
            const rows = createTemporaryObject(rowsComponent, area, { model: fixture.inspector, key: "days",
                                                                      editor: editorComponent })
            verify(rows && rows.editorItem, "the editor was created")
            return { fixture: fixture, box: findByName(rows.editorItem, "paramSpin_days") }
        }

        function test_arrowKeysSetTheParameter() {
            const t = makeEditor()
            compare(t.box.value, 1, "a new wait lasts one day")
            t.box.forceActiveFocus()
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(t.fixture.valueOf("days"), 3)
            compare(t.box.value, 3)
        }

        function test_typedNumberSetsTheParameter() {
            const t = makeEditor()
            t.box.forceActiveFocus()
            t.box.contentItem.selectAll()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_Return)
            compare(t.fixture.valueOf("days"), 12)
        }

        function test_boxFollowsUndo() {
            const t = makeEditor()
            t.box.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(t.fixture.valueOf("days"), 2)
            t.fixture.document.undo()
            compare(t.fixture.valueOf("days"), 1)
            compare(t.box.value, 1, "the box shows the document's value after undo")
        }

        function test_valueSetWithoutKeysReachesTheDocument() {
            // A screen reader sets the value directly, without a key or a mouse press.
            const t = makeEditor()
            t.box.value = 9
            compare(t.fixture.valueOf("days"), 9)
        }
    }
}
