// SPDX-License-Identifier: MIT
// A damaged library: the window says so, leaves the file alone and opens a recovered copy. A
// library with another copy's -wal beside it: the window says what Library::open says.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "uitest.h"

#include "library/library.h"
#include "library/sequencelist.h"

using namespace sd;
using namespace sd::uitest;

class TestHomeRecover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolate(); }

    void damagedLibraryOpensARecoveredCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("library.sqlite");
        QCOMPARE(lt::fillLibrary(path, 40, 40).size(), 40);
        lt::damage(path);
        const QByteArray before = lt::bytes(path);

        Window w(path);
        QVERIFY(w.start());
        QQuickItem *recover = w.waitFor("emptyRecoverLibrary");
        QVERIFY2(recover, "a damaged library offers its recovered copy");
        w.shot("library-damaged");
        w.click(recover);

        const QString copy = dir.filePath("library-recovered.sqlite");
        QTRY_VERIFY(QFileInfo::exists(copy));
        QTRY_VERIFY(w.item("emptyRecoverLibrary") == nullptr ||
                    !w.item("emptyRecoverLibrary")->isVisible());
        QCOMPARE(lt::bytes(path), before); // the damaged file is only read
        QObject *session = w.engine()->singletonInstance<LibrarySession *>(
            qmlTypeId("SequenceDesigner", 1, 0, "LibrarySession"));
        QVERIFY(session);
        QCOMPARE(session->property("path").toString(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(session->property("message").toString().contains("recovered"));
        QVERIFY(session->property("sequenceCount").toInt() > 0);
        w.shot("library-recovered");
        w.stop();

        OpenResult opened = Library::open(copy, {.create = false});
        QVERIFY2(opened, qPrintable(opened.message));
        QVERIFY(SequenceList(*opened.library).count().value > 0);
    }

    void strayWalIsRefusedWithItsMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("library.sqlite");
        lt::plantOlderWal(path, dir.filePath("copy.sqlite"));
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = lt::bytes(path);
        const QByteArray wal = lt::bytes(path + "-wal");

        Window w(path);
        QVERIFY(w.start());
        QQuickItem *text = w.waitFor("emptyText");
        QVERIFY(text);
        const QString expected = Library::open(path).message;
        QVERIFY(expected.contains(QDir::toNativeSeparators(path + "-wal")));
        QTRY_COMPARE(text->property("text").toString(), expected);
        w.shot("library-stray-wal");
        w.stop();
        QCOMPARE(lt::bytes(path), before);
        QCOMPARE(lt::bytes(path + "-wal"), wal);
    }
};

QTEST_MAIN(TestHomeRecover)
#include "tst_homerecover.moc"
