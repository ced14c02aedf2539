// SPDX-License-Identifier: MIT
// The window on a team library (issue 18, items 1, 3 and 4), on the pgcluster fixture's
// throwaway server: File ▸ Open team library… opens one (and says what went wrong when it
// cannot), and the home page and an open read-only sequence follow another manager's change
// (LISTEN/NOTIFY) without anyone reloading; a seller's home page marks their personal sequences
// and says why the rest cannot be changed; "Copy to team library…" copies from a file. Both
// languages' dialog and seller's page are grabbed.
#include "../library/fixtures.h"
#include "language.h"
#include "library/activation.h"
#include "library/sequencelist.h"
#include "library/teamroles.h"
#include "librarysession.h"
#include "profile.h"
#include "sequencetablemodel.h"
#include "tst_designerhelpers.h"

#include <QAbstractItemModel>
#include <QAccessible>
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
    static QString as(QString url, const char *user)
    {
        return url.replace(QStringLiteral("sdadmin@"), QString::fromUtf8(user) + u'@');
    }
    // Fills the team library dialog with the database of `url` (on the test server's socket).
    static void fillDialog(const Window &w, const QString &url)
    {
        const QUrl parsed(url);
        type(w, "teamLibraryHost", QUrlQuery(parsed).queryItemValue("host", QUrl::FullyDecoded));
        type(w, "teamLibraryDatabase", parsed.path().mid(1));
        type(w, "teamLibraryUser", parsed.userName());
        // The test machine's keyring is not the test's to change.
        w.item("teamLibraryRemember")->setProperty("checked", false);
    }
    static void setLanguage(const Window &w, const QString &language)
    {
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        w.engine()->singletonInstance<Language *>(typeId)->setCurrent(language);
        QTRY_COMPARE(Language::activeCode(), language);
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
        setLanguage(w, language);
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
        // Said once, in the dialog: not also in the window's banner behind it.
        QVERIFY(!w.item("errorBanner")->isVisible());
        w.shot("team-library-dialog-" + language);

        type(w, "teamLibraryDatabase", database);
        QVERIFY(w.clickOn("teamLibraryOpen"));
        QTRY_VERIFY(session(w)->path().startsWith("postgresql://"));
        QVERIFY(session(w)->ready());
        QVERIFY2(!session(w)->path().contains("not kept"), qPrintable(session(w)->path()));
        QTRY_VERIFY(!w.item("teamLibraryHost") || !w.item("teamLibraryHost")->isVisible());
        // The header names the database, and where it is with the socket folder decoded; the
        // dialog opens on the same place.
        QCOMPARE(w.item("libraryName")->property("text").toString(), database);
        const QString location = w.item("libraryPath")->property("text").toString();
        QVERIFY2(location.contains(socket + ":") && !location.contains("%2F"),
                 qPrintable(location));
        QVERIFY(w.clickOn("mainMenuButton"));
        QVERIFY(w.clickOn("menuOpenTeamLibrary"));
        QVERIFY(w.waitFor("teamLibraryHost"));
        QCOMPARE(w.item("teamLibraryHost")->property("text").toString(), socket);
        QVERIFY(w.clickOn("teamLibraryCancel"));
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

    // A seller's home page: their own sequences are marked personal, and what only sequence
    // managers may do to the others is disabled, saying why, before the database refuses it.
    void sellerHomePage_data() { openTeamLibraryFromTheMenu_data(); }
    void sellerHomePage()
    {
        QFETCH(QString, language);
        const QString owner = lt::TeamDatabases::instance().create();
        std::unique_ptr<Library> admin = lt::openLibrary(owner);
        QVERIFY(admin);
        TeamRoles roles(*admin);
        QVERIFY(roles.init());
        QVERIFY(roles.grant("ann", TeamRole::Seller));
        Sequence team = emailThenTask();
        team.name = "Team follow up";
        const QString teamId = SequenceStore(*admin).create(team).value.sequence.id;
        QVERIFY(Activation(*admin).activate(teamId, Profile::defaultProfile()));
        std::unique_ptr<Library> ann = lt::openLibrary(as(owner, "ann"));
        QVERIFY(ann);
        Sequence own = emailThenTask();
        own.name = "Ann's webinar";
        const QString ownId = SequenceStore(*ann).create(own).value.sequence.id;

        Window w(as(owner, "ann"));
        QVERIFY(w.start());
        setLanguage(w, language);
        QCOMPARE(session(w)->teamRole(), QStringLiteral("seller"));
        auto *model = qobject_cast<SequenceTableModel *>(table(w));
        QTRY_COMPARE(model->rowCount(), 2);
        const auto chip = [&](const QString &id) {
            QQuickItem *cell = w.item(QStringLiteral("cell_%1_name").arg(model->rowOf(id)));
            QQuickItem *found = cell ? findItem(cell, "personalChip") : nullptr;
            return found && found->isVisible();
        };
        QTRY_VERIFY(chip(ownId));
        QVERIFY(!chip(teamId));

        QQuickItem *page = w.item("homePage");
        QQuickItem *activate = w.item("activateButton");
        QQuickItem *remove = w.item("deleteButton");
        page->setProperty("selectedId", teamId);
        QTRY_VERIFY(!activate->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(w.item("copyButton")->isEnabled()); // a personal copy is hers to make
        const auto reason = [](QQuickItem *item) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
            return a ? a->text(QAccessible::Description) : QStringLiteral("(not accessible)");
        };
        if (language == u"en") {
            QCOMPARE(reason(activate), QStringLiteral("Only sequence managers can activate or "
                                                      "deactivate team sequences. Create a copy "
                                                      "to have a personal one."));
            QCOMPARE(reason(remove),
                     QStringLiteral("Only sequence managers can delete team sequences."));
        } else {
            QVERIFY(!reason(activate).isEmpty() && !reason(activate).startsWith("Only"));
        }
        QTest::mouseMove(w.window(), Window::centre(activate)); // its tooltip, for the picture
        w.shot("team-seller-home-" + language);

        page->setProperty("selectedId", ownId);
        QTRY_VERIFY(activate->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(reason(activate).isEmpty());

        // In the designer the team sequence offers a copy to edit, not to deactivate it.
        QVERIFY(showSequence(w, teamId));
        QQuickItem *deactivate = w.waitFor("deactivateButton");
        QVERIFY(deactivate);
        QVERIFY(!deactivate->isEnabled());
        QVERIFY(!reason(deactivate).isEmpty());
        QTRY_VERIFY(w.item("readOnlyBanner") && w.item("readOnlyBanner")->isVisible());
        QCOMPARE(w.item("readOnlyBanner")->property("actionText").toString(), QString());
        w.stop();
    }

    // "Copy to team library…" on a file's home page: the row's sequence goes to the team
    // library named in the dialog, which says what it did; a second copy gets a new id.
    void copyToTeamLibrary()
    {
        const QString url = lt::TeamDatabases::instance().create();
        QVERIFY(Library::open(url));
        Window w;
        Sequence s = emailThenTask();
        s.name = "Partner onboarding";
        createIn(w.libraryPath(), s);
        QVERIFY(w.start());
        setLanguage(w, "en");
        QTRY_COMPARE(table(w) ? table(w)->rowCount() : -1, 1);
        int copies = 0;
        for (const char *expected : {"was copied to the team library", "got a new id"}) {
            QQuickItem *cell = w.waitFor("cell_0_name");
            QVERIFY(cell);
            w.click(cell, Qt::RightButton);
            QVERIFY(w.clickOn("menuCopyToTeam"));
            QVERIFY(w.waitFor("teamLibraryHost"));
            fillDialog(w, url);
            QVERIFY(w.clickOn("teamLibraryOpen"));
            QTRY_VERIFY(w.item("teamLibraryOutcome")->isVisible());
            const QString said = w.item("teamLibraryOutcome")->property("text").toString();
            QVERIFY2(said.contains(expected), qPrintable(said));
            w.shot(QStringLiteral("team-copy-%1").arg(++copies));
            QVERIFY(w.clickOn("teamLibraryCancel")); // now "Close"
            QTRY_VERIFY(!w.item("teamLibraryHost") || !w.item("teamLibraryHost")->isVisible());
        }
        QVERIFY(!session(w)->team()); // the file stays open
        std::unique_ptr<Library> team = lt::openLibrary(url);
        const QList<SequenceSummary> there = SequenceList(*team).list().value;
        QCOMPARE(there.size(), 2);
        QCOMPARE(there[0].name, s.name);
        QCOMPARE(there[1].name, s.name);
        w.stop();
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
