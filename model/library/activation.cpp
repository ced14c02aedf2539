// SPDX-License-Identifier: MIT
#include "activation.h"
#include "library.h"
#include "libraryrules.h"
#include "sequencerows.h"
#include "validator.h"
#include "versionrows.h"

namespace sd {

using namespace detail;

namespace detail {

namespace {

Diagnostic libraryError(const QString &code, const Sequence &s, const QString &stepId,
                        const QString &message)
{
    return Diagnostic{code, Severity::Error, stepId, message, s.id};
}

} // namespace

Diagnostics libraryRules(Connection &c, const Sequence &s, RuleScope scope)
{
    Diagnostics found;
    if (scope == RuleScope::Activation) {
        const Query q =
            c.query("SELECT count(*) FROM sequences WHERE status = 'active' AND id <> ?1");
        const qint64 active = q->bind(1, s.id).next() ? q->integer(0) : 0;
        if (active >= maxActiveSequences) {
            found.append(libraryError(
                QStringLiteral("library.activeLimit"), s, {},
                LibraryText::tr("%1 sequences are already active, the most a library allows is %2. "
                                "Deactivate one of them first, then activate “%3”.")
                    .arg(active)
                    .arg(maxActiveSequences)
                    .arg(s.name)));
        }
    }
    const QString code = QStringLiteral("library.advanceTarget");
    for (const Step &step : s.steps()) {
        if (step.type != u"advanceToSequence")
            continue;
        const QString target = step.params.value(u"sequence").toString();
        if (target.isEmpty())
            continue; // param.required, reported by the validator
        if (target == s.id) {
            found.append(libraryError(code, s, step.id,
                                      LibraryText::tr("The step hands records over to this same "
                                                      "sequence. Choose another sequence.")));
            continue;
        }
        const Query q = c.query("SELECT name, status, record_type FROM sequences WHERE id = ?1");
        if (!q->bind(1, target).next()) {
            found.append(
                libraryError(code, s, step.id,
                             LibraryText::tr("The step hands records over to a sequence "
                                             "that is not in this library (%1). Choose "
                                             "another sequence, or import the missing one.")
                                 .arg(target)));
            continue;
        }
        const QString name = q->text(0);
        if (q->text(2) != s.recordType) {
            found.append(
                libraryError(code, s, step.id,
                             LibraryText::tr("The step hands records over to “%1”, which "
                                             "is for %2 records, not %3. Choose a sequence "
                                             "for %3 records.")
                                 .arg(name, q->text(2), s.recordType)));
        } else if (scope == RuleScope::Activation && statusFromKey(q->text(1)) != Status::Active) {
            found.append(
                libraryError(code, s, step.id,
                             LibraryText::tr("The step hands records over to “%1”, which is "
                                             "not active. Activate “%1” first.")
                                 .arg(name)));
        }
    }
    return found;
}

} // namespace detail

namespace {

int activeCount(Connection &c)
{
    return int(c.scalar("SELECT count(*) FROM sequences WHERE status = 'active'"));
}

void setStatus(Connection &c, const QString &id, Status status)
{
    const Query q = c.query("UPDATE sequences SET status = ?2, modified_at = ?3, modified_by = "
                            "?4, version = version + 1 WHERE id = ?1 RETURNING seq");
    if (!q->bind(1, id).bind(2, statusKey(status)).bind(3, timestamp()).bind(4, c.user()).next())
        refuseNotYours(id);
}

void notFound(const QString &id)
{
    refuse(StoreError::NotFound,
           LibraryText::tr("There is no sequence with the id %1 in this library. "
                           "Check the id with `sequence-designer list`.")
               .arg(id));
}

} // namespace

ActivationResult Activation::activate(const QString &id, const Profile &profile)
{
    ActivationResult result;
    result.status = guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        // IMMEDIATE: the write lock is held from the count to the commit.
        Transaction t(c);
        std::optional<SequenceRecord> record = readSequence(c, id);
        if (!record)
            notFound(id);
        const Sequence &s = record->sequence;
        if (s.status == Status::Active) {
            result.activeCount = activeCount(c);
            return;
        }
        for (Diagnostic d : validate(s, profile, ValidationMode::Activation)) {
            d.sequenceId = s.id;
            result.diagnostics.append(d);
        }
        result.diagnostics.append(libraryRules(c, s, RuleScope::Activation));
        if (hasErrors(result.diagnostics)) {
            result.activeCount = activeCount(c);
            refuse(StoreError::Refused,
                   LibraryText::tr("“%1” cannot be activated yet. Fix the errors "
                                   "listed, save, and activate again.")
                       .arg(s.name));
        }
        setStatus(c, id, Status::Active);
        const Previous before{s, record->modified.toMSecsSinceEpoch(), record->modifiedBy};
        Sequence activated = s;
        activated.status = Status::Active;
        appendVersion(c, activated, VersionKind::Activated, {}, &before,
                      record->damagedParams.isEmpty());
        result.activeCount = activeCount(c);
        t.commit();
        result.changed = true;
    });
    return result;
}

StoreStatus Activation::deactivate(const QString &id)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        bool active = false;
        {
            const Query q = c.query("SELECT status FROM sequences WHERE id = ?1");
            if (!q->bind(1, id).next())
                notFound(id);
            active = statusFromKey(q->text(0)) == Status::Active;
        }
        if (active) {
            std::optional<Previous> before = previousContent(c, id);
            setStatus(c, id, Status::Inactive);
            if (before) {
                Sequence inactive = before->sequence;
                inactive.status = Status::Inactive;
                appendVersion(c, inactive, VersionKind::Deactivated, {}, &*before,
                              before->matchesRows);
            }
        }
        t.commit();
    });
}

StoreResult<Diagnostics> Activation::libraryDiagnostics(const Sequence &sequence) const
{
    return guardedValue<Diagnostics>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        return libraryRules(c, sequence, RuleScope::Activation);
    });
}

} // namespace sd
