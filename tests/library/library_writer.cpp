// SPDX-License-Identifier: MIT
// A second process writing a library, for tst_libraryconcurrency:
//   library_writer LIBRARY churn   opens the library, changes steps all over the file in one
//                                  transaction, closes it, waits a few milliseconds, and again,
//                                  until killed: each close checkpoints the WAL into the main
//                                  file (rows change size, so pages split and merge) and removes
//                                  the WAL, as a loop of `import` commands does, only faster (a
//                                  plain SQLite connection, no checks on open).
//   library_writer LIBRARY hold    takes the write lock (BEGIN IMMEDIATE and an insert), prints
//                                  "locked" and keeps it until stdin closes, then rolls back.
#include "fixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace sd;

namespace {

int churn(const QString &path)
{
    for (int i = 0;; ++i) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            return 1;
        sqlite3_busy_timeout(db, 5000);
        const QByteArray sql = "UPDATE steps SET description = hex(randomblob(1 + abs(random()) % "
                               "300)) WHERE position < 3 AND seq % 7 = " +
                               QByteArray::number(i % 7);
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::printf("error %s\n", sqlite3_errmsg(db));
            return 1;
        }
        sqlite3_close(db);
        std::printf("written %d\n", i);
        std::fflush(stdout);
        QThread::usleep(1000 * (i % 17));
    }
}

int hold(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return 1;
    if (sqlite3_exec(db,
                     "BEGIN IMMEDIATE; INSERT INTO tags (parent_id, name) VALUES (NULL, "
                     "'Held by library_writer');",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::printf("error %s\n", sqlite3_errmsg(db));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    if (args[2] == u"churn")
        return churn(args[1]);
    if (args[2] == u"hold")
        return hold(args[1]);
    return 2;
}
