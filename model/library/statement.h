// SPDX-License-Identifier: MIT
#pragma once

// A prepared statement as the store code sees it, the same for both stores: SQLite (a file)
// and PostgreSQL (a team library, pgsession.h). The store code writes its SQL once, with
// SQLite's numbered parameters ?1, ?2...; the PostgreSQL statement renumbers them ($1...).
// Failures throw sql::Failure. Internal to model/library.

#include "sqlite.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sd::detail {

class Statement
{
public:
    virtual ~Statement() = default;

    Statement &bind(int i, const QString &v)
    {
        bindText(i, v.toUtf8()); // a null QString is stored as '' (never NULL)
        return *this;
    }
    Statement &bind(int i, const QByteArray &utf8)
    {
        bindText(i, utf8);
        return *this;
    }
    Statement &bind(int i, const char *v) { return bind(i, QByteArray(v)); }
    Statement &bind(int i, qint64 v)
    {
        bindInteger(i, v);
        return *this;
    }
    Statement &bind(int i, int v) { return bind(i, qint64(v)); }
    Statement &bind(int i, bool v) { return bind(i, qint64(v ? 1 : 0)); }
    Statement &bind(int i, double v)
    {
        bindReal(i, v);
        return *this;
    }
    Statement &bindNull(int i)
    {
        bindNullValue(i);
        return *this;
    }
    // Bytes that are not text (compressed version contents).
    Statement &bindBlob(int i, const QByteArray &bytes)
    {
        bindBlobValue(i, bytes);
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
    virtual bool next() = 0;
    // Runs a statement that returns no rows, then resets it for reuse.
    virtual void run() = 0;
    // Ends the current run and clears the bindings.
    virtual void reset() = 0;

    [[nodiscard]] virtual QString text(int col) const = 0;     // a null QString for NULL
    [[nodiscard]] virtual QByteArray bytes(int col) const = 0; // text as UTF-8, or a blob
    [[nodiscard]] virtual qint64 integer(int col) const = 0;   // 0 for NULL
    [[nodiscard]] virtual double real(int col) const = 0;
    [[nodiscard]] virtual bool isNull(int col) const = 0;

protected:
    virtual void bindText(int i, const QByteArray &utf8) = 0;
    virtual void bindInteger(int i, qint64 v) = 0;
    virtual void bindReal(int i, double v) = 0;
    virtual void bindNullValue(int i) = 0;
    virtual void bindBlobValue(int i, const QByteArray &bytes) = 0;
};

// The SQLite store's statement: the sqlite3 wrapper of sqlite.h behind the common interface.
class SqliteStatement final : public Statement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db), m_st(db, sql) {}

    bool next() override { return m_st.next(); }
    void run() override { m_st.run(); }
    void reset() override { m_st.reset(); }
    [[nodiscard]] QString text(int col) const override { return m_st.text(col); }
    [[nodiscard]] QByteArray bytes(int col) const override { return m_st.bytes(col); }
    [[nodiscard]] qint64 integer(int col) const override { return m_st.integer(col); }
    [[nodiscard]] double real(int col) const override { return m_st.real(col); }
    [[nodiscard]] bool isNull(int col) const override { return m_st.isNull(col); }

protected:
    void bindText(int i, const QByteArray &utf8) override { m_st.bind(i, utf8); }
    void bindInteger(int i, qint64 v) override { m_st.bind(i, v); }
    void bindReal(int i, double v) override { m_st.bind(i, v); }
    void bindNullValue(int i) override { m_st.bindNull(i); }
    void bindBlobValue(int i, const QByteArray &bytes) override
    {
        sql::check(m_db, sqlite3_bind_blob64(m_st.handle(), i, bytes.constData(),
                                             sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
    }

private:
    sqlite3 *m_db;
    sql::Statement m_st;
};

} // namespace sd::detail
