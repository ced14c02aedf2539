// SPDX-License-Identifier: MIT
#include "versionrows.h"
#include "sequencediff.h"
#include "sequencefile.h"
#include "sequencerows.h"

#include <QMutex>

namespace sd::detail {

namespace {

// The newest version each connection wrote or read, so that a save compares with it instead of
// reading the stored rows back (14 ms at 10,000 steps). Keyed by the library file, the id and the
// newest version's number and instant: another program's save makes a different newest version,
// and the entry is then ignored.
struct Remembered
{
    QString path;
    QString id;
    qint64 number = 0;
    qint64 savedAt = 0;
    Sequence sequence;
    bool matchesRows = false;
};

QMutex rememberedLock;
QList<Remembered> remembered; // the most recent first
constexpr qsizetype rememberedMax = 8;

void remember(const Connection &c, const Sequence &s, qint64 number, qint64 savedAt,
              bool matchesRows)
{
    QMutexLocker lock(&rememberedLock);
    for (qsizetype i = 0; i < remembered.size(); ++i) {
        if (remembered[i].path == c.path() && remembered[i].id == s.id) {
            remembered.removeAt(i);
            break;
        }
    }
    remembered.prepend({c.path(), s.id, number, savedAt, s, matchesRows});
    if (remembered.size() > rememberedMax)
        remembered.removeLast();
}

std::optional<Remembered> recalled(const Connection &c, const QString &id, qint64 number,
                                   qint64 savedAt)
{
    QMutexLocker lock(&rememberedLock);
    for (const Remembered &r : std::as_const(remembered)) {
        if (r.path == c.path() && r.id == id && r.number == number && r.savedAt == savedAt)
            return r;
    }
    return std::nullopt;
}

// A library opened with an older migration chain (tests of upgrades) has no version table.
bool keepsVersions(Connection &c)
{
    return c.hasTable("sequence_versions");
}

struct Newest
{
    qint64 seq = 0;
    qint64 number = 0; // 0: no versions yet
    qint64 savedAt = 0;
};

std::optional<Newest> newest(Connection &c, const QString &id)
{
    Newest n;
    {
        const Query q = c.query("SELECT seq FROM sequences WHERE id = ?1");
        if (!q->bind(1, id).next())
            return std::nullopt;
        n.seq = q->integer(0);
    }
    const Query q = c.query("SELECT number, saved_at FROM sequence_versions WHERE seq = ?1 "
                            "ORDER BY number DESC LIMIT 1");
    if (q->bind(1, n.seq).next()) {
        n.number = q->integer(0);
        n.savedAt = q->integer(1);
    }
    return n;
}

void insertVersion(Connection &c, qint64 seq, qint64 number, qint64 savedAt, const QString &savedBy,
                   VersionKind kind, const QString &note, const QList<Change> &changes,
                   const Sequence &s)
{
    int counts[4] = {0, 0, 0, 0};
    QStringList properties;
    for (const Change &ch : changes) {
        if (ch.kind == ChangeKind::Property)
            properties.append(ch.key);
        else
            ++counts[int(ch.kind)];
    }
    const QByteArray content = encodeVersion(s);
    const Query q = c.query(
        "INSERT INTO sequence_versions (seq, number, saved_at, saved_by, kind, note, added, "
        "removed, changed, moved, properties, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12)");
    q->bind(1, seq)
        .bind(2, number)
        .bind(3, savedAt)
        .bind(4, savedBy)
        .bind(5, versionKindKey(kind))
        .bind(6, note)
        .bind(7, counts[0])
        .bind(8, counts[1])
        .bind(9, counts[2])
        .bind(10, counts[3])
        .bind(11, properties.join(u' '))
        .bindBlob(12, content)
        .run();
}

} // namespace

// zlib at level 1: a 10,000-step version shrinks from 1.4 MiB to about 100 KiB for about 2 ms
// (bench_versions), which makes a library of many versions 15 times smaller.
QByteArray encodeVersion(const Sequence &sequence)
{
    return qCompress(writeSequenceFile({sequence}), 1);
}

std::optional<Sequence> decodeVersion(const QByteArray &stored)
{
    ReadResult read = readSequenceFile(qUncompress(stored));
    if (!read.ok() || read.sequences.size() != 1)
        return std::nullopt;
    return std::move(read.sequences.first());
}

std::optional<Previous> previousContent(Connection &c, const QString &id)
{
    // Without the version table (a library opened with an older migration chain) there is no
    // version to append, so nothing to compare with: reading the rows would be wasted.
    if (!keepsVersions(c))
        return std::nullopt;
    const std::optional<Newest> n = newest(c, id);
    if (!n)
        return std::nullopt;
    if (std::optional<Remembered> r = recalled(c, id, n->number, n->savedAt))
        return Previous{std::move(r->sequence), n->savedAt, {}, r->matchesRows};
    std::optional<SequenceRecord> r = readSequence(c, id);
    if (!r)
        return std::nullopt;
    return Previous{std::move(r->sequence), r->modified.toMSecsSinceEpoch(), r->modifiedBy,
                    r->damagedParams.isEmpty()};
}

void rememberContent(Connection &c, const Sequence &sequence, bool matchesRows)
{
    if (!keepsVersions(c))
        return;
    if (const std::optional<Newest> n = newest(c, sequence.id); n && n->number > 0)
        remember(c, sequence, n->number, n->savedAt, matchesRows);
}

void appendVersion(Connection &c, const Sequence &sequence, VersionKind kind, const QString &note,
                   const Previous *previous, bool matchesRows)
{
    if (!keepsVersions(c))
        return;
    const std::optional<Newest> n = newest(c, sequence.id);
    if (!n)
        return;
    qint64 number = n->number;
    if (number == 0 && previous) {
        // A sequence from before versions were kept: its content until now is version 1.
        insertVersion(c, n->seq, ++number, previous->modifiedAt, previous->modifiedBy,
                      VersionKind::Earlier, {}, {}, previous->sequence);
    }
    const bool sameContent = kind == VersionKind::Activated || kind == VersionKind::Deactivated;
    const QList<Change> changes =
        previous && !sameContent ? compareSequences(previous->sequence, sequence) : QList<Change>();
    const qint64 now = timestamp();
    insertVersion(c, n->seq, ++number, now, c.user(), kind, note, changes, sequence);
    remember(c, sequence, number, now, matchesRows);
}

qint64 setNewestNote(Connection &c, const QString &id, const QString &note)
{
    const std::optional<Newest> n = newest(c, id);
    if (!n)
        return 0;
    if (n->number == 0) {
        std::optional<SequenceRecord> r = readSequence(c, id);
        if (!r)
            return 0;
        insertVersion(c, n->seq, 1, r->modified.toMSecsSinceEpoch(), r->modifiedBy,
                      VersionKind::Earlier, note, {}, r->sequence);
        return 1;
    }
    const Query q =
        c.query("UPDATE sequence_versions SET note = ?3 WHERE seq = ?1 AND number = ?2");
    q->bind(1, n->seq).bind(2, n->number).bind(3, note).run();
    return n->number;
}

} // namespace sd::detail
