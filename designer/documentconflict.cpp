// SPDX-License-Identifier: MIT
// SequenceDocument: a save refused because someone else saved the sequence since it was opened
// (SequenceStore::save with the version it was opened at), and the three ways on. Nothing of
// either side is lost: their version is in the library, yours stays in the recovery area (open
// theirs, compare) or becomes a sequence of its own (save as a copy).
#include "sequencedocument.h"

#include "library/library.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "librarysession.h"
#include "sequencelimits.h"

namespace sd {

void SequenceDocument::setConflictText(const QString &text)
{
    if (text == m_conflictText)
        return;
    m_conflictText = text;
    emit conflictChanged();
}

void SequenceDocument::openTheirs()
{
    reload(); // keeps the unsaved edits in the recovery area first, and offers them
}

bool SequenceDocument::saveYoursAsCopy()
{
    Library *lib = library();
    if (!m_loaded || !lib)
        return false;
    Sequence yours = m_sequence;
    yours.name = leftCodePoints(tr("%1 (your copy)").arg(m_sequence.name), limits::maxNameLength);
    const StoreResult<SequenceRecord> made = SequenceStore(*lib).create(yours);
    if (!made) {
        setNotice(tr("Your changes could not be saved as a copy: %1 They are still here; try "
                     "again.")
                      .arg(made.message()));
        return false;
    }
    // The edits are in the copy now: the original's recovery rows of this session go.
    abandon();
    m_undo.clear();
    m_restoredDirty = false;
    m_loaded = false;
    m_sequenceId = made.value.sequence.id;
    emit sequenceIdChanged();
    tryLoad();
    emit dirtyChanged();
    setNotice(tr("Your changes were saved as “%1”.").arg(made.value.sequence.name));
    if (m_session)
        m_session->notifyChanged();
    return true;
}

void SequenceDocument::refreshIfChangedElsewhere()
{
    Library *lib = library();
    if (!m_loaded || !lib || !readOnly() || dirty() || m_viewedVersion > 0 || m_comparison.active())
        return;
    const StoreResult<SequenceRecord> now = SequenceStore(*lib).get(m_sequenceId);
    if (now && now.value.version != m_version)
        reload();
}

bool SequenceDocument::compareWithTheirs()
{
    Library *lib = library();
    if (!m_loaded || !lib)
        return false;
    const StoreResult<SequenceRecord> theirs = SequenceStore(*lib).get(m_sequenceId);
    if (!theirs) {
        setNotice(tr("Their version could not be read to compare it: %1").arg(theirs.message()));
        return false;
    }
    // Your edits reach the recovery area before the comparison replaces them on the canvas;
    // closing it opens theirs and offers them (viewCurrent, reload).
    if (m_recovery && dirty()) {
        const StoreStatus kept = m_recovery->write(m_sequence);
        if (!kept) {
            setNotice(tr("Your changes could not be kept for recovery, so they are not "
                         "compared: %1 Save them as a copy instead.")
                          .arg(kept.message));
            return false;
        }
    }
    setConflictText({});
    m_compareAgain = [this, theirs = theirs.value, yours = m_sequence] {
        showComparison(theirs.sequence, yours,
                       tr("version %1 by %2").arg(theirs.version).arg(theirs.modifiedBy),
                       tr("your changes"));
        return true;
    };
    return m_compareAgain();
}

} // namespace sd
