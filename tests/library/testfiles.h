// SPDX-License-Identifier: MIT
#pragma once
// Library files made or inspected with a plain SQLite connection, for the tests that open bad,
// damaged and old files (tst_libraryopen.cpp, tst_libraryupgrade.cpp). Uses QTest macros.

#include "fixtures.h"
#include "library/sequencestore.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

namespace lt {

// Runs raw SQL on a file with a plain connection (to make files other programs would make).
// Runs SQL on a library behind the program's back: a file, or a team library's database.
inline void rawExec(const QString &path, const char *sql)
{
    if (const QString name = libraryName(path); Library::isTeamLibrary(name)) {
        QVERIFY(adminExecOn(name, sql));
        return;
    }
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

inline int rawScalar(const QString &path, const char *sql)
{
    if (const QString name = libraryName(path); Library::isTeamLibrary(name))
        return adminScalarOn(name, sql);
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

// A library of `count` sequences, closed (so everything is in the main file).
inline QList<Sequence> fillLibrary(const QString &path, int count, int steps)
{
    QList<Sequence> made;
    std::unique_ptr<Library> lib = openLibrary(path);
    if (!lib)
        return made;
    SequenceStore store(*lib);
    for (int i = 0; i < count; ++i) {
        Sequence s = simple(QStringLiteral("Sequence %1").arg(i), steps);
        s.tags = QStringList{QStringLiteral("Group %1").arg(i % 3)};
        const StoreResult<SequenceRecord> r = store.create(s);
        if (r)
            made.append(r.value.sequence);
    }
    return made;
}

// Overwrites one leaf page of the steps table with garbage.
inline void damage(const QString &path)
{
    const qint64 pageSize = rawScalar(path, "PRAGMA page_size");
    qint64 page = rawScalar(path, "SELECT pageno FROM dbstat WHERE name = 'steps' AND "
                                  "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 3");
    if (page <= 0) // no dbstat in this SQLite build: a page in the second half holds steps
        page = rawScalar(path, "PRAGMA page_count") * 3 / 4;
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((page - 1) * pageSize));
    f.write(QByteArray(int(pageSize), char(0xA5)));
    // The look-ups above left empty -wal/-shm files of a read-only connection.
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
}

// A library of three sequences with, beside it, the -wal of a copy taken while it had one
// (issue 20, item 10): SQLite would open the two together as the library with one sequence.
inline void plantOlderWal(const QString &path, const QString &copy)
{
    {
        std::unique_ptr<Library> lib = openLibrary(path);
        QVERIFY(lib);
        SequenceStore store(*lib);
        QVERIFY(store.create(simple(QStringLiteral("First"))));
        QVERIFY(QFile::copy(path, copy) && QFile::copy(path + "-wal", copy + "-wal"));
        QVERIFY(store.create(simple(QStringLiteral("Second"))));
        QVERIFY(store.create(simple(QStringLiteral("Third"))));
    }
    QVERIFY(!QFile::exists(path + "-wal"));
    QVERIFY(QFile::copy(copy + "-wal", path + "-wal"));
}

inline bool sideFilesExist(const QString &path)
{
    return QFileInfo::exists(path + "-wal") || QFileInfo::exists(path + "-shm") ||
           QFileInfo::exists(path + "-journal");
}

} // namespace lt
