// SPDX-License-Identifier: MIT
// The window on a team library (issue 18, items 1, 3 and 4), on the pgcluster fixture's
// throwaway server: File ▸ Open team library… opens one (and says what went wrong when it
// cannot), and the home page and an open read-only sequence follow another manager's change
// (LISTEN/NOTIFY) without anyone reloading. Both languages' dialog is grabbed.
#include "../library/fixtures.h"
#include "language.h"
#include "library/activation.h"
#include "librarysession.h"
#include "profile.h"
#include "tst_designerhelpers.h"

#include <QAbstractItemModel>
#include <QSettings>
#include <QUrlQuery>

using namespace sd;
using namespace sd::uitest;

class TestTeamWindow : public QObject
{
    Q_OBJECT

    static LibrarySession *session(const Window &w)
    {
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "LibrarySession");
        return w.engine()->singletonInstance<LibrarySession *>(typeId);
    }
    static QAbstractItemModel *table(const Window &w)
    {
        return qobject_cast<QAbstractItemModel *>(w.object("sequenceTableModel"));
    }
    static void type(const Window &w, const char *field, const QString &text)
    {
        w.item(field)->setProperty("text", text);
    }

private slots:
    void initTestCase()
    {
        if (lt::teamServer().isEmpty())
            QSKIP("No test server: this test runs under ctest, with the pgcluster fixture");
        isolate();
        Language::setStartupOverride("en");
    }

    void openTeamLibraryFromTheMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("nb") << "nb";
    }
    void openTeamLibraryFromTheMenu()
    {
        QFETCH(QString, language);
        const QString url = lt::TeamDatabases::instance().create();
        QVERIFY(Library::open(url)); // set up, as `team init` would have
        const QUrl parsed(url);
        const QString socket = QUrlQuery(parsed).queryItemValue("host", QUrl::FullyDecoded);
        const QString database = parsed.path().mid(1);

        Window w;
        QVERIFY(w.start());
        if (language != u"en") {
            const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
            w.engine()->singletonInstance<Language *>(typeId)->setCurrent(language);
            QTRY_COMPARE(Language::activeCode(), language);
        }
        QVERIFY(w.clickOn("mainMenuButton"));
        QVERIFY(w.clickOn("menuOpenTeamLibrary"));
        QVERIFY(w.waitFor("teamLibraryHost"));

        // A database the server does not have: the dialog stays, and says so.
        type(w, "teamLibraryHost", socket);
        type(w, "teamLibraryDatabase", "no_such_team");
        type(w, "teamLibraryUser", "sdadmin");
        type(w, "teamLibraryPassword", "not kept");
        // The test machine's keyring is not the test's to change.
        w.item("teamLibraryRemember")->setProperty("checked", false);
        QVERIFY(w.clickOn("teamLibraryOpen"));
        QTRY_VERIFY(w.item("teamLibraryProblem")->isVisible());
        if (language == u"en") {
            QVERIFY2(w.item("teamLibraryProblem")
                         ->property("text")
                         .toString()
                         .contains("The server has no such database"),
                     qPrintable(w.item("teamLibraryProblem")->property("text").toString()));
        }
        w.shot("team-library-dialog-" + language);

        type(w, "teamLibraryDatabase", database);
        QVERIFY(w.clickOn("teamLibraryOpen"));
        QTRY_VERIFY(session(w)->path().startsWith("postgresql://"));
        QVERIFY(session(w)->ready());
        QVERIFY2(!session(w)->path().contains("not kept"), qPrintable(session(w)->path()));
        QTRY_VERIFY(!w.item("teamLibraryHost") || !w.item("teamLibraryHost")->isVisible());
        w.stop();
        // Nothing of the password reached the settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains("not kept"), qPrintable(key));
    }

    // Another manager's change shows on the home page, and in an open active (read-only)
    // sequence, without reloading.
    void othersChangesShow()
    {
        const QString url = lt::TeamDatabases::instance().create();
        std::unique_ptr<Library> other = lt::openLibrary(url);
        QVERIFY(other);
        SequenceStore store(*other);
        const QString id = store.create(emailThenTask()).value.sequence.id;
        QVERIFY(Activation(*other).activate(id, Profile::defaultProfile()));

        Window w(url);
        QVERIFY(w.start());
        QTRY_COMPARE(table(w) ? table(w)->rowCount() : -1, 1);
        Sequence second = emailThenTask();
        second.name = "Made by someone else";
        QVERIFY(store.create(second));
        QTRY_COMPARE(table(w)->rowCount(), 2);

        QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
        SequenceDocument *doc = designerDocument(w);
        QVERIFY(doc);
        QTRY_VERIFY(doc->loaded());
        QVERIFY(doc->active());
        QVERIFY(Activation(*other).deactivate(id));
        QTRY_VERIFY(!doc->active());
        QVERIFY(!doc->readOnly());
        w.stop();
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
