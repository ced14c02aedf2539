// SPDX-License-Identifier: MIT
// SequenceDocument: an older version of the history shown read-only on the canvas.
#include "sequencedocument.h"

#include "library/library.h"
#include "library/versionstore.h"

namespace sd {

bool SequenceDocument::viewVersion(int number)
{
    Library *lib = library();
    if (!m_loaded || !lib)
        return false;
    if (dirty()) {
        setNotice(tr("Save or undo your changes before you open an older version."));
        return false;
    }
    const StoreResult<SequenceVersion> version = VersionStore(*lib).get(m_sequenceId, number);
    if (!version) {
        setNotice(tr("The version could not be opened: %1").arg(version.message()));
        return false;
    }
    // Nothing of the version may be edited, so nothing may be undone onto it either.
    m_undo.clear();
    m_autosaveTimer.stop();
    m_viewedVersion = version.value.info.number;
    m_comparison.clear();
    m_canvas.setChangeMarks({});
    m_sequence = version.value.sequence;
    refreshTargetNames();
    m_canvas.setSequence(m_sequence);
    setSelectedId(m_sequence.contains(m_selectedId) ? m_selectedId : QString());
    validateNow();
    setNotice({});
    emit propertiesChanged();
    emit readOnlyChanged();
    emit sequenceChanged();
    return true;
}

void SequenceDocument::viewCurrent()
{
    if (m_viewedVersion == 0 && !m_comparison.active())
        return;
    m_viewedVersion = 0;
    m_comparison.clear();
    m_canvas.setChangeMarks({});
    setNotice({});
    reload();
    emit readOnlyChanged();
}

QString SequenceDocument::viewedVersionReason() const
{
    if (m_comparison.active()) {
        return tr("Comparing %1 with %2, read-only. Close the comparison to edit again.")
            .arg(m_comparison.olderLabel(), m_comparison.newerLabel());
    }
    return tr("This is version %1, shown read-only. Restore it to continue from it, or go back "
              "to the current version.")
        .arg(m_viewedVersion);
}

} // namespace sd
