// SPDX-License-Identifier: MIT
#pragma once

// The PostgreSQL side of a team library: one libpq connection (PgSession) and its prepared
// statements (PgStatement), behind the same Statement interface as SQLite's. Failures throw
// sql::Failure with the server's SQLSTATE, which pgStatusFor turns into a StoreStatus.
// Internal to model/library; docs/storage.md, "Team library on PostgreSQL".

#include "statement.h"
#include "storeresult.h"

#include <QList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace sd::detail {

struct PgResultDeleter
{
    void operator()(pg_result *r) const;
};
using PgResult = std::unique_ptr<pg_result, PgResultDeleter>;

class PgSession
{
public:
    // Connects with a libpq connection URI (postgresql://user@host:port/db?host=/socket/dir).
    // Returns null with `error` set (libpq's words) when the server cannot be reached.
    [[nodiscard]] static std::unique_ptr<PgSession> connect(const QString &url, QString *error);
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    [[nodiscard]] pg_conn *handle() const { return m_conn; }
    // Runs SQL without parameters (may hold several statements); throws on failure.
    void exec(const char *sql);
    // The first column of the first row as an integer; 0 when there is no row.
    [[nodiscard]] qint64 scalar(const char *sql);
    // `name` quoted as an SQL identifier (a role's name).
    [[nodiscard]] QByteArray identifier(const QString &name) const;
    // A name for the next prepared statement of this connection.
    [[nodiscard]] QByteArray nextStatementName() { return "sd" + QByteArray::number(++m_named); }
    // The connection's socket (for a QSocketNotifier), and whether a notification of another
    // server process arrived since the last call (reads without waiting).
    [[nodiscard]] int socket() const;
    [[nodiscard]] bool takeOthersNotifications();
    // Throws sql::Failure for a result that is not a success.
    void check(const PgResult &result) const;

private:
    explicit PgSession(pg_conn *conn) : m_conn(conn) {}
    pg_conn *m_conn;
    int m_named = 0;
};

class PgStatement final : public Statement
{
public:
    // `sql` uses SQLite's ?N parameters; `named`: prepared once on the server and kept.
    PgStatement(PgSession &session, const char *sql, bool named);

    bool next() override;
    void run() override;
    void reset() override;
    [[nodiscard]] QString text(int col) const override;
    [[nodiscard]] QByteArray bytes(int col) const override;
    [[nodiscard]] qint64 integer(int col) const override;
    [[nodiscard]] double real(int col) const override;
    [[nodiscard]] bool isNull(int col) const override;

protected:
    void bindText(int i, const QByteArray &utf8) override;
    void bindInteger(int i, qint64 v) override;
    void bindReal(int i, double v) override;
    void bindNullValue(int i) override;
    void bindBlobValue(int i, const QByteArray &bytes) override;

private:
    void set(int i, QByteArray value, bool binary);
    void execute();

    PgSession &m_session;
    QList<int> m_slot; // ?N -> index into m_values, -1 when ?N is not used (before m_sql)
    QByteArray m_sql;  // with $1, $2... numbered densely
    QByteArray m_name; // empty: unnamed (prepared with each run)
    QList<QByteArray> m_values;
    QList<bool> m_null;
    QList<bool> m_binary;
    PgResult m_result;
    int m_row = -1;
};

// SQLite's ?N parameters as PostgreSQL's $k, numbered in order of first use (PostgreSQL must
// know the type of every parameter up to the highest). `numbering` maps N to k - 1.
[[nodiscard]] QByteArray pgParameters(const char *sql, QList<int> *numbering);

// What happened and what to do when a connection failed, from libpq's message (English, as
// libpq writes it whatever the locale): wrong user or password, no such database, unknown host,
// no answer, nothing listening. Complete sentences, in the user's language.
[[nodiscard]] QString connectionProblem(const QString &libpq, bool needsPassword);

// What happened and what to do for a failure with a SQLSTATE, in the user's words.
[[nodiscard]] StoreStatus pgStatusFor(const QByteArray &sqlState);

} // namespace sd::detail
