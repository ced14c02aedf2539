// SPDX-License-Identifier: MIT
#pragma once

// The open SQLite connection of a Library and the helpers every store file shares: the
// statement cache, the guard that turns internal failures into StoreStatus, timestamps.
// Internal to model/library.

#include "library.h"
#include "sqlite.h"
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

// A cached statement, reset (bindings cleared) when the handle goes out of scope.
class Query
{
public:
    explicit Query(sql::Statement &st) : m_st(st) {}
    ~Query() { m_st.reset(); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    sql::Statement *operator->() const { return &m_st; }
    sql::Statement &operator*() const { return m_st; }

private:
    sql::Statement &m_st;
};

class Connection
{
public:
    Connection(sql::DbHandle db, QString path, bool readOnly, int version);

    [[nodiscard]] sqlite3 *db() const { return m_db.get(); }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // A prepared statement kept for the life of the connection; `sql` must be a literal.
    [[nodiscard]] Query query(const char *sql);

    // Throws a ReadOnly refusal when the library was opened read-only.
    void requireWritable() const;

    // Makes a Library around a connection (Library's constructor is private).
    [[nodiscard]] static std::unique_ptr<Library> wrap(std::unique_ptr<Connection> c);

private:
    sql::DbHandle m_db;
    QString m_path;
    bool m_readOnly = false;
    int m_version = 0;
    QString m_user;
    QHash<const char *, std::shared_ptr<sql::Statement>> m_statements;
};

// UTC, milliseconds, ISO 8601 with Z: sorts as text in time order.
// Milliseconds since 1970 (UTC): sorts and compares as a plain integer.
[[nodiscard]] qint64 timestamp(const QDateTime &when = QDateTime::currentDateTimeUtc());
[[nodiscard]] QDateTime parseTimestamp(qint64 msecs);
[[nodiscard]] QString newUuid();
[[nodiscard]] QString osUser();

[[noreturn]] void refuse(StoreError kind, const QString &message);
[[nodiscard]] StoreStatus statusFor(const sql::Failure &failure);

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
