// SPDX-License-Identifier: MIT
// Opening a library: look at the file without changing it, refuse what is not ours (or is
// newer, or damaged), harden the connection for files from elsewhere, back up an older schema,
// then migrate. See docs/storage.md, "Opening a file".
#include "connection.h"
#include "hardening.h"
#include "library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

using detail::LibraryText;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What a read-only look at an existing file found.
struct Probe
{
    enum Kind { Ours, Empty, NotSqlite, Foreign, Newer, Damaged, Unreadable } kind = Unreadable;
    int version = 0;
    QString detail;
    bool canRecover = false;
};

Probe probe(const QString &path, int latest)
{
    // A zero-length file is a valid empty database to SQLite: treat it as a new library.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Probe::Unreadable, 0, file.errorString()};
    const qint64 size = file.size();
    const QByteArray head = file.read(100);
    file.close();
    if (size == 0)
        return {Probe::Empty, 0, {}};
    if (size < 512 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {Probe::NotSqlite, 0, {}};

    Probe result;
    const OpenedDb opened = openHardened(path, AccessMode::Inspect);
    if (!opened.db) {
        if ((opened.code & 0xff) == SQLITE_NOTADB)
            return {Probe::NotSqlite, 0, opened.error};
        if ((opened.code & 0xff) == SQLITE_CORRUPT)
            return {Probe::Damaged, 0, opened.error};
        return {Probe::Unreadable, 0, opened.error};
    }
    sqlite3 *db = opened.db.get();
    try {
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
        // quick_check reads every page but skips the index-versus-table cross checks: it
        // finds damage in time linear in the file size.
        sql::Statement check(db, "PRAGMA quick_check(5)");
        QStringList lines;
        while (check.next())
            lines.append(check.text(0));
        if (lines != QStringList{QStringLiteral("ok")}) {
            result.kind = Probe::Damaged;
            result.detail = lines.join(QStringLiteral("; "));
            result.canRecover =
                sql::scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'sequences'") > 0;
            return result;
        }
        result.kind = Probe::Ours;
        return result;
    } catch (const sql::Failure &f) {
        switch (f.code & 0xff) {
        case SQLITE_NOTADB:
            return {Probe::NotSqlite, 0, f.message};
        case SQLITE_CORRUPT: {
            // Salvage needs at least a readable schema naming our sequences table.
            bool canRecover = false;
            try {
                canRecover = sql::scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'sequences'") > 0;
            } catch (const sql::Failure &) {
            }
            return {Probe::Damaged, 0, f.message, canRecover};
        }
        default:
            return {Probe::Unreadable, 0, f.message};
        }
    }
}

OpenResult refusal(OpenStatus status, const QString &message, bool canRecover = false)
{
    OpenResult r;
    r.status = status;
    r.message = message;
    r.canRecover = canRecover;
    return r;
}

OpenResult refusalFor(const Probe &p, const QString &path, int latest)
{
    const QString file = native(path);
    switch (p.kind) {
    case Probe::NotSqlite:
        return refusal(
            OpenStatus::NotSqlite,
            LibraryText::tr("%1 is not a Sequence Designer library: it is not an SQLite "
                            "database. The file was not changed. Open a library made by "
                            "Sequence Designer, or name a new file to start an empty one.")
                .arg(file));
    case Probe::Foreign:
        return refusal(
            OpenStatus::ForeignDatabase,
            LibraryText::tr("%1 is a database of another program, not a Sequence Designer "
                            "library. The file was not changed. Open a library made by "
                            "Sequence Designer, or name a new file to start an empty one.")
                .arg(file));
    case Probe::Newer:
        return refusal(
            OpenStatus::NewerSchema,
            LibraryText::tr("The library %1 was made by a newer Sequence Designer (library "
                            "schema %2; this program knows up to %3). The file was not "
                            "changed. Update Sequence Designer to open it.")
                .arg(file)
                .arg(p.version)
                .arg(latest));
    case Probe::Damaged:
        if (p.canRecover) {
            return refusal(
                OpenStatus::Damaged,
                LibraryText::tr("The library %1 is damaged (%2). The file was not changed. "
                                "Sequence Designer can copy what is still readable into a "
                                "new library: open the recovered copy and check your "
                                "sequences, or restore the file from a backup.")
                    .arg(file, p.detail),
                true);
        }
        return refusal(
            OpenStatus::Damaged,
            LibraryText::tr("The library %1 is damaged beyond what can be recovered (%2). "
                            "The file was not changed. Restore it from a backup.")
                .arg(file, p.detail));
    default:
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("The library %1 cannot be read: %2. Check "
                                       "that you may read the file and its folder.")
                           .arg(file, p.detail));
    }
}

QString backupPathFor(const QString &path, int version)
{
    const QFileInfo fi(path);
    const QString suffix = fi.suffix().isEmpty() ? QStringLiteral("sqlite") : fi.suffix();
    const QString stem = fi.completeBaseName() + QStringLiteral(".v%1-backup").arg(version);
    QString candidate = fi.dir().filePath(stem + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = fi.dir().filePath(stem + QStringLiteral("-%1.").arg(n) + suffix);
    return candidate;
}

// A consistent copy through SQLite's backup API (a plain file copy could miss a WAL).
bool backup(sqlite3 *source, const QString &target, QString *error)
{
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sql::DbHandle dest(raw);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(dest.get(), "main", source, "main");
        if (!b) {
            rc = sqlite3_errcode(dest.get());
        } else {
            rc = sqlite3_backup_step(b, -1);
            sqlite3_backup_finish(b);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        dest.reset();
        QFile::remove(target);
        return false;
    }
    return true;
}

// Each migration in its own transaction. The version is read again inside the transaction, so
// two programs opening an old library at once migrate it once.
void migrate(sqlite3 *db, const QList<Migration> &chain)
{
    for (const Migration &m : chain) {
        sql::Transaction t(db);
        if (sql::scalar(db, "PRAGMA user_version") >= m.version)
            continue;
        sql::exec(db, m.sql);
        sql::exec(db, QByteArray("PRAGMA user_version = " + QByteArray::number(m.version)));
        t.commit();
    }
}

} // namespace

