// SPDX-License-Identifier: MIT
// The History panel, driven like a user: "History…" from a row's menu on the home page opens
// the designer with the panel; three saves add three versions; version 1 opens read-only on the
// canvas and nothing can be edited; back to the current version; restoring version 1 (after
// confirming) makes a new newest version equal to version 1. Screenshots in both languages.
#include "activationtest.h"
#include "language.h"
#include "library/versionstore.h"
#include "sequencediff.h"

using namespace sd;
using namespace sd::uitest;

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { isolateInEnglish(); }

    void saveOpenRestore()
    {
        const QString path = m_dir.filePath("history.sqlite");
        QString id;
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            QVERIFY(lib);
            id = SequenceStore(*lib).create(validSequence("Webinar follow up")).value.sequence.id;
        }
        Window w(path);
        QVERIFY(w.start());

        // Home page: the row's menu, History…
        QQuickItem *cell = w.waitFor("cell_0_name");
        QVERIFY(cell);
        w.click(cell, Qt::RightButton);
        QVERIFY(w.waitFor("menuHistory"));
        (void)w.grab("history-menu-en");
        QVERIFY(w.clickOn("menuHistory"));
        QTRY_VERIFY(currentDocument(w) && currentDocument(w)->loaded());
        SequenceDocument *doc = currentDocument(w);
        QTRY_VERIFY(onPage(w, "historyPanel"));
        QObject *history =
            findItem(currentPage(w), "historyPanel")->findChild<QObject *>("versionHistory");
        QVERIFY(history);
        QTRY_COMPARE(history->property("count").toInt(), 1);

        // Three saves, three more versions.
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(doc->renameStep("mail", QStringLiteral("Email %1").arg(i)));
            w.key(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!doc->dirty());
            QTRY_COMPARE(history->property("count").toInt(), 1 + i);
        }
        (void)w.grab("history-panel-en");

        // Version 1, read-only on the canvas.
        QVERIFY(w.clickOn("historyVersion_1"));
        QQuickItem *open = nullptr;
        QTRY_VERIFY((open = findItem(onPage(w, "historyVersion_1"), "openVersionButton")) &&
                    open->isVisible());
        w.click(open);
        QTRY_COMPARE(doc->viewedVersion(), 1);
        QVERIFY(doc->readOnly());
        QCOMPARE(doc->stepData("mail").value("name").toString(), QString());
        QVERIFY(onPage(w, "readOnlyBanner"));
        QVERIFY(onPage(w, "currentVersionButton"));
        QVERIFY(!doc->renameStep("mail", QStringLiteral("Not allowed")));
        (void)w.grab("history-version1-en");

        // Back to the current version: editable again, with the last save's name.
        QVERIFY(w.clickOn("currentVersionButton"));
        QTRY_COMPARE(doc->viewedVersion(), 0);
        QVERIFY(!doc->readOnly());
        QCOMPARE(doc->stepData("mail").value("name").toString(), QStringLiteral("Email 3"));

        // Restore version 1, after confirming: version 5 equals version 1.
        QVERIFY(w.clickOn("historyVersion_1"));
        QQuickItem *restore = nullptr;
        QTRY_VERIFY((restore = findItem(onPage(w, "historyVersion_1"), "restoreVersionButton")) &&
                    restore->isVisible());
        w.click(restore);
        QVERIFY(w.waitFor("confirmRestoreButton"));
        (void)w.grab("history-restore-en");
        QVERIFY(w.clickOn("confirmRestoreButton"));
        QTRY_COMPARE(history->property("count").toInt(), 5);
        QTRY_COMPARE(doc->stepData("mail").value("name").toString(), QString());
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            VersionStore versions(*lib);
            const SequenceVersion first = versions.get(id, 1).value;
            const SequenceVersion newest = versions.get(id, 0).value;
            QCOMPARE(newest.info.number, 5);
            QVERIFY(compareSequences(first.sequence, newest.sequence).isEmpty());
            QCOMPARE(newest.sequence, first.sequence);
        }

        // The same panel in Norwegian.
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        auto *language = w.engine()->singletonInstance<Language *>(typeId);
        QVERIFY(language);
        language->setCurrent(QStringLiteral("nb"));
        QTRY_COMPARE(Language::activeCode(), QStringLiteral("nb"));
        QTRY_COMPARE(onPage(w, "historyButton")->property("text").toString(),
                     QStringLiteral("Historikk"));
        QVERIFY(w.clickOn("historyVersion_2"));
        QTRY_VERIFY(
            textsBelow(onPage(w, "historyList")).contains(QStringLiteral("første versjon")));
        (void)w.grab("history-panel-nb");
        language->setCurrent(QStringLiteral("en"));
        w.stop();
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
