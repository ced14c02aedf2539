// SPDX-License-Identifier: MIT
import QtQuick
import SequenceDesigner

// A library of this run's own (tests/quick/main.cpp chooses the file) and, per open(), a new
// sequence in it opened in a document of its own (a document loads one sequence, once): an email,
// then a wait of one day, then an email condition. The documents live as long as the fixture, so
// the editors a test creates never see theirs go. `inspector` presents the selected step, and
// `designerStyle` is the style an editor needs.
QtObject {
    id: fixture
    property SequenceDocument document
    readonly property StepInspector inspector: StepInspector { document: fixture.document }
    readonly property DesignerStyle designerStyle: DesignerStyle {}
    property string mail
    property string wait
    property string condition
    readonly property Component documentComponent: Component {
        SequenceDocument { session: LibrarySession }
    }

    function open(name: string) {
        const created = LibrarySession.create(name, "", "lead")
        if (!created.ok)
            throw new Error("could not create a sequence: " + created.message)
        document = documentComponent.createObject(fixture, { sequenceId: created.id })
        if (!document.loaded)
            throw new Error("could not open the sequence: " + document.errorMessage)
        mail = document.insertStep("", "next", "email")
        wait = document.insertStep(mail, "next", "wait")
        condition = document.insertStep(wait, "next", "emailCondition")
    }

    // The value of parameter `key` of the selected step, as the document holds it.
    function valueOf(key: string): var {
        for (let row = 0; row < inspector.rowCount(); ++row) {
            const at = inspector.index(row, 0)
            if (inspector.data(at, StepInspector.KeyRole) === key)
                return inspector.data(at, StepInspector.ValueRole)
        }
        throw new Error("the selected step has no parameter " + key)
    }
}
