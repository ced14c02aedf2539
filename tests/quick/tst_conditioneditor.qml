// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import SequenceDesigner

// The one condition editor of field conditions and team conditions: a value editor typed by the
// field (Yes/No for a yes/no field), no value for "is empty", groups only as deep as allowed, and
// the same items under the names each caller gives.
Item {
    id: area
    width: 500
    height: 400

    readonly property var fields: [
        { value: "title", label: "Title", type: "text", options: [] },
        { value: "isdisabled", label: "Disabled", type: "yesno", options: [] },
        { value: "rating", label: "Rating", type: "choice",
          options: [{ value: 1, label: "Hot" }, { value: 3, label: "Cold" }] }
    ]
    readonly property var operators: [
        { value: "equals", label: "equals" }, { value: "isEmpty", label: "is empty" }
    ]

    ComponentTestCase {
        id: test
        name: "ConditionEditor"

        Component {
            id: editorComponent
            ConditionEditor { fields: area.fields; operators: area.operators }
        }
        SignalSpy { id: changed; signalName: "changed" }

        // An editor over `rules` that writes each change back into itself.
        function makeEditor(rules, props) {
            const editor = createTemporaryObject(editorComponent, area,
                                                 Object.assign({ rules: rules }, props ?? {}))
            verify(editor, "the editor was created")
            editor.changed.connect(list => editor.rules = list)
            changed.clear()
            changed.target = editor
            return editor
        }
        function choose(box, index) {
            box.currentIndex = index
            box.activated(index)
        }

        function test_yesNoFieldOffersYesAndNo() {
            const editor = makeEditor([{ field: "", operator: "equals", value: "" }])
            choose(findByName(editor, "fieldRuleField_0"), 1)
            compare(editor.rules[0], { field: "isdisabled", operator: "equals", value: true })
            const yesNo = findByName(editor, "fieldRuleYesNo_0")
            verify(yesNo.visible)
            verify(!findByName(editor, "fieldRuleText_0").visible)
            choose(yesNo, 1)
            compare(editor.rules[0].value, false)
        }

        function test_choiceFieldStartsWithItsFirstOption() {
            const editor = makeEditor([{ field: "", operator: "equals", value: "" }])
            choose(findByName(editor, "fieldRuleField_0"), 2)
            compare(editor.rules[0].value, 1)
            compare(findByName(editor, "fieldRuleValue_0").currentText, "Hot")
        }

        function test_isEmptyTakesNoValue() {
            const editor = makeEditor([{ field: "title", operator: "equals", value: "x" }])
            choose(findByName(editor, "fieldRuleOperator_0"), 1)
            compare(editor.rules[0], { field: "title", operator: "isEmpty" })
            verify(!findByName(editor, "fieldRuleText_0").visible)
        }

        function test_groupsNestOnlyAsDeepAsAllowed() {
            const editor = makeEditor([], { names: "team", maxDepth: 1 })
            mouseClick(findByName(editor, "addTeamGroupButton"))
            compare(editor.rules, [{ match: "any", rules: [] }])
            verify(findByName(editor, "teamGroup_0"))
            verify(findByName(editor, "addTeamRuleButton_0."))
            verify(!findByName(editor, "addTeamGroupButton_0.").visible)
            mouseClick(findByName(editor, "teamGroupRemove_0"))
            compare(editor.rules, [])
        }
    }
}