OpenResult Library::open(const QString &path, const OpenOptions &options)
{
    const QList<Migration> &chain = options.migrations ? *options.migrations : migrations();
    const int latest = chain.isEmpty() ? 0 : chain.last().version;
    if (path.isEmpty())
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("No library file was named. Name a file."));

    const QFileInfo info(path);
    const QString abs = info.absoluteFilePath();
    bool created = false;
    int version = 0;
    if (!info.exists()) {
        if (!options.create || options.readOnly) {
            return refusal(
                OpenStatus::Missing,
                LibraryText::tr("There is no library at %1. Check the file name, or import "
                                "a sequence file to start a new library there.")
                    .arg(native(abs)));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return refusal(
                OpenStatus::Failed,
                LibraryText::tr("The folder %1 cannot be created. Choose a folder you can "
                                "write to.")
                    .arg(native(info.absolutePath())));
        }
        created = true;
    } else if (info.isDir()) {
        return refusal(
            OpenStatus::NotSqlite,
            LibraryText::tr("%1 is a folder, not a library file. Name a file.").arg(native(abs)));
    } else {
        const Probe p = probe(abs, latest);
        if (p.kind != Probe::Ours && p.kind != Probe::Empty)
            return refusalFor(p, abs, latest);
        created = p.kind == Probe::Empty;
        version = p.version;
    }

    const bool wantWrite =
        !options.readOnly &&
        (created || (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()));
    OpenedDb opened = openHardened(abs, wantWrite ? AccessMode::ReadWrite : AccessMode::ReadOnly);
    if (!opened.db) {
        return refusal(
            OpenStatus::Failed,
            LibraryText::tr("The library %1 cannot be opened: %2. Check that you may read "
                            "the file and its folder.")
                .arg(native(abs), opened.error));
    }
    sqlite3 *db = opened.db.get();
    const bool readOnly = opened.readOnly;

    OpenResult result;
    result.readOnly = readOnly;
    result.created = created;
    try {
        version = int(sql::scalar(db, "PRAGMA user_version"));
        if (version < latest && readOnly) {
            return refusal(
                OpenStatus::CannotUpgrade,
                version == 0
                    ? LibraryText::tr("The library %1 is empty and read-only, so it cannot "
                                      "be set up. Name a file in a folder you can write to.")
                          .arg(native(abs))
                    : LibraryText::tr("The library %1 was made by an older Sequence Designer "
                                      "(library schema %2) and must be upgraded to schema "
                                      "%3, but it is read-only. The file was not changed. "
                                      "Copy it to a folder you can write to and open the "
                                      "copy.")
                          .arg(native(abs))
                          .arg(version)
                          .arg(latest));
        }
        if (version > 0 && version < latest) {
            result.backupPath = backupPathFor(abs, version);
            QString error;
            if (!backup(db, result.backupPath, &error)) {
                return refusal(
                    OpenStatus::Failed,
                    LibraryText::tr("The library %1 needs an upgrade, but the backup copy "
                                    "%2 could not be written (%3). Nothing was changed. "
                                    "Free some space or make the folder writable, then "
                                    "open it again.")
                        .arg(native(abs), native(result.backupPath), error));
            }
        }
        if (!readOnly) {
            // WAL: readers never block the writer, and a killed process leaves a consistent
            // file. synchronous=NORMAL in WAL mode loses no committed transaction when a
            // program crashes, only (rarely) the last ones on a power cut, and never corrupts.
            sql::exec(db, "PRAGMA journal_mode = WAL");
            sql::exec(db, "PRAGMA synchronous = NORMAL");
            migrate(db, chain);
        }
    } catch (const sql::Failure &f) {
        OpenResult failed = refusal(
            OpenStatus::Failed,
            LibraryText::tr(
                "The library %1 could not be prepared (%2). It was left as it was%3; try "
                "again, and if this repeats, open the backup copy or another library.")
                .arg(native(abs), f.message,
                     result.backupPath.isEmpty() ? QString()
                                                 : LibraryText::tr(", and a backup is at %1")
                                                       .arg(native(result.backupPath))));
        if ((f.code & 0xff) == SQLITE_BUSY)
            failed.message = detail::statusFor(f).message;
        return failed;
    }
    if (version > 0 && version < latest)
        result.upgradedFrom = version;
    if (readOnly) {
        result.message =
            LibraryText::tr("The library %1 is read-only: you can look at and export its "
                            "sequences, but not change them. To edit, copy it to a folder "
                            "you can write to and open the copy.")
                .arg(native(abs));
    } else if (result.upgradedFrom > 0) {
        result.message =
            LibraryText::tr("The library was upgraded from schema %1 to %2; the old file "
                            "was kept as %3.")
                .arg(result.upgradedFrom)
                .arg(latest)
                .arg(native(result.backupPath));
    }
    result.status = OpenStatus::Opened;
    result.library = detail::Connection::wrap(
        std::make_unique<detail::Connection>(std::move(opened.db), abs, readOnly, latest));
    return result;
}

} // namespace sd
