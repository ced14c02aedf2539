// SPDX-License-Identifier: MIT
// Older schemas: a backup copy first, then each migration in its own transaction; a failed
// migration leaves the file at its old version; a read-only old file is not touched; and the
// checked-in library of schema version 1 opens through the production path.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/recovery.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using lt::rawScalar;

class TestLibraryUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void olderSchemaIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("library.sqlite");
        const QList<Migration> v1{Library::migrations().first()};
        // A version after this program's, so the program itself is "older" below.
        const int next = Library::latestSchemaVersion() + 1;
        QList<Migration> v2 = Library::migrations();
        v2.append({next, "ALTER TABLE sequences ADD COLUMN note TEXT; CREATE TABLE extra (x);"});
        Sequence kept;
        {
            OpenOptions options;
            options.migrations = &v1;
            OpenResult r = Library::open(path, options);
            QVERIFY(r);
            kept = SequenceStore(*r.library).create(lt::rich()).value.sequence;
        }
        const QByteArray v1Bytes = lt::bytes(path);

        OpenOptions options;
        options.migrations = &v2;
        OpenResult r = Library::open(path, options);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.upgradedFrom, 1);
        QCOMPARE(r.backupPath, dir.filePath("library.v1-backup.sqlite"));
        QVERIFY(r.message.contains("library.v1-backup.sqlite"));
        QCOMPARE(r.library->schemaVersion(), next);
        QCOMPARE(SequenceStore(*r.library).get(kept.id).value.sequence, kept);
        r.library.reset();
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), next);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM extra"), 0);
        // The backup is the old library as it was.
        QCOMPARE(rawScalar(r.backupPath, "PRAGMA user_version"), 1);
        QCOMPARE(rawScalar(r.backupPath, "SELECT count(*) FROM sequences"), 1);
        QVERIFY(lt::bytes(r.backupPath).size() >= v1Bytes.size() / 2);

        // This program (an older schema) now refuses the upgraded file and leaves it alone.
        const QByteArray upgraded = lt::bytes(path);
        QCOMPARE(Library::open(path).status, OpenStatus::NewerSchema);
        QCOMPARE(lt::bytes(path), upgraded);
    }

    void failedMigrationLeavesOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("library.sqlite");
        const QList<Migration> v1{Library::migrations().first()};
        QList<Migration> broken = Library::migrations();
        broken.append({Library::latestSchemaVersion() + 1,
                       "CREATE TABLE fine (x); CREATE TABLE sequences (x);"}); // fails half-way
        {
            OpenOptions options;
            options.migrations = &v1;
            OpenResult r = Library::open(path, options);
            QVERIFY(r);
            QVERIFY(SequenceStore(*r.library).create(lt::simple("Kept")));
        }
        OpenOptions options;
        options.migrations = &broken;
        const OpenResult r = Library::open(path, options);
        QCOMPARE(r.status, OpenStatus::Failed);
        QVERIFY(r.message.contains("backup"));
        // The migrations before the broken one are kept, each in its own transaction.
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), Library::latestSchemaVersion());
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'fine'"), 0);
        QCOMPARE(rawScalar(path, "SELECT count(*) FROM sequences"), 1);
        QVERIFY(Library::open(path));
    }

    void readOnlyOlderSchemaCannotUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.sqlite");
        QVERIFY(lt::writeBytes(path, {}));
        OpenOptions options;
        options.readOnly = true;
        const OpenResult r = Library::open(path, options);
        QCOMPARE(r.status, OpenStatus::CannotUpgrade);
        QCOMPARE(lt::bytes(path), QByteArray());
    }

    // The library made by schema version 1, checked in, opened through the production path: every
    // later version must keep opening it (migrating a copy, with a backup).
    void checkedInVersion1Library()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.sqlite");
        QVERIFY(QFile::copy(SD_TEST_DATA "/library/v1.sqlite", path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), 1);
        OpenResult r = Library::open(path);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.upgradedFrom, Library::latestSchemaVersion() > 1 ? 1 : 0);
        QCOMPARE(r.library->integrityCheck(), QStringLiteral("ok"));

        const StoreResult<SequenceRecord> rich = SequenceStore(*r.library).get(lt::rich().id);
        QVERIFY2(rich, qPrintable(rich.message()));
        QCOMPARE(rich.value.sequence, lt::rich());
        QCOMPARE(rich.value.createdBy, QStringLiteral("fixture"));
        const StoreResult<QList<SequenceSummary>> rows = SequenceList(*r.library).list();
        QCOMPARE(rows.value.size(), 3);
        // Version 2 counts activities only (no waits, conditions or commands) in every row.
        for (const SequenceSummary &row : rows.value) {
            const StoreResult<SequenceRecord> got = SequenceStore(*r.library).get(row.id);
            QVERIFY(got);
            QCOMPARE(row.steps, got.value.sequence.activityCount());
        }
        // Version 5: the unsaved edits library_make_v1 left (a new name, a renamed step) come
        // back from the file format's JSON they were converted to.
        const QString edited = QStringLiteral("0b7c9a52-8d0e-4f3a-9c61-2f5e7d8a1b40");
        const QList<RecoveryInfo> unsaved = RecoveryStore(*r.library).list().value;
        QCOMPARE(unsaved.size(), 1);
        QCOMPARE(unsaved.first().name, QStringLiteral("Cold call follow up (edited)"));
        QVERIFY(!unsaved.first().stale());
        Sequence expected = SequenceStore(*r.library).get(edited).value.sequence;
        expected.name = QStringLiteral("Cold call follow up (edited)");
        expected.rename("s1", "Call again");
        QCOMPARE(RecoveryStore(*r.library).restore(edited).value, expected);
        QVERIFY(SequenceStore(*r.library).save(rich.value.sequence));
    }

    // "Open a recovered copy" of a library of schema 1 keeps its unsaved edits: the old recovery
    // area is converted as an upgrade would (before, the copy had the saved sequences only).
    void recoveredCopyOfVersion1KeepsUnsavedEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.sqlite");
        QVERIFY(QFile::copy(SD_TEST_DATA "/library/v1.sqlite", path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = lt::bytes(path);

        const StoreResult<RecoverReport> report = Library::recoverCopy(path);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report.value.sequencesRecovered, 3);
        QCOMPARE(lt::bytes(path), before);
        std::unique_ptr<Library> copy = lt::openLibrary(report.value.copyPath);
        QVERIFY(copy);
        const QString edited = QStringLiteral("0b7c9a52-8d0e-4f3a-9c61-2f5e7d8a1b40");
        const QList<RecoveryInfo> unsaved = RecoveryStore(*copy).list().value;
        QCOMPARE(unsaved.size(), 1);
        QCOMPARE(unsaved.first().name, QStringLiteral("Cold call follow up (edited)"));
        Sequence expected = SequenceStore(*copy).get(edited).value.sequence;
        expected.name = QStringLiteral("Cold call follow up (edited)");
        expected.rename("s1", "Call again");
        QCOMPARE(RecoveryStore(*copy).restore(edited).value, expected);
    }
};

QTEST_GUILESS_MAIN(TestLibraryUpgrade)
#include "tst_libraryupgrade.moc"
