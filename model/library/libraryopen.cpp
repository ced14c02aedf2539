// SPDX-License-Identifier: MIT
// Opening a library: check the path, look at the file without changing it (libraryprobe.cpp),
// refuse what is not ours (or is newer, or damaged) saying why, back up an older schema, then
// migrate, taking the write lock only when a migration is due. See docs/storage.md, "Opening a
// file".
#include "connection.h"
#include "hardening.h"
#include "library.h"
#include "librarypath.h"
#include "libraryprobe.h"
#include "migrations.h"
#include "teamlibrary.h"
#include "walcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace sd {

namespace {

using detail::checkPath;
using detail::Header;
using detail::inspect;
using detail::LibraryText;
using detail::PathCheck;
using detail::Probe;
using detail::probeOf;
using detail::readHeader;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A library this open created and could not set up (a full disk) leaves nothing behind.
void removeNewFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

OpenResult refusal(OpenStatus status, const QString &message, bool canRecover = false)
{
    OpenResult r;
    r.status = status;
    r.message = message;
    r.canRecover = canRecover;
    return r;
}

OpenResult notSqlite(const QString &file)
{
    return refusal(OpenStatus::NotSqlite,
                   LibraryText::tr("%1 is not a Sequence Designer library: it is not an SQLite "
                                   "database. The file was not changed. Open a library made by "
                                   "Sequence Designer, or name a new file to start an empty one.")
                       .arg(file));
}

// A path that must not reach SQLite: a URL, a folder, a FIFO or device (opening one blocks),
// a loop of links. Nothing is opened.
std::optional<OpenResult> pathRefusal(const PathCheck &check, const QString &path)
{
    const QString file = native(path);
    switch (check.kind) {
    case PathCheck::Url:
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("%1 looks like an address (URL), not a file. Sequence "
                                       "Designer opens library files and team libraries only: "
                                       "name the path of a file, or a team library as "
                                       "postgresql://user@host/database.")
                           .arg(path));
    case PathCheck::Folder:
        return refusal(
            OpenStatus::NotSqlite,
            LibraryText::tr("%1 is a folder, not a library file. Name a file.").arg(file));
    case PathCheck::Special:
        return refusal(OpenStatus::NotSqlite,
                       LibraryText::tr("%1 is not a regular file (it is a pipe, socket or "
                                       "device), so it was not opened. Name a library file.")
                           .arg(file));
    case PathCheck::LinkLoop:
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("%1 is a symbolic link that leads back to itself, so it "
                                       "names no file. Fix or remove the link, or name the "
                                       "library file itself.")
                           .arg(file));
    case PathCheck::Unreachable:
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("%1 cannot be reached (%2). Check the name and that you "
                                       "may open the folders above it.")
                           .arg(file, check.error));
    case PathCheck::Regular:
    case PathCheck::Missing:
        break;
    }
    return std::nullopt;
}

// Why SQLite could not open or read the file, by its result code: what happened and what to do,
// never SQLite's own words.
QString cannotUseText(int code, const QString &file)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return LibraryText::tr("The library %1 is in use by another program, which kept it "
                               "locked for %2 seconds. Try again in a moment; if this repeats, "
                               "close the other Sequence Designer windows and commands that use "
                               "it.")
            .arg(file)
            .arg(busyTimeoutMs / 1000);
    case SQLITE_FULL:
        return LibraryText::tr("The disk that holds the library %1 is full, so the library "
                               "could not be opened. The file was not changed. Free some space "
                               "and try again.")
            .arg(file);
    case SQLITE_IOERR:
        return LibraryText::tr("The library %1 could not be read from the disk (input/output "
                               "error). The file was not changed. Check the disk or network "
                               "drive that holds it, then try again.")
            .arg(file);
    case SQLITE_NOMEM:
        return LibraryText::tr("There is not enough memory to open the library %1. Close other "
                               "programs and try again.")
            .arg(file);
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return LibraryText::tr("You may not open the library %1. Check that you may read the "
                               "file and write its folder, or copy it to a folder of your own.")
            .arg(file);
    default:
        return LibraryText::tr("The library %1 could not be opened (SQLite error %2). The file "
                               "was not changed. Try again; if this repeats, restore it from a "
                               "backup.")
            .arg(file)
            .arg(code);
    }
}

