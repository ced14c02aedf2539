// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import SequenceDesigner

// The sequence's tags as chips: one chip per tag, nested tags shown with ›, a chip's ✕ removes its
// tag from the document.
Item {
    id: area
    width: 400
    height: 300

    // One document for the file; each test opens a sequence of its own in it. It outlives the
    // editors the tests create, so they never see it go.
    DocumentFixture { id: fixture }

    ComponentTestCase {
        id: test
        name: "PropertiesTags"

        Component { id: tagsComponent; PropertiesTags {} }

        function findAll(item, predicate, out) {
            if (predicate(item))
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                findAll(item.children[i], predicate, out)
            return out
        }
        function removeButtons(root) {
            return findAll(root, i => i.visible && i.Accessible.name !== undefined
                                      && String(i.Accessible.name).startsWith("Remove the tag "), [])
        }

        function makeTags() {
            fixture.open("Tags " + Date.now())
            const tags = createTemporaryObject(tagsComponent, area, { document: fixture.document })
            verify(tags)
            return { document: fixture.document, tags: tags }
        }

        function test_noTagsSaysSo() {
            const t = makeTags()
            verify(findAll(t.tags, i => i.objectName === "noTagsText" && i.visible, []).length === 1)
        }

        function test_chipPerTagWithNestedNames() {
            const t = makeTags()
            t.document.tags = ["Webinar", "Region/Nordics"]
            const labels = findAll(t.tags, i => i.text === "Region › Nordics", [])
            compare(labels.length, 1, "the nested tag reads Region › Nordics")
            compare(removeButtons(t.tags).length, 2)
        }

        function test_removeButtonRemovesItsTag() {
            const t = makeTags()
            t.document.tags = ["Webinar", "Region/Nordics"]
            const button = removeButtons(t.tags).find(b => b.Accessible.name === "Remove the tag Webinar")
            verify(button)
            waitForRendering(t.tags)
            mouseClick(button)
            compare(t.document.tags, ["Region/Nordics"])
            t.document.undo()
            compare(t.document.tags, ["Webinar", "Region/Nordics"])
        }
    }
}
