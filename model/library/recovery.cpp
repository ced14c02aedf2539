// SPDX-License-Identifier: MIT
// Listing, restoring and discarding the unsaved edits in the recovery area. The writer side is
// recoverywriter.cpp; the stored shapes (the file format's JSON) are recoveryformat.cpp.
#include "recovery.h"
#include "connection.h"
#include "library.h"
#include "recoveryformat.h"
#include "sequencerows.h"

namespace sd {

using namespace detail;

namespace {

void noRecovery(const QString &id)
{
    refuse(
        StoreError::NotFound,
        LibraryText::tr("There are no unsaved edits of the sequence %1 to restore. They may have "
                        "been saved or discarded already.")
            .arg(id));
}

} // namespace

StoreResult<QList<RecoveryInfo>> RecoveryStore::list() const
{
    return guardedValue<QList<RecoveryInfo>>([&] {
        Connection &c = m_library.connection();
        QList<RecoveryInfo> found;
        // On a team library each user has their own recovery rows (teamschema.cpp, v3).
        const Query q =
            c.query(c.isTeam() ? "SELECT r.sequence_id, r.content, r.saved_at, r.saved_by, "
                                 "r.base_version, s.version FROM recovery r JOIN sequences s ON "
                                 "s.id = r.sequence_id WHERE r.owner = current_user ORDER BY "
                                 "r.saved_at DESC"
                               : "SELECT r.sequence_id, r.content, r.saved_at, r.saved_by, "
                                 "r.base_version, s.version FROM recovery r JOIN sequences s ON "
                                 "s.id = r.sequence_id ORDER BY r.saved_at DESC");
        while (q->next()) {
            found.append({q->text(0), nameInContent(q->bytes(1)), parseTimestamp(q->integer(2)),
                          q->text(3), q->integer(4), q->integer(5)});
        }
        return found;
    });
}

StoreResult<Sequence> RecoveryStore::restore(const QString &sequenceId) const
{
    return guardedValue<Sequence>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        std::optional<SequenceRecord> base = readSequence(c, sequenceId);
        if (!base)
            noRecovery(sequenceId);
        const Query q = c.query(c.isTeam() ? "SELECT content, removed, step_ids FROM recovery "
                                             "WHERE sequence_id = ?1 AND owner = current_user"
                                           : "SELECT content, removed, step_ids FROM recovery "
                                             "WHERE sequence_id = ?1");
        if (!q->bind(1, sequenceId).next())
            noRecovery(sequenceId);
        RecoveryEdits edits{q->bytes(0), q->bytes(1), std::nullopt};
        if (!q->isNull(2))
            edits.order = q->bytes(2);
        std::optional<Sequence> restored = applyRecoveryEdits(base->sequence, edits);
        if (!restored) {
            refuse(StoreError::Invalid,
                   LibraryText::tr("The unsaved edits of the sequence %1 cannot be read, so they "
                                   "were not restored; they stay in the recovery area. Discard "
                                   "them, or open the saved version.")
                       .arg(base->sequence.name));
        }
        return std::move(*restored);
    });
}

StoreStatus RecoveryStore::discard(const QString &sequenceId)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        const Query q = c.query(deleteRecoverySql(c));
        q->bind(1, sequenceId).run();
        t.commit();
    });
}

} // namespace sd