OpenResult refusalFor(const Probe &p, const QString &path, int latest)
{
    const QString file = native(path);
    switch (p.kind) {
    case Probe::NotSqlite:
        return notSqlite(file);
    case Probe::Foreign:
        return refusal(
            OpenStatus::ForeignDatabase,
            LibraryText::tr("%1 is a database of another program, not a Sequence Designer "
                            "library. The file was not changed. Open a library made by "
                            "Sequence Designer, or name a new file to start an empty one.")
                .arg(file));
    case Probe::Mismatch:
        return refusal(
            OpenStatus::ForeignDatabase,
            LibraryText::tr("%1 is marked as a Sequence Designer library, but its tables are "
                            "not those of one (missing or different: %2). The file was not "
                            "changed. Open the library from a backup, or name a new file to "
                            "start an empty one.")
                .arg(file, p.differences.mid(0, 5).join(QStringLiteral(", "))));
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
                LibraryText::tr("The library %1 is damaged: SQLite's check of every page "
                                "failed. The file was not changed. Sequence Designer can copy "
                                "what is still readable into a new library: open the recovered "
                                "copy and check your sequences, or restore the file from a "
                                "backup.")
                    .arg(file),
                true);
        }
        return refusal(OpenStatus::Damaged,
                       LibraryText::tr("The library %1 is damaged beyond what can be recovered: "
                                       "even its list of tables cannot be read. The file was "
                                       "not changed. Restore it from a backup.")
                           .arg(file));
    default:
        return refusal(OpenStatus::Failed, cannotUseText(p.code, file));
    }
}

OpenResult strayWal(detail::WalVerdict verdict, const QString &path)
{
    const QString file = native(path);
    const QString wal = native(path + QStringLiteral("-wal"));
    if (verdict == detail::WalVerdict::Foreign) {
        return refusal(OpenStatus::StrayWal,
                       LibraryText::tr("The library %1 was not opened: the file %2 beside it "
                                       "belongs to another library (it was probably copied "
                                       "from elsewhere), and opening the two together would "
                                       "mix them. Neither file was changed. Close every "
                                       "program that uses the library, move %2 to another "
                                       "folder, then open the library again.")
                           .arg(file, wal));
    }
    return refusal(OpenStatus::StrayWal,
                   LibraryText::tr("The library %1 was not opened: the file %2 beside it holds "
                                   "an older or another state of this library than the "
                                   "library file (it was probably copied from another copy of "
                                   "the library), and opening the two together would silently "
                                   "replace the newest changes. Neither file was changed. "
                                   "Close every program that uses the library, move %2 to "
                                   "another folder, then open the library again.")
                       .arg(file, wal));
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
        const int code = (raw ? sqlite3_extended_errcode(raw) : rc) & 0xff;
        *error = code == SQLITE_FULL ? LibraryText::tr("the disk is full")
                 : code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM
                     ? LibraryText::tr("the folder cannot be written")
                     : LibraryText::tr("an input/output error");
        dest.reset();
        QFile::remove(target);
        return false;
    }
    return true;
}

// An SQLite file keeps its schema version in PRAGMA user_version; BEGIN IMMEDIATE is its write
// lock (runMigrations, migrations.h).
class SqliteMigrations final : public detail::MigrationTarget
{
public:
    explicit SqliteMigrations(sqlite3 *db) : m_db(db) {}
    int version() override { return int(sql::scalar(m_db, "PRAGMA user_version")); }
    void beginWrite() override { m_t.emplace(m_db); }
    void apply(const Migration &m) override
    {
        sql::exec(m_db, m.sql);
        sql::exec(m_db, QByteArray("PRAGMA user_version = " + QByteArray::number(m.version)));
    }
    void commit() override
    {
        m_t->commit();
        m_t.reset();
    }
    void rollback() noexcept override { m_t.reset(); }

private:
    sqlite3 *m_db;
    std::optional<sql::Transaction> m_t;
};

} // namespace

bool Library::isTeamLibrary(const QString &name)
{
    return detail::isTeamLibraryUrl(name);
}

