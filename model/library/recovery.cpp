// SPDX-License-Identifier: MIT
// Listing, restoring and discarding the unsaved edits in the recovery area. The writer side is
// recoverywriter.cpp; the stored shapes are recoveryformat.cpp.
#include "recovery.h"
#include "connection.h"
#include "library.h"
#include "recoveryformat.h"
#include "sequencerows.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
            c.query(c.isTeam() ? "SELECT r.sequence_id, r.properties, r.saved_at, r.saved_by, "
                                 "r.base_version, s.version FROM recovery r JOIN sequences s ON "
                                 "s.id = r.sequence_id WHERE r.owner = current_user ORDER BY "
                                 "r.saved_at DESC"
                               : "SELECT r.sequence_id, r.properties, r.saved_at, r.saved_by, "
                                 "r.base_version, s.version FROM recovery r JOIN sequences s ON "
                                 "s.id = r.sequence_id ORDER BY r.saved_at DESC");
        while (q->next()) {
            found.append({q->text(0), nameInProperties(q->bytes(1)), parseTimestamp(q->integer(2)),
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
        Sequence s = std::move(base->sequence);
        {
            const Query q = c.query(c.isTeam() ? "SELECT properties FROM recovery WHERE "
                                                 "sequence_id = ?1 AND owner = current_user"
                                               : "SELECT properties FROM recovery WHERE "
                                                 "sequence_id = ?1");
            if (!q->bind(1, sequenceId).next())
                noRecovery(sequenceId);
            propertiesFromJson(q->bytes(0), s);
        }

        // Steps by id, starting from the saved ones; the recovery rows replace, add or remove.
        QHash<QString, Step> steps;
        QStringList baseOrder;
        for (const Step &step : s.steps()) {
            steps.insert(step.id, step);
            baseOrder.append(step.id);
        }
        QHash<QString, QPointF> layout = s.layout;
        {
            const Query q = c.query(c.isTeam() ? "SELECT step_id, step FROM recovery_steps "
                                                 "WHERE sequence_id = ?1 AND owner = current_user"
                                               : "SELECT step_id, step FROM recovery_steps "
                                                 "WHERE sequence_id = ?1");
            q->bind(1, sequenceId);
            while (q->next()) {
                const QString id = q->text(0);
                if (q->isNull(1)) {
                    steps.remove(id);
                    layout.remove(id);
                    continue;
                }
                std::optional<QPointF> position;
                steps.insert(id, stepFromJson(q->bytes(1), &position));
                if (position)
                    layout.insert(id, *position);
                else
                    layout.remove(id);
            }
        }
        QStringList order = baseOrder;
        {
            const Query q = c.query(c.isTeam() ? "SELECT step_ids FROM recovery_order WHERE "
                                                 "sequence_id = ?1 AND owner = current_user"
                                               : "SELECT step_ids FROM recovery_order WHERE "
                                                 "sequence_id = ?1");
            if (q->bind(1, sequenceId).next())
                order = orderFromJson(q->bytes(0));
        }
        // Any step the order does not name still comes back (sorted, so restores repeat).
        QSet<QString> placed;
        QList<Step> list;
        list.reserve(steps.size());
        for (const QString &id : std::as_const(order)) {
            const auto it = steps.constFind(id);
            if (it != steps.cend() && !placed.contains(id)) {
                list.append(*it);
                placed.insert(id);
            }
        }
        QStringList rest;
        for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
            if (!placed.contains(it.key()))
                rest.append(it.key());
        }
        std::sort(rest.begin(), rest.end());
        for (const QString &id : std::as_const(rest))
            list.append(steps.value(id));
        s.setSteps(std::move(list));
        s.layout = layout;
        return s;
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
