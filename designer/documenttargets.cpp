// SPDX-License-Identifier: MIT
// The names of the sequences the "Advance" steps hand over to, for their card summaries.
#include "library/sequencelist.h"
#include "sequencedocument.h"

namespace sd {

void SequenceDocument::refreshTargetNames()
{
    bool unknown = false;
    for (const Step &step : m_sequence.steps()) {
        if (step.type != u"advanceToSequence")
            continue;
        const QString target = step.params["sequence"].toString();
        if (!target.isEmpty() && !m_targetsLookedUp.contains(target)) {
            unknown = true;
            m_targetsLookedUp.insert(target);
        }
    }
    Library *lib = library();
    if (!unknown || !lib)
        return;
    // One query over the sequences of this record type (the only valid targets).
    ListQuery query;
    query.recordType = m_sequence.recordType;
    const auto listed = SequenceList(*lib).list(query);
    for (const SequenceSummary &s : listed.value)
        m_targetNames.insert(s.id, s.name);
    m_canvas.setSequenceNames(m_targetNames);
}

} // namespace sd
