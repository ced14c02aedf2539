// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"

#include <QUndoCommand>

namespace sd {

class SequenceDocument;

// One edit of an open sequence on the undo stack: the sequence before and after it. A Sequence
// shares its steps implicitly, so the two copies cost one list of step handles, and undo and
// redo are O(1) before the canvas lays out again. Edits of one parameter in a row (typing a
// name, spinning the days) merge into one entry when they come within a few seconds.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(SequenceDocument &document, Sequence before, Sequence after, const QString &text,
                QString selectBefore, QString selectAfter, QString mergeKey);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] QString mergeKey() const { return m_mergeKey; }
    // Stops later edits of the same parameter from merging into this one.
    void seal() { m_mergeKey.clear(); }

private:
    SequenceDocument &m_document;
    Sequence m_before;
    Sequence m_after;
    QString m_selectBefore;
    QString m_selectAfter;
    QString m_mergeKey;
};

} // namespace sd
