// SPDX-License-Identifier: MIT
// Autosave: writes the difference between the open sequence and its saved version to the
// recovery area, touching only what changed since the previous write.
#include "connection.h"
#include "library.h"
#include "recovery.h"
#include "recoveryformat.h"
#include "sequencerows.h"

#include <QSet>

namespace sd {

using namespace detail;

namespace {

bool sameStep(const Sequence &a, const Sequence &b, const QString &id)
{
    const Step *x = a.step(id);
    const Step *y = b.step(id);
    if (!x || !y)
        return x == y;
    return *x == *y && positionOf(a, id) == positionOf(b, id);
}

bool sameOrder(const Sequence &a, const Sequence &b)
{
    if (a.stepCount() != b.stepCount())
        return false;
    for (qsizetype i = 0; i < a.stepCount(); ++i) {
        if (a.steps()[i].id != b.steps()[i].id)
            return false;
    }
    return true;
}

} // namespace

RecoveryWriter::RecoveryWriter(Library &library, const SequenceRecord &saved)
    : m_library(library), m_base(saved.sequence), m_baseVersion(saved.version),
      m_written(saved.sequence)
{
}

void RecoveryWriter::rebase(const SequenceRecord &saved)
{
    m_base = saved.sequence;
    m_baseVersion = saved.version;
    m_written = saved.sequence;
    m_fresh = true;
}

StoreStatus RecoveryWriter::write(const Sequence &current)
{
    const QString id = m_base.id;
    StoreStatus status = guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);

        // This writer's first write, or the area no longer holds what it wrote last (saved or
        // discarded elsewhere, or rows left by a crashed session): start over from the saved
        // version, so the area never mixes two sessions' edits.
        bool fresh = m_fresh;
        if (!fresh) {
            const Query q = c.query(c.isTeam() ? "SELECT base_version FROM recovery WHERE "
                                                 "sequence_id = ?1 AND owner = current_user"
                                               : "SELECT base_version FROM recovery WHERE "
                                                 "sequence_id = ?1");
            fresh = !q->bind(1, id).next() || q->integer(0) != m_baseVersion;
        }
        if (fresh) {
            const Query q = c.query(deleteRecoverySql(c));
            q->bind(1, id).run();
        }
        // What the area holds before this write (m_written changes only once it committed).
        const Sequence &written = fresh ? m_base : m_written;
        {
            const Query q =
                c.query(c.isTeam() ? "INSERT INTO recovery (sequence_id, base_version, saved_at, "
                                     "saved_by, properties) VALUES (?1, ?2, ?3, ?4, ?5) ON "
                                     "CONFLICT (sequence_id, owner) DO UPDATE SET base_version "
                                     "= ?2, saved_at = ?3, saved_by = ?4, properties = ?5"
                                   : "INSERT INTO recovery (sequence_id, base_version, saved_at, "
                                     "saved_by, properties) VALUES (?1, ?2, ?3, ?4, ?5) ON "
                                     "CONFLICT (sequence_id) DO UPDATE SET base_version = ?2, "
                                     "saved_at = ?3, saved_by = ?4, properties = ?5");
            q->bind(1, id)
                .bind(2, m_baseVersion)
                .bind(3, timestamp())
                .bind(4, c.user())
                .bind(5, propertiesToJson(current))
                .run();
        }

        QSet<QString> changed;
        for (const Step &step : current.steps()) {
            if (!sameStep(current, written, step.id))
                changed.insert(step.id);
        }
        for (const Step &step : written.steps()) {
            if (!current.contains(step.id))
                changed.insert(step.id);
        }
        const Query upsert =
            c.query(c.isTeam() ? "INSERT INTO recovery_steps (sequence_id, step_id, step) "
                                 "VALUES (?1, ?2, ?3) ON CONFLICT (sequence_id, owner, step_id) "
                                 "DO UPDATE SET step = ?3"
                               : "INSERT INTO recovery_steps (sequence_id, step_id, step) "
                                 "VALUES (?1, ?2, ?3) ON CONFLICT (sequence_id, step_id) DO "
                                 "UPDATE SET step = ?3");
        const Query drop =
            c.query(c.isTeam() ? "DELETE FROM recovery_steps WHERE sequence_id = ?1 AND "
                                 "step_id = ?2 AND owner = current_user"
                               : "DELETE FROM recovery_steps WHERE sequence_id = ?1 AND "
                                 "step_id = ?2");
        for (const QString &stepId : std::as_const(changed)) {
            const Step *now = current.step(stepId);
            if (sameStep(current, m_base, stepId)) {
                drop->bind(1, id).bind(2, stepId).run();
            } else if (!now) {
                upsert->bind(1, id).bind(2, stepId).bindNull(3).run();
            } else {
                upsert->bind(1, id)
                    .bind(2, stepId)
                    .bind(3, stepToJson(*now, positionOf(current, stepId)))
                    .run();
            }
        }

        if (!sameOrder(current, written)) {
            if (sameOrder(current, m_base)) {
                const Query q = c.query(c.isTeam() ? "DELETE FROM recovery_order WHERE "
                                                     "sequence_id = ?1 AND owner = current_user"
                                                   : "DELETE FROM recovery_order WHERE "
                                                     "sequence_id = ?1");
                q->bind(1, id).run();
            } else {
                const Query q =
                    c.query(c.isTeam() ? "INSERT INTO recovery_order (sequence_id, step_ids) "
                                         "VALUES (?1, ?2) ON CONFLICT (sequence_id, owner) DO "
                                         "UPDATE SET step_ids = ?2"
                                       : "INSERT INTO recovery_order (sequence_id, step_ids) "
                                         "VALUES (?1, ?2) ON CONFLICT (sequence_id) DO UPDATE "
                                         "SET step_ids = ?2");
                q->bind(1, id).bind(2, orderToJson(stepOrder(current))).run();
            }
        }
        t.commit();
    });
    if (status) {
        m_written = current;
        m_fresh = false;
    }
    return status;
}

StoreStatus RecoveryWriter::discard()
{
    m_written = m_base;
    m_fresh = true;
    return RecoveryStore(m_library).discard(m_base.id);
}

} // namespace sd
