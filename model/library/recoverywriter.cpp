// SPDX-License-Identifier: MIT
// Autosave: writes the difference between the open sequence and its saved version to the
// recovery area, as a document of the file format (recoveryformat.h) in one row.
#include "connection.h"
#include "library.h"
#include "recovery.h"
#include "recoveryformat.h"
#include "sequencerows.h"

namespace sd {

using namespace detail;

RecoveryWriter::RecoveryWriter(Library &library, const SequenceRecord &saved)
    : m_library(library), m_base(saved.sequence), m_baseVersion(saved.version)
{
}

void RecoveryWriter::rebase(const SequenceRecord &saved)
{
    m_base = saved.sequence;
    m_baseVersion = saved.version;
}

StoreStatus RecoveryWriter::write(const Sequence &current)
{
    const RecoveryEdits edits = recoveryEdits(current, m_base);
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        // One row holds all the edits, so a write replaces whatever an earlier write or an
        // earlier (crashed) session left.
        const Query q = c.query(
            c.isTeam() ? "INSERT INTO recovery (sequence_id, base_version, saved_at, saved_by, "
                         "content, removed, step_ids) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON "
                         "CONFLICT (sequence_id, owner) DO UPDATE SET base_version = ?2, "
                         "saved_at = ?3, saved_by = ?4, content = ?5, removed = ?6, step_ids = ?7"
                       : "INSERT INTO recovery (sequence_id, base_version, saved_at, saved_by, "
                         "content, removed, step_ids) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON "
                         "CONFLICT (sequence_id) DO UPDATE SET base_version = ?2, saved_at = ?3, "
                         "saved_by = ?4, content = ?5, removed = ?6, step_ids = ?7");
        q->bind(1, m_base.id)
            .bind(2, m_baseVersion)
            .bind(3, timestamp())
            .bind(4, c.user())
            .bind(5, edits.content)
            .bind(6, edits.removed)
            .bind(7, edits.order)
            .run();
        t.commit();
    });
}

StoreStatus RecoveryWriter::discard()
{
    return RecoveryStore(m_library).discard(m_base.id);
}

} // namespace sd
