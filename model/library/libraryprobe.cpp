// SPDX-License-Identifier: MIT
#include "libraryprobe.h"
#include "schemacheck.h"

#include <QFile>
#include <QThread>

namespace sd::detail {

Header readHeader(const QString &path, QString *error)
{
    // A zero-length file is a valid empty database to SQLite: treat it as a new library.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return Header::Unreadable;
    }
    const qint64 size = file.size();
    const QByteArray head = file.read(100);
    if (size == 0)
        return Header::Empty;
    if (size < 512 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Header::NotSqlite;
    return Header::Sqlite;
}

Probe probeOf(Probe::Kind kind)
{
    Probe p;
    p.kind = kind;
    return p;
}

namespace {

bool hasSequencesTable(sqlite3 *db)
{
    try {
        return sql::scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'sequences'") > 0;
    } catch (const sql::Failure &) {
        return false;
    }
}

Probe inspectOnce(sqlite3 *db, const QList<Migration> &chain, int latest)
{
    Probe result;
    try {
        sql::Transaction read(db, sql::Transaction::Kind::Read);
        const qint64 objects = sql::scalar(db, "SELECT count(*) FROM sqlite_schema");
        const qint64 appId = sql::scalar(db, "PRAGMA application_id");
        result.version = int(sql::scalar(db, "PRAGMA user_version"));
        if (appId == 0 && objects == 0 && result.version == 0) {
            result.kind = Probe::Empty;
            return result;
        }
        if (appId != Library::applicationId) {
            result.kind = Probe::Foreign;
            return result;
        }
        if (result.version > latest) {
            result.kind = Probe::Newer;
            return result;
        }
        result.differences = result.version == 0 ? QStringList{QStringLiteral("user_version")}
                                                 : schemaDifferences(db, chain, result.version);
        if (!result.differences.isEmpty()) {
            result.kind = Probe::Mismatch;
            return result;
        }
        // quick_check reads every page but skips the index-versus-table cross checks: it
        // finds damage in time linear in the file size.
        sql::Statement check(db, "PRAGMA quick_check(5)");
        QStringList lines;
        while (check.next())
            lines.append(check.text(0));
        if (lines != QStringList{QStringLiteral("ok")}) {
            result.kind = Probe::Damaged;
            result.canRecover = hasSequencesTable(db);
            return result;
        }
        result.kind = Probe::Ours;
        return result;
    } catch (const sql::Failure &f) {
        switch (f.code & 0xff) {
        case SQLITE_NOTADB:
            return probeOf(Probe::NotSqlite);
        case SQLITE_CORRUPT: {
            Probe damaged = probeOf(Probe::Damaged);
            damaged.canRecover = hasSequencesTable(db); // salvage needs a readable schema
            return damaged;
        }
        default:
            Probe failed = probeOf(Probe::Failed);
            failed.code = f.code;
            return failed;
        }
    }
}

} // namespace

// A damaged verdict is looked at twice: a second look in a fresh read transaction costs nothing
// on a healthy file and would catch anything transient the first one met.
Probe inspect(sqlite3 *db, const QList<Migration> &chain, int latest)
{
    Probe p = inspectOnce(db, chain, latest);
    if (p.kind == Probe::Damaged) {
        QThread::msleep(50);
        p = inspectOnce(db, chain, latest);
    }
    return p;
}

} // namespace sd::detail
