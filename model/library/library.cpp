// SPDX-License-Identifier: MIT
// The Library handle and the helpers shared by the store files. Opening lives in
// libraryopen.cpp, the schema in schema.cpp.
#include "library.h"
#include "connection.h"
#include "pgsession.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace sd {

namespace detail {

Connection::Connection(sql::DbHandle db, QString path, bool readOnly, int version)
    : m_db(std::move(db)), m_path(std::move(path)), m_readOnly(readOnly), m_version(version),
      m_user(osUser())
{
}

Connection::Connection(std::unique_ptr<PgSession> pg, QString path, bool readOnly, int version)
    : m_pg(std::move(pg)), m_path(std::move(path)), m_readOnly(readOnly), m_version(version),
      m_user(osUser())
{
}

Connection::~Connection()
{
    m_statements.clear(); // before the handle they belong to
}

Query Connection::query(const char *sql)
{
    std::shared_ptr<Statement> &st = m_statements[sql];
    if (!st) {
        if (m_pg)
            st = std::make_shared<PgStatement>(*m_pg, sql, true);
        else
            st = std::make_shared<SqliteStatement>(db(), sql);
    }
    return Query(*st);
}

std::unique_ptr<Statement> Connection::prepare(const char *sql)
{
    if (m_pg)
        return std::make_unique<PgStatement>(*m_pg, sql, false);
    return std::make_unique<SqliteStatement>(db(), sql);
}

qint64 Connection::scalar(const char *sql)
{
    const Query q = query(sql);
    return q->next() ? q->integer(0) : 0;
}

bool Connection::hasTable(const char *name)
{
    const Query q = query(m_pg ? "SELECT 1 WHERE to_regclass(?1) IS NOT NULL"
                               : "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    return q->bind(1, name).next();
}

// The key of the team library's write lock (pg_advisory_xact_lock): "SDLB", as SQLite's
// application_id.
constexpr qint64 teamWriteLock = Library::applicationId;

void Connection::begin(bool write)
{
    m_writing = write;
    if (!m_pg) {
        sql::exec(db(), write ? "BEGIN IMMEDIATE" : "BEGIN");
        return;
    }
    if (write) {
        static const QByteArray sql =
            "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(teamWriteLock) + ")";
        m_pg->exec(sql.constData());
    } else {
        m_pg->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
}

void Connection::commit()
{
    if (m_pg) {
        // Other sessions listening hear of the change when it commits (teamopen.cpp).
        m_pg->exec(m_writing ? "NOTIFY sd_library_changed; COMMIT" : "COMMIT");
        return;
    }
    if (m_writing) // the stray -wal check's change token (walcheck.cpp)
        sql::stampChange(db());
    sql::exec(db(), "COMMIT");
}

void Connection::rollback() noexcept
{
    try {
        if (m_pg)
            m_pg->exec("ROLLBACK");
        else
            sqlite3_exec(db(), "ROLLBACK", nullptr, nullptr, nullptr);
    } catch (...) { // a lost connection has rolled back already
    }
}

void Connection::requireWritable() const
{
    if (m_readOnly) {
        refuse(StoreError::ReadOnly,
               LibraryText::tr(
                   "The library %1 is open read-only, so nothing can be changed. Copy it to "
                   "a folder you can write to and open the copy.")
                   .arg(QDir::toNativeSeparators(m_path)));
    }
}

std::unique_ptr<Library> Connection::wrap(std::unique_ptr<Connection> c)
{
    return std::unique_ptr<Library>(new Library(std::move(c)));
}

qint64 timestamp(const QDateTime &when)
{
    return when.toMSecsSinceEpoch();
}

QDateTime parseTimestamp(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) // services and containers often set neither: the home folder's name
        user = QDir::home().dirName();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void refuse(StoreError kind, const QString &message)
{
    throw sql::Refusal{int(kind), message};
}

void refuseNotYours(const QString &id)
{
    refuse(StoreError::Refused,
           LibraryText::tr("The sequence %1 belongs to someone else, and your role in the team "
                           "library lets you change only your own sequences. Save a copy to "
                           "change it, or ask a sequence manager.")
               .arg(id));
}

// What happened and what to do, by SQLite's result code; never SQLite's own words (they name
// tables and columns, and mean nothing to a user).
StoreStatus statusFor(const sql::Failure &failure)
{
    if (!failure.sqlState.isEmpty())
        return pgStatusFor(failure.sqlState);
    switch (failure.code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            StoreError::Busy,
            LibraryText::tr("The library is in use by another program and stayed locked. Try again "
                            "in a moment; if it keeps happening, close other Sequence Designer "
                            "windows that use the same library.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {StoreError::ReadOnly,
                LibraryText::tr("The library file cannot be written, so nothing was changed. Check "
                                "that the file and its folder are writable, or copy it somewhere "
                                "you can write to.")};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StoreError::Damaged,
                LibraryText::tr("The library file is damaged, so nothing was changed. Close it and "
                                "open it again to be offered a recovered copy.")};
    case SQLITE_FULL:
        return {StoreError::Failed,
                LibraryText::tr(
                    "The disk is full, so the change was not saved. Free some space and try "
                    "again.")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {StoreError::Failed,
                LibraryText::tr("The library could not be read from or written to the disk "
                                "(input/output error), so nothing was changed. Check the disk or "
                                "network drive that holds it, then try again.")};
    case SQLITE_NOMEM:
        return {StoreError::Failed,
                LibraryText::tr("There was not enough memory, so nothing was changed. Close other "
                                "programs and try again.")};
    case SQLITE_TOOBIG:
        return {StoreError::Invalid,
                LibraryText::tr("A value is larger than the library holds (64 MiB), so nothing "
                                "was changed. Shorten the texts or split the sequence.")};
    case SQLITE_CONSTRAINT:
        return {StoreError::Invalid,
                LibraryText::tr("The change breaks a rule of the library (a name too long or "
                                "empty, an id used twice, a tag level with /), so it was not "
                                "saved. Correct it and try again.")};
    case SQLITE_ERROR:
    case SQLITE_SCHEMA:
        return {StoreError::Failed,
                LibraryText::tr("The library's tables are not as this program expects (another "
                                "program may have changed them), so nothing was changed. Close "
                                "the library and open it again; if this repeats, restore it from "
                                "a backup.")};
    default:
        return {StoreError::Failed,
                LibraryText::tr("The library could not complete the operation (SQLite error %1), "
                                "so nothing was changed. Try again; if this repeats, close the "
                                "library and open it again.")
                    .arg(failure.code)};
    }
}

} // namespace detail

Library::Library(std::unique_ptr<detail::Connection> connection)
    : m_connection(std::move(connection))
{
}

Library::~Library() = default;

QString Library::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

int Library::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

QString Library::path() const
{
    return m_connection->path();
}

bool Library::isTeam() const
{
    return m_connection->isTeam();
}

bool Library::isReadOnly() const
{
    return m_connection->readOnly();
}

int Library::schemaVersion() const
{
    return m_connection->version();
}

QString Library::user() const
{
    return m_connection->user();
}

void Library::setUser(const QString &user)
{
    m_connection->setUser(user);
}

QString Library::integrityCheck() const
{
    if (m_connection->isTeam()) // the server checks its own pages
        return QStringLiteral("ok");
    QStringList lines;
    const detail::Query q = m_connection->query("PRAGMA integrity_check");
    try {
        while (q->next())
            lines.append(q->text(0));
    } catch (const sql::Failure &f) {
        lines.append(f.message);
    }
    return lines.join(u'\n');
}

} // namespace sd
