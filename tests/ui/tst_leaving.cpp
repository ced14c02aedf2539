// SPDX-License-Identifier: MIT
// Every way out of a sequence with unsaved edits asks Save / Discard / Cancel (issue 12, item 4):
// the designer's back, "‹ Sequences", Quit, Ctrl+Q, closing the window, opening another sequence
// or another library. Cancel stays; Discard leaves without a recovery offer next time; Return
// saves (the default button has the focus).
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

class TestLeaving : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // How the user tries to leave.
    static void leave(Window &w, const QString &way, const QString &otherId,
                      const QString &otherLibrary)
    {
        if (way == u"back") {
            w.click(w.waitFor("backButton"));
        } else if (way == u"sequences") {
            w.click(w.waitFor("backToHome"));
        } else if (way == u"ctrl+q") {
            w.key(Qt::Key_Q, Qt::ControlModifier);
        } else if (way == u"quit") {
            w.click(w.waitFor("mainMenuButton"));
            w.click(w.waitFor("menuQuit"));
        } else if (way == u"close") {
            QMetaObject::invokeMethod(w.window(), "close");
        } else if (way == u"other sequence") {
            QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, otherId));
        } else if (way == u"other library") {
            QMetaObject::invokeMethod(w.window(), "openLibrary", Q_ARG(QString, otherLibrary));
        }
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    void everyWayOutAsks_data()
    {
        QTest::addColumn<QString>("way");
        for (const char *way :
             {"back", "sequences", "ctrl+q", "quit", "close", "other sequence", "other library"})
            QTest::newRow(way) << QString(way);
    }
    void everyWayOutAsks()
    {
        QFETCH(QString, way);
        const QString path = m_dir.filePath(way + ".sqlite");
        const QString id = createIn(path, emailThenTask());
        Sequence second = emailThenTask();
        second.name = "The other one";
        const QString otherId = createIn(path, second);
        const QString otherLibrary = m_dir.filePath(way + "-other.sqlite");
        QVERIFY(!createIn(otherLibrary, emailThenTask()).isEmpty());

        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(doc->renameStep("mail", "Edited"));
        QVERIFY(doc->dirty());

        // Cancel (Escape): nothing happens, the edits stay.
        leave(w, way, otherId, otherLibrary);
        // (The dialog's buttons are items; the dialog itself is not.)
        QQuickItem *dialog = w.waitFor("leaveSaveButton");
        QVERIFY2(dialog, "no Save / Discard / Cancel question");
        if (way == u"back")
            w.shot("designer-leave-dialog");
        QTRY_VERIFY(w.item("leaveSaveButton")->hasActiveFocus());
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!w.item("leaveSaveButton") || !w.item("leaveSaveButton")->isVisible());
        QVERIFY(w.window()->isVisible());
        QCOMPARE(designerDocument(w), doc);
        QVERIFY(doc->dirty());

        // Quitting ends the program: only Cancel is tried there.
        if (way == u"ctrl+q" || way == u"quit") {
            w.stop();
            return;
        }

        // Discard: leaves, and the edits are not offered back as if the program had crashed.
        leave(w, way, otherId, otherLibrary);
        QVERIFY(w.clickOn("leaveDiscardButton"));
        if (way == u"close") {
            QTRY_VERIFY(!w.window()->isVisible());
        } else if (way == u"other sequence") {
            QTRY_VERIFY(designerDocument(w) && designerDocument(w)->sequenceId() == otherId);
        } else {
            QTRY_VERIFY(w.item("homePage") && !w.item("designerPage"));
        }
        w.stop();
        QCOMPARE(storedIn(path, id).step("mail")->name, QString());
        Window again(path);
        QVERIFY(openDesigner(again, id));
        // Whether there are edits to offer back is decided as the document loads.
        QTRY_VERIFY(designerDocument(again) && designerDocument(again)->loaded());
        QVERIFY(!designerDocument(again)->hasRecovery());
        QVERIFY(!designerDocument(again)->dirty());
        again.stop();
    }

    // Return in the question saves, then leaves.
    void returnSaves()
    {
        const QString path = m_dir.filePath("return.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(doc->renameStep("mail", "Saved on the way out"));
        w.click(w.waitFor("backToHome"));
        QVERIFY(w.waitFor("leaveSaveButton"));
        QTRY_VERIFY(w.item("leaveSaveButton")->hasActiveFocus());
        w.key(Qt::Key_Return);
        QTRY_VERIFY(w.item("homePage") && !w.item("designerPage"));
        QCOMPARE(storedIn(path, id).step("mail")->name, QString("Saved on the way out"));
        w.stop();
    }
};

QTEST_MAIN(TestLeaving)
#include "tst_leaving.moc"
