// SPDX-License-Identifier: MIT
// Opening library files: a new one, every kind of bad file (the bytes unchanged after each
// refusal), a damaged file and its recovered copy, read-only files, and the connection
// hardening. Upgrades of older schemas: tst_libraryupgrade.cpp.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/connection.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

using namespace sd;
using lt::damage;
using lt::fillLibrary;
using lt::rawExec;
using lt::rawScalar;
using lt::sideFilesExist;

namespace {

enum class BadFile {
    Text,
    RandomBytes,
    ShortHeader,
    ForeignTables,
    ForeignAppId,
    OurIdNoTables,
    OurIdMissingColumn,
    OurIdTagsView,
    Newer,
    Damaged,
    Folder
};

// Runs `check` as an unprivileged user when we are root (root may write any file), so a
// read-only file is read-only for it. The child reports through its exit code: 0 passed,
// otherwise the number of the failed check.
int runUnprivileged(const std::function<int()> &check)
{
    if (geteuid() != 0)
        return check();
    const pid_t pid = fork();
    if (pid == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(100);
        _exit(check());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 101;
}

} // namespace

Q_DECLARE_METATYPE(BadFile)
Q_DECLARE_METATYPE(sd::OpenStatus)

class TestLibraryOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/folder/library.sqlite");
        OpenResult first = Library::open(path);
        QVERIFY2(first, qPrintable(first.message));
        QCOMPARE(first.status, OpenStatus::Opened);
        QVERIFY(first.created);
        QVERIFY(!first.readOnly);
        QCOMPARE(first.library->schemaVersion(), Library::latestSchemaVersion());
        QCOMPARE(first.library->integrityCheck(), QStringLiteral("ok"));
        first.library.reset();
        QCOMPARE(rawScalar(path, "PRAGMA application_id"), Library::applicationId);
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), Library::latestSchemaVersion());

        OpenResult again = Library::open(path);
        QVERIFY(again);
        QVERIFY(!again.created);
        QCOMPARE(again.upgradedFrom, 0);
        QVERIFY(again.backupPath.isEmpty());
    }

    void zeroByteFileBecomesLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.sqlite");
        QVERIFY(lt::writeBytes(path, {}));
        OpenResult r = Library::open(path);
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(r.created);
    }

    void missingFileWithoutCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nothing.sqlite");
        OpenOptions options;
        options.create = false;
        const OpenResult r = Library::open(path, options);
        QCOMPARE(r.status, OpenStatus::Missing);
        QVERIFY(!r.library);
        QVERIFY(r.message.contains("nothing.sqlite"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void defaultPathIsInAppData()
    {
        const QString path = Library::defaultPath();
        QVERIFY(path.endsWith("/library.sqlite"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void connectionIsHardened()
    {
        QTemporaryDir dir;
        std::unique_ptr<Library> lib = lt::openLibrary(dir.filePath("l.sqlite"));
        QVERIFY(lib);
        sqlite3 *db = lib->connection().db();
        const auto config = [db](int op) {
            int value = -1;
            sqlite3_db_config(db, op, -1, &value);
            return value;
        };
        QCOMPARE(config(SQLITE_DBCONFIG_DEFENSIVE), 1);
        QCOMPARE(config(SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
        QCOMPARE(config(SQLITE_DBCONFIG_ENABLE_TRIGGER), 0);
        QCOMPARE(config(SQLITE_DBCONFIG_ENABLE_VIEW), 0);
        QCOMPARE(int(sql::scalar(db, "PRAGMA mmap_size")), 0);
        QCOMPARE(int(sql::scalar(db, "PRAGMA foreign_keys")), 1);
        QCOMPARE(int(sql::scalar(db, "PRAGMA cell_size_check")), 1);
        QCOMPARE(int(sql::scalar(db, "PRAGMA busy_timeout")), 5000);
        sql::Statement mode(db, "PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    // A file from elsewhere whose schema carries a trigger: with triggers disabled it never
    // runs, whatever it would do.
    void hostileTriggerNeverRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("hostile.sqlite");
        lt::openLibrary(path).reset();
        rawExec(path, "CREATE TABLE spy (x); CREATE TRIGGER leak AFTER INSERT ON sequences "
                      "BEGIN INSERT INTO spy VALUES (new.name); END;");
        {
            std::unique_ptr<Library> lib = lt::openLibrary(path);
            QVERIFY(lib);
            QVERIFY(SequenceStore(*lib).create(lt::simple("Secret")));
        }
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM spy"), 0);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM sequences"), 1);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<BadFile>("kind");
        QTest::addColumn<OpenStatus>("expected");
        QTest::addColumn<bool>("canRecover");
        QTest::newRow("text file") << BadFile::Text << OpenStatus::NotSqlite << false;
        QTest::newRow("random bytes") << BadFile::RandomBytes << OpenStatus::NotSqlite << false;
        QTest::newRow("SQLite header only")
            << BadFile::ShortHeader << OpenStatus::NotSqlite << false;
        QTest::newRow("another program's database")
            << BadFile::ForeignTables << OpenStatus::ForeignDatabase << false;
        QTest::newRow("another application_id")
            << BadFile::ForeignAppId << OpenStatus::ForeignDatabase << false;
        QTest::newRow("our application_id, none of our tables")
            << BadFile::OurIdNoTables << OpenStatus::ForeignDatabase << false;
        QTest::newRow("our application_id, a column missing")
            << BadFile::OurIdMissingColumn << OpenStatus::ForeignDatabase << false;
        QTest::newRow("our application_id, tags a view")
            << BadFile::OurIdTagsView << OpenStatus::ForeignDatabase << false;
        QTest::newRow("newer schema") << BadFile::Newer << OpenStatus::NewerSchema << false;
        QTest::newRow("damaged") << BadFile::Damaged << OpenStatus::Damaged << true;
        QTest::newRow("a folder") << BadFile::Folder << OpenStatus::NotSqlite << false;
    }

    void refusesBadFiles()
    {
        QFETCH(BadFile, kind);
        QFETCH(OpenStatus, expected);
        QFETCH(bool, canRecover);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.sqlite");
        switch (kind) {
        case BadFile::Text:
            QVERIFY(lt::writeBytes(path, "name,description\nA,B\n"));
            break;
        case BadFile::RandomBytes: {
            QByteArray noise(8192, 0);
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919 + 13) % 251);
            QVERIFY(lt::writeBytes(path, noise));
            break;
        }
        case BadFile::ShortHeader:
            QVERIFY(lt::writeBytes(path, QByteArray("SQLite format 3\0", 16) +
                                             QByteArray(4080, char(0x11))));
            break;
        case BadFile::ForeignTables:
            rawExec(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT);"
                          "INSERT INTO contacts (email) VALUES ('a@example.com');");
            break;
        case BadFile::ForeignAppId:
            rawExec(path, "PRAGMA application_id = 1234; CREATE TABLE sequences (id TEXT);");
            break;
        case BadFile::OurIdNoTables:
            rawExec(path, "PRAGMA application_id = 1396984898; PRAGMA user_version = 1;"
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);");
            break;
        case BadFile::OurIdMissingColumn:
            lt::openLibrary(path).reset();
            rawExec(path, "ALTER TABLE sequences DROP COLUMN sort_name;");
            break;
        case BadFile::OurIdTagsView:
            lt::openLibrary(path).reset();
            rawExec(path, "DROP TABLE sequence_tags; DROP TABLE tags;"
                          "CREATE VIEW tags AS SELECT 1 AS id, NULL AS parent_id, 'x' AS name;");
            break;
        case BadFile::Newer:
            lt::openLibrary(path).reset();
            rawExec(path, "PRAGMA user_version = 99;");
            break;
        case BadFile::Damaged:
            fillLibrary(path, 40, 40);
            damage(path);
            break;
        case BadFile::Folder:
            QVERIFY(QDir().mkpath(path));
            break;
        }
        QVERIFY(!sideFilesExist(path));
        const QByteArray before = lt::bytes(path);

        const OpenResult r = Library::open(path);
        QCOMPARE(r.status, expected);
        QVERIFY(!r.library);
        QCOMPARE(r.canRecover, canRecover);
        QVERIFY2(r.message.contains("bad.sqlite"), qPrintable(r.message));
        QCOMPARE(lt::bytes(path), before);
        QVERIFY(!sideFilesExist(path));
        if (kind == BadFile::Newer)
            QVERIFY(r.message.contains("99"));
        if (kind == BadFile::OurIdMissingColumn)
            QVERIFY2(r.message.contains("sequences.sort_name"), qPrintable(r.message));
    }

    void damagedLibraryGivesRecoveredCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("library.sqlite");
        const QList<Sequence> originals = fillLibrary(path, 40, 40);
        QCOMPARE(originals.size(), 40);
        damage(path);
        const QByteArray before = lt::bytes(path);
        const OpenResult refused = Library::open(path);
        QCOMPARE(refused.status, OpenStatus::Damaged);
        QVERIFY2(refused.canRecover, qPrintable(refused.message));

        const StoreResult<RecoverReport> report = Library::recoverCopy(path);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(lt::bytes(path), before);
        QVERIFY(!sideFilesExist(path));
        QCOMPARE(report.value.copyPath, dir.filePath("library-recovered.sqlite"));
        QVERIFY(report.value.sequencesRecovered > 0);
        QVERIFY(report.value.sequencesLost > 0); // the damaged page held steps of some
        QVERIFY(report.value.sequencesRecovered + report.value.sequencesLost <= 40);

        std::unique_ptr<Library> copy = lt::openLibrary(report.value.copyPath);
        QVERIFY(copy);
        QCOMPARE(copy->integrityCheck(), QStringLiteral("ok"));
        const StoreResult<QList<SequenceSummary>> rows = SequenceList(*copy).list();
        QCOMPARE(rows.value.size(), report.value.sequencesRecovered);
        SequenceStore store(*copy);
        for (const Sequence &original : originals) {
            const StoreResult<SequenceRecord> got = store.get(original.id);
            if (got)
                QCOMPARE(got.value.sequence, original); // whole, or not at all
        }
        // A second copy gets another name rather than overwriting the first.
        const StoreResult<RecoverReport> second = Library::recoverCopy(path);
        QVERIFY(second);
        QCOMPARE(second.value.copyPath, dir.filePath("library-recovered-2.sqlite"));
    }

    void readOnlyFileOpensReadOnly_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("read-only file in a read-only folder") << false;
        QTest::newRow("read-only file in a writable folder") << true;
    }

    void readOnlyFileOpensReadOnly()
    {
        QFETCH(bool, folderWritable);
        QTemporaryDir dir;
        const QString path = dir.filePath("shared.sqlite");
        QVERIFY(!fillLibrary(path, 2, 3).isEmpty());
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QFile::Permissions folder = QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner |
                                    QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                    QFile::ExeOther;
        if (folderWritable)
            folder |= QFile::WriteGroup | QFile::WriteOther;
        QVERIFY(QFile::setPermissions(dir.path(), folder));
        const QByteArray before = lt::bytes(path);

        const int failed = runUnprivileged([&] {
            OpenResult r = Library::open(path);
            if (!r || r.status != OpenStatus::Opened)
                return 1;
            if (!r.readOnly || !r.library->isReadOnly())
                return 2;
            if (!r.message.contains("read-only"))
                return 3;
            const StoreResult<QList<SequenceSummary>> rows = SequenceList(*r.library).list();
            if (!rows || rows.value.size() != 2)
                return 4;
            SequenceStore store(*r.library);
            const StoreResult<SequenceRecord> got = store.get(rows.value.first().id);
            if (!got)
                return 5;
            const StoreResult<SequenceRecord> saved = store.save(got.value.sequence);
            if (saved || saved.status.error != StoreError::ReadOnly)
                return 6;
            if (store.create(lt::simple("New")).status.error != StoreError::ReadOnly)
                return 7;
            return 0;
        });
        QCOMPARE(failed, 0);
        QCOMPARE(lt::bytes(path), before);
        QVERIFY(!sideFilesExist(path)); // neither folder gets an empty -wal and a -shm
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // A real full disk: a small tmpfs (root only), filled up. Creating a library there leaves
    // nothing behind; a library already there can still be read (list, export).
    void fullDisk()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath("disk");
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount = qScopeGuard([&] { ::umount(QFile::encodeName(mountPoint)); });
        const QString existing = mountPoint + "/existing.sqlite";
        QVERIFY(!fillLibrary(existing, 5, 5).isEmpty());
        QVERIFY(!sideFilesExist(existing));
        {
            QFile filler(mountPoint + "/filler");
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QStringList before = QDir(mountPoint).entryList(QDir::Files);

        const OpenResult created = Library::open(mountPoint + "/new.sqlite");
        QCOMPARE(created.status, OpenStatus::Failed);
        QVERIFY2(created.message.contains("full"), qPrintable(created.message));
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files), before);

        OpenOptions reading;
        reading.readOnly = true;
        const OpenResult read = Library::open(existing, reading);
        QVERIFY2(read, qPrintable(read.message));
        const StoreResult<QList<SequenceSummary>> rows = SequenceList(*read.library).list();
        QVERIFY2(rows, qPrintable(rows.message()));
        QCOMPARE(rows.value.size(), 5);
        QVERIFY(SequenceStore(*read.library).get(rows.value.first().id));
    }

    // No SQLite wording reaches the user: each failure says what happened and what to do.
    void failuresNameTheirCause_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sqliteWords");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such column") << SQLITE_ERROR << "no such column: s.sort_name"
                                        << "tables are not as this program expects";
        QTest::newRow("view prohibited") << SQLITE_ERROR << "access to view \"tags\" prohibited"
                                         << "tables are not as this program expects";
        QTest::newRow("too big") << SQLITE_TOOBIG << "string or blob too big"
                                 << "64 MiB";
        QTest::newRow("constraint") << int(SQLITE_CONSTRAINT_CHECK)
                                    << "CHECK constraint failed: length(name) BETWEEN 1 AND 160"
                                    << "breaks a rule";
        QTest::newRow("read-only") << int(SQLITE_READONLY) << "attempt to write a readonly database"
                                   << "cannot be written";
        QTest::newRow("I/O") << int(SQLITE_IOERR_WRITE) << "disk I/O error"
                             << "input/output error";
        QTest::newRow("corrupt") << SQLITE_CORRUPT << "database disk image is malformed"
                                 << "damaged";
        QTest::newRow("busy") << SQLITE_BUSY << "database is locked"
                              << "in use by another program";
    }
    void failuresNameTheirCause()
    {
        QFETCH(int, code);
        QFETCH(QString, sqliteWords);
        QFETCH(QString, expected);
        const StoreStatus status = detail::statusFor({code, sqliteWords, {}});
        QVERIFY2(!status.message.contains(sqliteWords), qPrintable(status.message));
        QVERIFY2(status.message.contains(expected), qPrintable(status.message));
    }

    void readOnlyOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("l.sqlite");
        fillLibrary(path, 1, 2);
        OpenOptions options;
        options.readOnly = true;
        OpenResult r = Library::open(path, options);
        QVERIFY(r);
        QVERIFY(r.readOnly);
        QCOMPARE(SequenceStore(*r.library).create(lt::simple("x")).status.error,
                 StoreError::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestLibraryOpen)
#include "tst_libraryopen.moc"
