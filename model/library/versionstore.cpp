// SPDX-License-Identifier: MIT
#include "versionstore.h"
#include "library.h"
#include "sequencediff.h"
#include "sequencerows.h"
#include "sequencestore.h"
#include "versionrows.h"

namespace sd {

using namespace detail;

namespace {

constexpr std::pair<VersionKind, const char *> kindKeys[] = {
    {VersionKind::Created, "created"},         {VersionKind::Saved, "saved"},
    {VersionKind::Imported, "imported"},       {VersionKind::Activated, "activated"},
    {VersionKind::Deactivated, "deactivated"}, {VersionKind::Earlier, "earlier"},
};

VersionKind kindFromKey(const QString &key)
{
    for (const auto &[kind, text] : kindKeys) {
        if (key == QLatin1String(text))
            return kind;
    }
    return VersionKind::Saved;
}

qint64 seqOf(Connection &c, const QString &id)
{
    const Query q = c.query("SELECT seq FROM sequences WHERE id = ?1");
    if (!q->bind(1, id).next()) {
        refuse(StoreError::NotFound,
               LibraryText::tr("There is no sequence with the id %1 in this library. Check the id "
                               "with `sequence-designer list`.")
                   .arg(id));
    }
    return q->integer(0);
}

bool hasVersionTable(Connection &c)
{
    return c.hasTable("sequence_versions");
}

// A sequence that has no version rows yet (saved before the library kept versions): its stored
// content is its one version.
SequenceVersion earlierVersion(Connection &c, const QString &id)
{
    std::optional<SequenceRecord> r = readSequence(c, id);
    if (!r)
        seqOf(c, id); // refuses with NotFound
    SequenceVersion v;
    v.info.number = 1;
    v.info.savedAt = r->modified;
    v.info.author = r->modifiedBy;
    v.info.kind = VersionKind::Earlier;
    v.sequence = std::move(r->sequence);
    return v;
}

VersionInfo infoFrom(const Statement &q)
{
    VersionInfo v;
    v.number = int(q.integer(0));
    v.savedAt = parseTimestamp(q.integer(1));
    v.author = q.text(2);
    v.kind = kindFromKey(q.text(3));
    v.note = q.text(4);
    v.added = int(q.integer(5));
    v.removed = int(q.integer(6));
    v.changed = int(q.integer(7));
    v.moved = int(q.integer(8));
    v.properties = q.text(9).split(u' ', Qt::SkipEmptyParts);
    return v;
}

[[noreturn]] void noSuchVersion(const QString &id, int number, qint64 newest)
{
    refuse(StoreError::NotFound,
           LibraryText::tr("The sequence %1 has versions 1 to %2; there is no version %3. List "
                           "them with `sequence-designer history %1`.")
               .arg(id)
               .arg(newest)
               .arg(number));
}

} // namespace

QString versionKindKey(VersionKind kind)
{
    for (const auto &[k, text] : kindKeys) {
        if (k == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

QString VersionInfo::shownNote() const
{
    if (!note.isEmpty())
        return note;
    switch (kind) {
    case VersionKind::Activated:
        return LibraryText::tr("Activated");
    case VersionKind::Deactivated:
        return LibraryText::tr("Deactivated");
    case VersionKind::Imported:
        return LibraryText::tr("Imported");
    case VersionKind::Earlier:
        return LibraryText::tr("As saved before versions were kept");
    case VersionKind::Created:
        return LibraryText::tr("Created");
    case VersionKind::Saved:
        break;
    }
    return {};
}

QString VersionInfo::summary() const
{
    if (number == 1)
        return LibraryText::tr("first version");
    return summarizeCounts(added, removed, changed, moved, properties);
}

StoreResult<QList<VersionInfo>> VersionStore::list(const QString &id) const
{
    return guardedValue<QList<VersionInfo>>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        const qint64 seq = seqOf(c, id);
        QList<VersionInfo> versions;
        if (hasVersionTable(c)) {
            const Query q = c.query("SELECT number, saved_at, saved_by, kind, note, added, "
                                    "removed, changed, moved, properties FROM sequence_versions "
                                    "WHERE seq = ?1 ORDER BY number");
            q->bind(1, seq);
            while (q->next())
                versions.append(infoFrom(*q));
        }
        if (versions.isEmpty())
            versions.append(earlierVersion(c, id).info);
        return versions;
    });
}

StoreResult<SequenceVersion> VersionStore::get(const QString &id, int number) const
{
    return guardedValue<SequenceVersion>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        const qint64 seq = seqOf(c, id);
        qint64 newest = 0;
        if (hasVersionTable(c)) {
            const Query q = c.query("SELECT max(number) FROM sequence_versions WHERE seq = ?1");
            if (q->bind(1, seq).next())
                newest = q->integer(0);
        }
        if (newest == 0) {
            if (number > 1)
                noSuchVersion(id, number, 1);
            return earlierVersion(c, id);
        }
        if (number < 0 || number > newest)
            noSuchVersion(id, number, newest);
        const Query q = c.query("SELECT number, saved_at, saved_by, kind, note, added, removed, "
                                "changed, moved, properties, content FROM sequence_versions "
                                "WHERE seq = ?1 AND number = ?2");
        if (!q->bind(1, seq).bind(2, number == 0 ? newest : qint64(number)).next())
            noSuchVersion(id, number, newest);
        SequenceVersion v;
        v.info = infoFrom(*q);
        std::optional<Sequence> content = decodeVersion(q->bytes(10));
        if (!content) {
            refuse(StoreError::Damaged,
                   LibraryText::tr("Version %1 of %2 cannot be read; the library may be damaged. "
                                   "Open another version, or restore the library from a backup.")
                       .arg(v.info.number)
                       .arg(id));
        }
        v.sequence = std::move(*content);
        v.sequence.id = id;
        return v;
    });
}

StoreResult<int> VersionStore::restore(const QString &id, int number)
{
    const StoreResult<SequenceVersion> old = get(id, number);
    if (!old)
        return old.status;
    Sequence s = old.value.sequence;
    s.status = Status::Inactive;
    const StoreResult<SequenceRecord> saved = SequenceStore(m_library).save(
        s, std::nullopt, LibraryText::tr("Restored version %1").arg(old.value.info.number));
    if (!saved)
        return saved.status;
    const StoreResult<QList<VersionInfo>> versions = list(id);
    if (!versions)
        return versions.status;
    return versions.value.last().number;
}

StoreResult<int> VersionStore::setNewestNote(const QString &id, const QString &note)
{
    return guardedValue<int>([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        seqOf(c, id); // refuses with NotFound
        const qint64 number = detail::setNewestNote(c, id, note.trimmed());
        t.commit();
        return int(number);
    });
}

} // namespace sd
