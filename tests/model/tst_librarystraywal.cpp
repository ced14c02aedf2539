// SPDX-License-Identifier: MIT
// A -wal file beside a library that does not continue it (issue 20, item 10): copied from an
// older copy of the library, from a copy that went its own way, or from another library. SQLite
// would apply it and silently replace the newest sequences; Library::open refuses it and leaves
// both files as they were. A library copied together with its own -wal still opens.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using lt::bytes;
using lt::openLibrary;
using lt::simple;

namespace {

bool create(Library &lib, const QString &name)
{
    return bool(SequenceStore(lib).create(simple(name)));
}

int countOf(Library &lib)
{
    return SequenceList(lib).count().value;
}

// Copies `from` over `to` (replacing it), as a user copying files by hand.
bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestLibraryStrayWal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathOf(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    // Opens `path` and checks the refusal: its status, that the message names the -wal file,
    // and that neither file changed.
    void expectRefused(const QString &path, const QString &wording)
    {
        const QByteArray main = bytes(path);
        const QByteArray wal = bytes(path + "-wal");
        QVERIFY(!wal.isEmpty());
        const OpenResult r = Library::open(path);
        QCOMPARE(r.status, OpenStatus::StrayWal);
        QVERIFY(!r.library);
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path + "-wal")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(wording), qPrintable(r.message));
        QVERIFY(bytes(path) == main);
        QVERIFY(bytes(path + "-wal") == wal);
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // The case of the issue: a copy taken while the library was open keeps an older -wal; the
    // library goes on (two more sequences) and is closed; the copy's -wal put back beside it
    // would bring it back to one sequence (lt::plantOlderWal).
    void olderWalFromACopy()
    {
        const QString a = pathOf("older.sqlite");
        lt::plantOlderWal(a, pathOf("older-copy.sqlite"));
        if (QTest::currentTestFailed())
            return;
        expectRefused(a, "older or another state");

        // Moved away, as the message says: the library has all three.
        QVERIFY(QFile::rename(a + "-wal", pathOf("moved-away-wal")));
        std::unique_ptr<Library> lib = openLibrary(a);
        QVERIFY(lib);
        QCOMPARE(countOf(*lib), 3);
    }

    // Two copies of one library, each changed on its own: the -wal of the one with more changes
    // is not older by its count, but it does not hold the other's last change.
    void walOfACopyThatWentItsOwnWay()
    {
        const QString a = pathOf("parallel.sqlite");
        const QString b = pathOf("parallel-copy.sqlite");
        {
            std::unique_ptr<Library> lib = openLibrary(a);
            QVERIFY(lib && create(*lib, "Shared"));
        }
        QVERIFY(QFile::copy(a, b));
        {
            std::unique_ptr<Library> lib = openLibrary(a);
            QVERIFY(lib && create(*lib, "Only in the library"));
        }
        {
            std::unique_ptr<Library> copy = openLibrary(b);
            QVERIFY(copy && create(*copy, "Copy one") && create(*copy, "Copy two") &&
                    create(*copy, "Copy three"));
            QVERIFY(copyOver(b + "-wal", a + "-wal"));
        }
        expectRefused(a, "older or another state");
    }

    void walOfAnotherLibrary()
    {
        const QString a = pathOf("mine.sqlite");
        const QString other = pathOf("other.sqlite");
        {
            std::unique_ptr<Library> lib = openLibrary(a);
            QVERIFY(lib && create(*lib, "Mine"));
        }
        {
            std::unique_ptr<Library> lib = openLibrary(other);
            QVERIFY(lib && create(*lib, "Theirs"));
            QVERIFY(copyOver(other + "-wal", a + "-wal"));
        }
        expectRefused(a, "belongs to another library");
    }

    // A library copied with its own -wal while open (a folder copied as a whole) is consistent:
    // it opens with everything, and the -wal is folded into the file on close.
    void ownWalCopiedAlongOpens()
    {
        const QString a = pathOf("whole.sqlite");
        const QString b = pathOf("whole-copy.sqlite");
        {
            std::unique_ptr<Library> lib = openLibrary(a);
            QVERIFY(lib && create(*lib, "One") && create(*lib, "Two"));
            QVERIFY(QFile::copy(a, b) && QFile::copy(a + "-wal", b + "-wal"));
            // A second program opening the library while the first writes to it.
            const OpenResult second = Library::open(a);
            QCOMPARE(second.status, OpenStatus::Opened);
        }
        const OpenResult r = Library::open(b);
        QCOMPARE(r.status, OpenStatus::Opened);
        QCOMPARE(countOf(*r.library), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStrayWal)
#include "tst_librarystraywal.moc"
