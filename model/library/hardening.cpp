// SPDX-License-Identifier: MIT
#include "hardening.h"

#include <QFileInfo>
#include <QUrl>

namespace sd {

namespace {

// A file: URI so that mode=ro and immutable=1 can be asked for; QUrl percent-encodes the path.
QByteArray uriFor(const QString &path, bool readOnly, bool immutable)
{
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    QByteArrayList query;
    if (readOnly)
        query.append("mode=ro");
    if (immutable)
        query.append("immutable=1");
    if (!query.isEmpty())
        uri += '?' + query.join('&');
    return uri;
}

OpenedDb attempt(const QString &path, bool write, bool immutable)
{
    OpenedDb r;
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE |
                      (write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
    const int rc =
        sqlite3_open_v2(uriFor(path, !write, immutable).constData(), &raw, flags, nullptr);
    r.db.reset(raw);
    if (rc != SQLITE_OK) {
        r.code = rc;
        r.error = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        r.db.reset();
        return r;
    }
    // SQLite silently opens read-only a file it may not write.
    r.readOnly = !write || sqlite3_db_readonly(raw, "main") == 1;
    try {
        harden(raw);
    } catch (const sql::Failure &f) {
        r.code = f.code;
        r.error = f.message;
        r.db.reset();
    }
    return r;
}

} // namespace

void harden(sqlite3 *db)
{
    sqlite3_extended_result_codes(db, 1);
    // Defensive mode forbids writing the schema by hand and other ways to corrupt the file
    // through SQL; an untrusted schema may not call functions with side effects; we use no
    // triggers, views or extensions, so a crafted file cannot smuggle code in through them.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    // Limits well above what a library needs (a 100,000-step order list is ~7 MB), well below
    // what a hostile file could use to exhaust memory.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    // No memory mapping (a damaged file could fault the process), so a larger page cache
    // (16 MB, about 10,000 sequences' list columns) saves re-reading pages through the OS.
    sql::exec(db, "PRAGMA trusted_schema = OFF;"
                  "PRAGMA mmap_size = 0;"
                  "PRAGMA cache_size = -16000;"
                  "PRAGMA cell_size_check = ON;"
                  "PRAGMA foreign_keys = ON;");
}

OpenedDb openHardened(const QString &path, AccessMode mode)
{
    const QFileInfo info(path);
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hasJournal = QFileInfo::exists(path + QStringLiteral("-journal"));
    if (mode == AccessMode::ReadWrite) {
        OpenedDb r = attempt(path, true, false);
        const int code = r.code & 0xff;
        if (r.db || (code != SQLITE_READONLY && code != SQLITE_CANTOPEN && code != SQLITE_PERM))
            return r;
    }
    // immutable=1 reads without locks and without creating -wal/-shm files. Only for a file
    // nobody may be writing: a damaged file being salvaged (Inspect), or a file this user may
    // not write (in a read-only folder SQLite could not create the -shm file; in a writable
    // one a read-only connection would leave an empty -wal and a -shm behind, as it cannot
    // remove them). Never while a WAL or journal holds data the main file lacks. A library
    // other programs may be writing is read with locks: an unlocked read meets pages a
    // checkpoint is rewriting and looks damaged.
    const bool mayWrite = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    const bool immutable = !hasWal && !hasJournal && (mode == AccessMode::Inspect || !mayWrite);
    return attempt(path, false, immutable);
}

} // namespace sd
