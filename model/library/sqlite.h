// SPDX-License-Identifier: MIT
#pragma once

// Thin RAII wrappers over the sqlite3 C API, used only inside model/library. Failures throw
// sql::Failure, which every public store method catches at its boundary and turns into a
// StoreStatus: nothing throws out of the model, and a half-done transaction always rolls back.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <utility>

namespace sd::sql {

struct Failure
{
    int code = SQLITE_ERROR; // extended result code
    QString message;
    QByteArray sqlState; // a team library's failure: PostgreSQL's SQLSTATE (code is then unused)
};

// A failure of our own checks (not SQLite's), carried out of a transaction the same way.
struct Refusal
{
    int kind = 0; // a StoreError, as int so this header needs no public one
    QString message;
};

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

[[noreturn]] inline void fail(sqlite3 *db, int code)
{
    throw Failure{code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)), {}};
}

inline void check(sqlite3 *db, int code)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        fail(db, code);
}

// A prepared statement. Bind by 1-based index, then next() for rows or run() for writes.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        check(db, sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&o) noexcept
        : m_db(std::exchange(o.m_db, nullptr)), m_stmt(std::exchange(o.m_stmt, nullptr))
    {
    }
    Statement &operator=(Statement &&o) noexcept
    {
        std::swap(m_db, o.m_db);
        std::swap(m_stmt, o.m_stmt);
        return *this;
    }

    Statement &bind(int i, const QString &v)
    {
        if (v.isNull())
            return bindEmptyText(i);
        const QByteArray utf8 = v.toUtf8();
        check(m_db, sqlite3_bind_text64(m_stmt, i, utf8.constData(), sqlite3_uint64(utf8.size()),
                                        SQLITE_TRANSIENT, SQLITE_UTF8));
        return *this;
    }
    Statement &bind(int i, const QByteArray &utf8)
    {
        check(m_db, sqlite3_bind_text64(m_stmt, i, utf8.constData(), sqlite3_uint64(utf8.size()),
                                        SQLITE_TRANSIENT, SQLITE_UTF8));
        return *this;
    }
    Statement &bind(int i, const char *v) { return bind(i, QString::fromUtf8(v)); }
    Statement &bind(int i, qint64 v)
    {
        check(m_db, sqlite3_bind_int64(m_stmt, i, v));
        return *this;
    }
    Statement &bind(int i, int v) { return bind(i, qint64(v)); }
    Statement &bind(int i, bool v) { return bind(i, qint64(v ? 1 : 0)); }
    Statement &bind(int i, double v)
    {
        check(m_db, sqlite3_bind_double(m_stmt, i, v));
        return *this;
    }
    Statement &bindNull(int i)
    {
        check(m_db, sqlite3_bind_null(m_stmt, i));
        return *this;
    }
    // NULL when empty: optional text columns.
    Statement &bindOrNull(int i, const QString &v)
    {
        return v.isEmpty() ? bindNull(i) : bind(i, v);
    }
    template <typename T> Statement &bind(int i, const std::optional<T> &v)
    {
        return v ? bind(i, *v) : bindNull(i);
    }

    // True while there is a row; false when done. Errors throw.
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        fail(m_db, rc);
    }
    // Runs a statement that returns no rows, then resets it for reuse.
    void run()
    {
        const int rc = sqlite3_step(m_stmt);
        reset();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            fail(m_db, rc);
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    [[nodiscard]] QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    [[nodiscard]] QByteArray bytes(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }
    [[nodiscard]] qint64 integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    [[nodiscard]] double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    [[nodiscard]] bool isNull(int col) const
    {
        return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
    }
    [[nodiscard]] sqlite3_stmt *handle() const { return m_stmt; }

private:
    Statement &bindEmptyText(int i)
    {
        check(m_db, sqlite3_bind_text(m_stmt, i, "", 0, SQLITE_STATIC));
        return *this;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Runs SQL without results (may hold several statements).
inline void exec(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr));
}
inline void exec(sqlite3 *db, const QByteArray &sql)
{
    exec(db, sql.constData());
}

// The first column of the first row, as an integer (pragmas, counts).
inline qint64 scalar(sqlite3 *db, const char *sql)
{
    Statement st(db, sql);
    return st.next() ? st.integer(0) : 0;
}

// Adds this write transaction's change to a library's `library_changes` (a database without
// that table, before migration 4, is left alone). Defined in walcheck.cpp.
void stampChange(sqlite3 *db);

// One write transaction. BEGIN IMMEDIATE takes the write lock at once, so a check made inside
// (the 250 active sequences) cannot be passed by another process between check and write.
// Rolls back unless commit() was called.
class Transaction
{
public:
    enum class Kind { Immediate, Read };
    explicit Transaction(sqlite3 *db, Kind kind = Kind::Immediate) : m_db(db), m_kind(kind)
    {
        exec(db, kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    }
    ~Transaction()
    {
        if (!m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    // A write transaction first leaves its change token (walcheck.cpp).
    void commit()
    {
        if (m_kind == Kind::Immediate)
            stampChange(m_db);
        exec(m_db, "COMMIT");
        m_done = true;
    }

private:
    sqlite3 *m_db;
    Kind m_kind;
    bool m_done = false;
};

} // namespace sd::sql
