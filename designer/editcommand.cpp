// SPDX-License-Identifier: MIT
#include "editcommand.h"

#include "sequencedocument.h"

namespace sd {

EditCommand::EditCommand(SequenceDocument &document, Sequence before, Sequence after,
                         const QString &text, QString selectBefore, QString selectAfter,
                         QString mergeKey)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_selectBefore(std::move(selectBefore)), m_selectAfter(std::move(selectAfter)),
      m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

void EditCommand::undo()
{
    m_document.apply(m_before, m_selectBefore);
}

void EditCommand::redo()
{
    m_document.apply(m_after, m_selectAfter);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditCommand *>(other);
    if (m_mergeKey.isEmpty() || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    m_selectAfter = edit->m_selectAfter;
    return true;
}

} // namespace sd