OpenResult Library::open(const QString &path, const OpenOptions &options)
{
    if (detail::isTeamLibraryUrl(path))
        return detail::openTeamLibrary(path, options);
    const QList<Migration> &chain = options.migrations ? *options.migrations : migrations();
    const int latest = chain.isEmpty() ? 0 : chain.last().version;
    if (path.isEmpty())
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("No library file was named. Name a file."));

    const PathCheck where = checkPath(path);
    if (std::optional<OpenResult> refused = pathRefusal(where, path))
        return std::move(*refused);
    const QFileInfo info(path);
    const QString abs = info.absoluteFilePath();
    bool created = false;
    if (where.kind == PathCheck::Missing) {
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
    } else {
        QString error;
        switch (readHeader(abs, &error)) {
        case Header::NotSqlite:
            return notSqlite(native(abs));
        case Header::Unreadable:
            return refusal(OpenStatus::Failed,
                           LibraryText::tr("The library %1 cannot be read (%2). Check that "
                                           "you may read the file.")
                               .arg(native(abs), error));
        case Header::Empty:
        case Header::Sqlite:
            break;
        }
    }

    // The connection is read-write whenever the file can be written, even for a caller that
    // only reads (OpenOptions::readOnly, which then writes nothing at all): SQLite then removes
    // its -wal and -shm files when the last connection closes, which a read-only connection
    // cannot. Reading never takes the write lock either way.
    const bool writable =
        created || (info.isWritable() && QFileInfo(info.absolutePath()).isWritable());
    const bool hadSideFiles = QFileInfo::exists(abs + QStringLiteral("-wal")) ||
                              QFileInfo::exists(abs + QStringLiteral("-shm"));
    OpenedDb opened = openHardened(abs, writable ? AccessMode::ReadWrite : AccessMode::ReadOnly);
    Probe p = probeOf(Probe::Failed);
    p.code = opened.code;
    if (opened.db)
        p = created ? probeOf(Probe::Empty) : inspect(opened.db.get(), chain, latest);
    bool noSpace = false;
    if (p.kind == Probe::Failed && !created && !hadSideFiles &&
        ((p.code & 0xff) == SQLITE_IOERR || (p.code & 0xff) == SQLITE_FULL)) {
        // A full disk: SQLite could not make the -shm file it reads a WAL library through.
        // With no -wal there is nothing the main file lacks, and no program can write the
        // library without making one (on the same full disk): read it without them.
        opened.db.reset();
        QFile::remove(abs + QStringLiteral("-wal"));
        QFile::remove(abs + QStringLiteral("-shm"));
        opened = openHardened(abs, AccessMode::Inspect);
        p.code = opened.code;
        if (opened.db) {
            noSpace = true;
            p = inspect(opened.db.get(), chain, latest);
        }
    }
    if (!opened.db) {
        if (created)
            removeNewFile(abs);
        if ((opened.code & 0xff) == SQLITE_NOTADB)
            return notSqlite(native(abs));
        if ((opened.code & 0xff) == SQLITE_CORRUPT)
            return refusalFor(probeOf(Probe::Damaged), abs, latest);
        return refusal(OpenStatus::Failed, cannotUseText(opened.code, native(abs)));
    }
    sqlite3 *db = opened.db.get();
    if (!created) {
        if (const detail::WalVerdict stray = detail::checkWal(db, abs);
            stray != detail::WalVerdict::Fine) {
            // Closing the last connection would copy the -wal into the file: it must not.
            sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            return strayWal(stray, abs);
        }
    }
    const bool fileReadOnly = opened.readOnly || noSpace;
    if (p.kind != Probe::Ours && p.kind != Probe::Empty)
        return refusalFor(p, abs, latest);
    int version = p.version;

    OpenResult result;
    result.readOnly = fileReadOnly || options.readOnly;
    result.created = created || p.kind == Probe::Empty;
    try {
        if (version < latest && (fileReadOnly || options.readOnly)) {
            QString message;
            if (!fileReadOnly) // the caller only reads: it must not write, not even to set up
                message = LibraryText::tr("The library %1 must be set up or upgraded (to "
                                          "schema %2) before it can be read, and it was opened "
                                          "for reading only. The file was not changed. Open "
                                          "it for editing once to upgrade it.")
                              .arg(native(abs))
                              .arg(latest);
            else if (version == 0)
                message = LibraryText::tr("The library %1 is empty and read-only, so it cannot "
                                          "be set up. Name a file in a folder you can write to.")
                              .arg(native(abs));
            else
                message = LibraryText::tr("The library %1 was made by an older Sequence "
                                          "Designer (library schema %2) and must be upgraded to "
                                          "schema %3, but it is read-only. The file was not "
                                          "changed. Copy it to a folder you can write to and "
                                          "open the copy.")
                              .arg(native(abs))
                              .arg(version)
                              .arg(latest);
            return refusal(OpenStatus::CannotUpgrade, message);
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
        if (!result.readOnly) {
            // WAL: readers never block the writer, and a killed process leaves a consistent
            // file. synchronous=NORMAL in WAL mode loses no committed transaction when a
            // program crashes, only (rarely) the last ones on a power cut, and never corrupts.
            // Switching to WAL needs the write lock, so it is asked only when not yet WAL.
            bool wal = false;
            {
                sql::Statement mode(db, "PRAGMA journal_mode");
                wal = mode.next() && mode.text(0).compare(u"wal", Qt::CaseInsensitive) == 0;
            }
            if (!wal)
                sql::exec(db, "PRAGMA journal_mode = WAL");
            sql::exec(db, "PRAGMA synchronous = NORMAL");
            SqliteMigrations target(db);
            detail::runMigrations(target, chain);
        }
    } catch (const sql::Failure &f) {
        OpenResult failed = refusal(OpenStatus::Failed, cannotUseText(f.code, native(abs)));
        if (!result.backupPath.isEmpty()) {
            failed.message += u' ' + LibraryText::tr("The upgrade did not complete; the file "
                                                     "was left at schema %1, and a copy made "
                                                     "before it is at %2.")
                                         .arg(version)
                                         .arg(native(result.backupPath));
        }
        opened.db.reset();
        if (created)
            removeNewFile(abs);
        return failed;
    }
    if (version > 0 && version < latest)
        result.upgradedFrom = version;
    if (noSpace) {
        result.message =
            LibraryText::tr("The disk that holds the library %1 is full or failing, so it was "
                            "opened for reading only: you can look at and export its "
                            "sequences. Free some space, then open it again to change it.")
                .arg(native(abs));
    } else if (fileReadOnly) {
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
        std::make_unique<detail::Connection>(std::move(opened.db), abs, result.readOnly, latest));
    return result;
}

} // namespace sd
