// SPDX-License-Identifier: MIT
#pragma once

// The open SQLite connection of a Library and the helpers every store file shares: the
// statement cache, the guard that turns internal failures into StoreStatus, timestamps.
// Internal to model/library.

#include "library.h"
#include "sqlite.h"
#include "statement.h"
#include "storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <memory>

namespace sd::detail {

// The library's translatable texts: LibraryText::tr("...") is filed by lupdate, and looked up,
// under the context "Library".
struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(Library)
};

class PgSession;

// A cached statement, reset (bindings cleared) when the handle goes out of scope.
class Query
{
public:
    explicit Query(Statement &st) : m_st(st) {}
    ~Query() { m_st.reset(); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Statement *operator->() const { return &m_st; }
    Statement &operator*() const { return m_st; }

private:
    Statement &m_st;
};

// The open library: an SQLite file or a PostgreSQL team library (pgsession.h). The store code
// is the same for both; the few SQL texts that differ are chosen with isTeam().
class Connection
{
public:
    Connection(sql::DbHandle db, QString path, bool readOnly, int version);
    Connection(std::unique_ptr<PgSession> pg, QString path, bool readOnly, int version);
    ~Connection();

    // The SQLite handle; null for a team library.
    [[nodiscard]] sqlite3 *db() const { return m_db.get(); }
    // The PostgreSQL session of a team library; null for a file.
    [[nodiscard]] PgSession *pg() const { return m_pg.get(); }
    [[nodiscard]] bool isTeam() const { return m_pg != nullptr; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // A prepared statement kept for the life of the connection; `sql` must be a literal.
    [[nodiscard]] Query query(const char *sql);
    // A statement used once (SQL built at run time, such as the list's filters).
    [[nodiscard]] std::unique_ptr<Statement> prepare(const char *sql);
    // The first column of the first row as an integer (counts).
    [[nodiscard]] qint64 scalar(const char *sql);
    // True when the table exists (a library opened with an older chain, in tests).
    [[nodiscard]] bool hasTable(const char *name);

    void begin(bool write);
    void commit();
    void rollback() noexcept;

    // Throws a ReadOnly refusal when the library was opened read-only.
    void requireWritable() const;

    // Makes a Library around a connection (Library's constructor is private).
    [[nodiscard]] static std::unique_ptr<Library> wrap(std::unique_ptr<Connection> c);

private:
    sql::DbHandle m_db;
    std::unique_ptr<PgSession> m_pg;
    QString m_path;
    bool m_readOnly = false;
    int m_version = 0;
    bool m_writing = false; // the open transaction is a write (its commit leaves a change token)
    QString m_user;
    QHash<const char *, std::shared_ptr<Statement>> m_statements;
};

// One transaction of either store; rolls back unless commit() was called. A write transaction
// holds the library's write lock from the start (SQLite: BEGIN IMMEDIATE; PostgreSQL: the
// library's advisory lock), so a check made inside it (the 250 active sequences, a version
// saved by someone else) still holds when acting on it. A read transaction is one snapshot.
class Transaction
{
public:
    enum class Kind { Write, Read };
    explicit Transaction(Connection &c, Kind kind = Kind::Write) : m_c(c)
    {
        c.begin(kind == Kind::Write);
    }
    ~Transaction()
    {
        if (!m_done)
            m_c.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_c.commit();
        m_done = true;
    }

private:
    Connection &m_c;
    bool m_done = false;
};

// UTC, milliseconds, ISO 8601 with Z: sorts as text in time order.
// Milliseconds since 1970 (UTC): sorts and compares as a plain integer.
[[nodiscard]] qint64 timestamp(const QDateTime &when = QDateTime::currentDateTimeUtc());
[[nodiscard]] QDateTime parseTimestamp(qint64 msecs);
[[nodiscard]] QString newUuid();
[[nodiscard]] QString osUser();

[[noreturn]] void refuse(StoreError kind, const QString &message);
// A write that changed no row of a sequence this user can see: on a team library, row-level
// security keeps the sequence from this user's changes (a seller and someone else's sequence).
[[noreturn]] void refuseNotYours(const QString &id);
[[nodiscard]] StoreStatus statusFor(const sql::Failure &failure);

// Deletes a sequence's unsaved edits (?1 its id): on a team library only this user's, since
// each user has their own recovery rows there (teamschema.cpp, version 3).
[[nodiscard]] inline const char *deleteRecoverySql(const Connection &c)
{
    return c.isTeam() ? "DELETE FROM recovery WHERE sequence_id = ?1 AND owner = current_user"
                      : "DELETE FROM recovery WHERE sequence_id = ?1";
}

// Runs `work` and turns thrown failures and refusals into a status.
template <typename Work> StoreStatus guarded(Work &&work) noexcept
{
    try {
        work();
        return {};
    } catch (const sql::Failure &f) {
        return statusFor(f);
    } catch (const sql::Refusal &r) {
        return {StoreError(r.kind), r.message};
    } catch (const std::bad_alloc &) {
        return {StoreError::Failed, LibraryText::tr("Out of memory.")};
    }
}

template <typename T, typename Work> StoreResult<T> guardedValue(Work &&work) noexcept
{
    T value{};
    StoreStatus status = guarded([&] { value = work(); });
    if (!status)
        return StoreResult<T>(std::move(status));
    return StoreResult<T>(std::move(value));
}

} // namespace sd::detail
