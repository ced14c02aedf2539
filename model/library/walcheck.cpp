// SPDX-License-Identifier: MIT
#include "walcheck.h"
#include "hardening.h"

#include <QFile>
#include <QThread>
#include <QUrl>

#include <optional>

namespace sd {

namespace sql {

void stampChange(sqlite3 *db)
{
    if (sqlite3_table_column_metadata(db, "main", "library_changes", nullptr, nullptr, nullptr,
                                      nullptr, nullptr, nullptr) != SQLITE_OK)
        return;
    exec(db, "INSERT INTO library_changes (change, token) "
             "SELECT coalesce(max(change), 0) + 1, random() FROM library_changes;"
             "DELETE FROM library_changes "
             "WHERE change <= (SELECT max(change) FROM library_changes) - 1000;");
}

} // namespace sql

namespace detail {

namespace {

// What one view of the library says about its identity and last change.
struct State
{
    bool tracked = false; // the tables of schema version 4 exist
    QString identity;
    qint64 change = 0;
    qint64 token = 0;
};

State stateOf(sqlite3 *db)
{
    State s;
    if (sqlite3_table_column_metadata(db, "main", "library_state", nullptr, nullptr, nullptr,
                                      nullptr, nullptr, nullptr) != SQLITE_OK)
        return s;
    s.tracked = true;
    sql::Statement id(db, "SELECT identity FROM library_state WHERE id = 1");
    if (id.next())
        s.identity = id.text(0);
    sql::Statement last(db, "SELECT change, token FROM library_changes ORDER BY change DESC "
                            "LIMIT 1");
    if (last.next()) {
        s.change = last.integer(0);
        s.token = last.integer(1);
    }
    return s;
}

// The main file alone: immutable=1 makes SQLite ignore the -wal (and take no locks, so nothing
// is created or changed). Nothing when it cannot be read that way.
std::optional<State> mainFileState(const QString &path)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?mode=ro&immutable=1";
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY, nullptr);
    const sql::DbHandle db(raw);
    if (rc != SQLITE_OK)
        return std::nullopt;
    try {
        harden(db.get());
        return stateOf(db.get());
    } catch (const sql::Failure &) {
        return std::nullopt;
    }
}

// The main file is read first, the view through the -wal after it: every page the main file
// holds was copied there by a checkpoint from a commit no newer than the one the later read
// transaction sees, so for a -wal that belongs to the file the view is never older and holds
// the main file's last token (unless 1000 more changes have pushed it out).
WalVerdict lookOnce(sqlite3 *db, const QString &path)
{
    const std::optional<State> main = mainFileState(path);
    if (!main || !main->tracked)
        return WalVerdict::Fine;
    try {
        sql::Transaction read(db, sql::Transaction::Kind::Read);
        const State view = stateOf(db);
        if (!view.tracked)
            return WalVerdict::Older; // the -wal comes from before schema version 4
        if (view.identity != main->identity)
            return WalVerdict::Foreign;
        if (view.change < main->change)
            return WalVerdict::Older;
        sql::Statement token(db, "SELECT token FROM library_changes WHERE change = ?1");
        token.bind(1, main->change);
        if (token.next() && token.integer(0) != main->token)
            return WalVerdict::Older;
        return WalVerdict::Fine;
    } catch (const sql::Failure &) {
        return WalVerdict::Fine; // unreadable through the -wal: the probe says why
    }
}

} // namespace

WalVerdict checkWal(sqlite3 *db, const QString &path)
{
    if (QFile(path + QStringLiteral("-wal")).size() == 0)
        return WalVerdict::Fine;
    WalVerdict verdict = lookOnce(db, path);
    if (verdict != WalVerdict::Fine) {
        QThread::msleep(50);
        verdict = lookOnce(db, path);
    }
    return verdict;
}

} // namespace detail

} // namespace sd
