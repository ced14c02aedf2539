// SPDX-License-Identifier: MIT
// A quick start (issue 19): the designer page is not part of the home page's start; the window
// compiles it after the home page's first frame. A sequence opens the same before that is done
// (the open finishes it at once) and after.
#include "generate.h"
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

class TestStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_id;

    // The designer on show, drawn, with its start card; then back to the home page by its own
    // way out.
    static void opensAndCloses(const Window &w, const QString &shot)
    {
        QQuickItem *page = w.waitFor("designerPage");
        QVERIFY(page);
        QVERIFY(w.waitFor("card_start"));
        QVERIFY(w.drawn());
        w.shot(shot);
        QMetaObject::invokeMethod(page, "requestClose");
        QQuickItem *pages = w.item("pages");
        QTRY_COMPARE(pages->property("depth").toInt(), 1);
        QTRY_VERIFY(w.item("homePage")->isVisible());
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
        m_path = m_dir.filePath("startup.sqlite");
        m_id = createIn(m_path, generateSequence(100));
    }

    void homePageThenOpenOnceCompiled()
    {
        Window w(m_path);
        QVERIFY(w.start());
        QVERIFY(w.drawn());
        QVERIFY(w.waitFor("homePage"));
        QTRY_COMPARE(w.object("sequenceTableModel")->property("count").toInt(), 1);
        QVERIFY(w.waitFor("searchField")->hasActiveFocus());
        w.shot("startup-home");
        // Compiled after the first frame, and not made until asked for.
        QTRY_VERIFY(w.window()->property("designerReady").toBool());
        QVERIFY(!w.item("designerPage"));
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, m_id));
        opensAndCloses(w, "startup-opened");
        // The home page's History… opens the page too, with its history panel.
        QMetaObject::invokeMethod(w.item("homePage"), "historyRequested", Q_ARG(QString, m_id));
        QVERIFY(w.waitFor("historyPanel", 5000));
        opensAndCloses(w, "startup-history");
        w.stop();
    }

    void opensAtOnceBeforeItIsCompiled()
    {
        Window w(m_path);
        QVERIFY(w.load());
        // Nothing drawn yet, so nothing compiled: the open finishes the designer page itself.
        QVERIFY(!w.window()->property("designerReady").toBool());
        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, m_id));
        QVERIFY(w.window()->property("designerReady").toBool());
        opensAndCloses(w, "startup-opened-at-once");
        w.stop();
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
