// SPDX-License-Identifier: MIT
// Two people, one sequence (issue 18, item 4): saving over a version someone else saved since
// the sequence was opened is refused with who and when, and the window offers the three ways
// on: open theirs (yours offered back from the recovery area), save yours as a copy, compare.
#include "language.h"
#include "tst_designerhelpers.h"

#include <QLocale>

using namespace sd;
using namespace sd::uitest;

class TestSaveConflict : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens a fresh library's sequence in the window, renames a step in it (unsaved), lets
    // someone else save the sequence meanwhile, and presses Ctrl+S: the conflict banner shows.
    static bool refusedSave(Window &w, const QString &path, const QString &id)
    {
        if (!(w.window() ? showSequence(w, id) : openDesigner(w, id)))
            return false;
        SequenceDocument *doc = designerDocument(w);
        if (!doc->renameStep("mail", "Mine"))
            return false;
        OpenResult other = Library::open(path);
        Sequence theirs = SequenceStore(*other.library).get(id).value.sequence;
        theirs.name = "Theirs";
        if (!SequenceStore(*other.library).save(theirs, 1))
            return false;
        w.key(Qt::Key_S, Qt::ControlModifier);
        return w.waitFor("conflictBanner") != nullptr;
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en"); // the message is compared in English
    }

    void saveYoursAsACopy()
    {
        const QString path = m_dir.filePath("copy.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(refusedSave(w, path, id));
        SequenceDocument *doc = designerDocument(w);
        const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        QTRY_VERIFY(w.item("conflictBanner")->isVisible());
        QVERIFY2(
            doc->conflictText().startsWith("Saved by ") &&
                doc->conflictText().endsWith(": open theirs, save yours as a copy, or compare."),
            qPrintable(doc->conflictText()));
        QVERIFY2(doc->conflictText().contains(at) ||
                     doc->conflictText().contains(QLocale().toString(
                         QTime::currentTime().addSecs(-60), QLocale::ShortFormat)),
                 qPrintable(doc->conflictText()));
        w.shot("save-conflict");
        QCOMPARE(storedIn(path, id).name, QString("Theirs")); // theirs stays as they saved it

        QVERIFY(w.clickOn("conflictBannerSecondAction"));
        QTRY_VERIFY(doc->sequenceId() != id);
        const Sequence copy = storedIn(path, doc->sequenceId());
        QCOMPARE(copy.step("mail")->name, QString("Mine"));
        QVERIFY2(copy.name.contains("your copy"), qPrintable(copy.name));
        QVERIFY(!doc->dirty());
        QVERIFY(doc->conflictText().isEmpty());
        QCOMPARE(storedIn(path, id).name, QString("Theirs"));
        w.stop();
    }

    // The banner in Norwegian (and its picture, for people to look at).
    void conflictInNorwegian()
    {
        const QString path = m_dir.filePath("nb.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(w.start());
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        w.engine()->singletonInstance<Language *>(typeId)->setCurrent("nb");
        QTRY_COMPARE(Language::activeCode(), QStringLiteral("nb"));
        QVERIFY(refusedSave(w, path, id));
        SequenceDocument *doc = designerDocument(w);
        QTRY_VERIFY(w.item("conflictBanner")->isVisible());
        QVERIFY2(doc->conflictText().startsWith("Lagret av "), qPrintable(doc->conflictText()));
        w.shot("save-conflict-nb");
        w.engine()->singletonInstance<Language *>(typeId)->setCurrent("en");
        w.stop();
    }

    void openTheirsOffersYoursBack()
    {
        const QString path = m_dir.filePath("theirs.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(refusedSave(w, path, id));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(w.clickOn("conflictBannerAction"));
        QTRY_COMPARE(doc->name(), QString("Theirs"));
        QVERIFY(doc->conflictText().isEmpty());
        QVERIFY(doc->hasRecovery());
        QTRY_VERIFY(w.item("recoveryBanner") && w.item("recoveryBanner")->isVisible());
        doc->restoreRecovery();
        QCOMPARE(doc->sequence().step("mail")->name, QString("Mine"));
        QVERIFY(doc->save()); // on top of theirs now
        QCOMPARE(storedIn(path, id).step("mail")->name, QString("Mine"));
        w.stop();
    }

    void compareShowsTheirsAndYours()
    {
        const QString path = m_dir.filePath("compare.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(refusedSave(w, path, id));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(w.clickOn("conflictBannerThirdAction"));
        QTRY_VERIFY(doc->comparison()->active());
        QVERIFY(doc->readOnly());
        QVERIFY2(doc->readOnlyReason().contains("your changes"), qPrintable(doc->readOnlyReason()));
        w.shot("save-conflict-compare");
        // Closing the comparison opens theirs and offers yours back.
        doc->viewCurrent();
        QTRY_COMPARE(doc->name(), QString("Theirs"));
        QVERIFY(doc->hasRecovery());
        w.stop();
    }
};

QTEST_MAIN(TestSaveConflict)
#include "tst_saveconflict.moc"
