// SPDX-License-Identifier: MIT
#include "sequencestore.h"
#include "library.h"
#include "sequencerows.h"
#include "versionrows.h"

#include <QLocale>

namespace sd {

using namespace detail;

namespace {

SequenceRecord load(Connection &c, const QString &id)
{
    std::optional<SequenceRecord> r = readSequence(c, id);
    if (!r) {
        refuse(
            StoreError::NotFound,
            LibraryText::tr("There is no sequence with the id %1 in this library. It may have been "
                            "deleted; refresh the list.")
                .arg(id));
    }
    return std::move(*r);
}

RowMeta freshMeta(const Connection &c)
{
    const qint64 now = timestamp();
    return {Status::Inactive, 1, now, c.user(), now, c.user()};
}

SequenceRecord recordOf(const Sequence &s, const RowMeta &m)
{
    SequenceRecord r;
    r.sequence = s;
    r.sequence.status = m.status;
    r.version = m.version;
    r.created = parseTimestamp(m.createdAt);
    r.createdBy = m.createdBy;
    r.modified = parseTimestamp(m.modifiedAt);
    r.modifiedBy = m.modifiedBy;
    return r;
}

// Inserts `s` under a new id as a fresh inactive sequence.
SequenceRecord insertNew(Connection &c, Sequence s)
{
    c.requireWritable();
    s.id = newUuid();
    s.status = Status::Inactive;
    const RowMeta meta = freshMeta(c);
    Transaction t(c);
    writeSequence(c, s, meta, false);
    appendVersion(c, s, VersionKind::Created);
    t.commit();
    return recordOf(s, meta);
}

// The refusal of a save over a version someone else saved since it was opened: who and when
// (the time alone when it was today), and the three ways on, which the designer offers.
QString savedByOtherText(const QString &who, qint64 when)
{
    const QDateTime at = parseTimestamp(when).toLocalTime();
    const QLocale locale;
    const QString shown = at.date() == QDate::currentDate()
                              ? locale.toString(at.time(), QLocale::ShortFormat)
                              : locale.toString(at, QLocale::ShortFormat);
    return LibraryText::tr("Saved by %1 at %2: open theirs, save yours as a copy, or compare.")
        .arg(who, shown);
}

} // namespace

StoreResult<SequenceRecord> SequenceStore::get(const QString &id) const
{
    return guardedValue<SequenceRecord>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        SequenceRecord r = load(c, id);
        rememberContent(c, r.sequence, r.damagedParams.isEmpty()); // the next save compares with it
        return r;
    });
}

bool SequenceStore::contains(const QString &id) const
{
    bool found = false;
    const StoreStatus s = guarded([&] {
        const Query q = m_library.connection().query("SELECT 1 FROM sequences WHERE id = ?1");
        found = q->bind(1, id).next();
    });
    return s.ok() && found;
}

StoreResult<SequenceRecord> SequenceStore::create(Sequence initial)
{
    return guardedValue<SequenceRecord>(
        [&] { return insertNew(m_library.connection(), std::move(initial)); });
}

StoreResult<SequenceRecord> SequenceStore::save(const Sequence &sequence,
                                                std::optional<qint64> expectedVersion,
                                                const QString &note)
{
    return guardedValue<SequenceRecord>([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        RowMeta meta;
        {
            const Query q = c.query("SELECT status, version, record_type, created_at, "
                                    "created_by, modified_at, modified_by FROM sequences "
                                    "WHERE id = ?1");
            if (!q->bind(1, sequence.id).next()) {
                refuse(
                    StoreError::NotFound,
                    LibraryText::tr("“%1” is no longer in the library; it may have been deleted. "
                                    "Save it as a copy to keep your changes.")
                        .arg(sequence.name));
            }
            if (statusFromKey(q->text(0)) == Status::Active) {
                refuse(
                    StoreError::Refused,
                    LibraryText::tr("“%1” is active, so it cannot be changed. Deactivate it first, "
                                    "then save.")
                        .arg(sequence.name));
            }
            const qint64 stored = q->integer(1);
            if (expectedVersion && *expectedVersion != stored)
                refuse(StoreError::Conflict, savedByOtherText(q->text(6), q->integer(5)));
            if (q->text(2) != sequence.recordType) {
                refuse(
                    StoreError::Invalid,
                    LibraryText::tr("The record type of “%1” cannot change from %2 to %3. Create a "
                                    "new sequence for %3 records instead.")
                        .arg(sequence.name, q->text(2), sequence.recordType));
            }
            meta.version = stored + 1;
            meta.createdAt = q->integer(3);
            meta.createdBy = q->text(4);
        }
        meta.status = Status::Inactive;
        meta.modifiedAt = timestamp();
        meta.modifiedBy = c.user();
        const std::optional<Previous> previous = previousContent(c, sequence.id);
        writeSequence(c, sequence, meta, true,
                      previous && previous->matchesRows ? &previous->sequence : nullptr);
        Sequence stored = sequence;
        stored.status = Status::Inactive;
        appendVersion(c, stored, VersionKind::Saved, note, previous ? &*previous : nullptr);
        const Query clear = c.query(deleteRecoverySql(c)); // this user's unsaved edits
        clear->bind(1, sequence.id).run();
        t.commit();
        return recordOf(sequence, meta);
    });
}

StoreResult<SequenceRecord> SequenceStore::clone(const QString &id, const QString &name,
                                                 const QString &description)
{
    return guardedValue<SequenceRecord>([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Sequence copy;
        {
            Transaction t(c, Transaction::Kind::Read);
            copy = load(c, id).sequence;
        }
        copy.name = name;
        copy.description = description;
        return insertNew(c, std::move(copy));
    });
}

StoreStatus SequenceStore::rename(const QString &id, const QString &name)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            refuse(StoreError::Invalid, problem);
        Transaction t(c);
        std::optional<Previous> previous = previousContent(c, id);
        QString description;
        {
            const Query q = c.query("SELECT description FROM sequences WHERE id = ?1");
            if (!q->bind(1, id).next())
                load(c, id); // refuses with NotFound
            description = q->text(0);
        }
        {
            // In a block: SQLite commits only once the statement is reset.
            const Query q = c.query("UPDATE sequences SET name = ?2, sort_name = ?3, "
                                    "search_text = ?4, modified_at = ?5, modified_by = ?6, "
                                    "version = version + 1 WHERE id = ?1 RETURNING seq");
            const bool changed = q->bind(1, id)
                                     .bind(2, name)
                                     .bind(3, name.toCaseFolded())
                                     .bind(4, foldForSearch(name + u'\n' + description))
                                     .bind(5, timestamp())
                                     .bind(6, c.user())
                                     .next();
            if (!changed)
                refuseNotYours(id);
        }
        if (previous) {
            Sequence renamed = previous->sequence;
            renamed.name = name;
            appendVersion(c, renamed, VersionKind::Saved, {}, &*previous, previous->matchesRows);
        }
        t.commit();
    });
}

StoreStatus SequenceStore::remove(const QString &id)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        bool deleted = false;
        {
            const Query q = c.query("DELETE FROM sequences WHERE id = ?1 RETURNING seq");
            deleted = q->bind(1, id).next();
        }
        if (!deleted) {
            load(c, id); // refuses with NotFound
            refuseNotYours(id);
        }
        t.commit();
    });
}

} // namespace sd
