// SPDX-License-Identifier: MIT
// The row actions of the home page: create a copy, activate and deactivate (and a refusal with
// its problems), delete (an active one is deactivated and deleted), and a library that cannot
// open. Each checks the library afterwards.
#include "homefixture.h"
#include "uitest.h"

#include <QFile>
#include <QSettings>

using namespace sd::uitest;

class TestHomeActions : public QObject
{
    Q_OBJECT

    static sd::SequenceSummary byName(const QString &path, const QString &name)
    {
        for (const sd::SequenceSummary &s : libraryRows(path)) {
            if (s.name == name)
                return s;
        }
        return {};
    }
    // Selects the row showing `row` by clicking its name cell.
    static bool select(const Window &w, int row)
    {
        QQuickItem *cell = w.waitFor(QStringLiteral("cell_%1_name").arg(row));
        if (!cell)
            return false;
        w.click(cell);
        return true;
    }

private slots:
    void initTestCase()
    {
        isolate();
        QGuiApplication::setApplicationName("tst_homeactions");
        QSettings().remove("home");
    }

    void copiesWithANewName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("l.sqlite");
        QVERIFY(seedLibrary(path, 3));
        Window w(path);
        QVERIFY(w.start());
        QVERIFY(select(w, 1)); // Sequence 02
        QVERIFY(w.clickOn("copyButton"));
        QQuickItem *name = w.waitFor("copyName");
        QVERIFY(name);
        QCOMPARE(name->property("text").toString(), QStringLiteral("Sequence 02 (copy)"));
        w.click(name);
        w.retype("Copied sequence");
        QVERIFY(w.clickOn("copySaveClose"));
        QTRY_COMPARE(libraryRows(path).size(), 3 + 1);
        const sd::SequenceSummary copy = byName(path, "Copied sequence");
        const sd::SequenceSummary original = byName(path, "Sequence 02");
        QVERIFY(!copy.id.isEmpty());
        QCOMPARE(copy.steps, original.steps);
        QCOMPARE(copy.status, sd::Status::Inactive);
        QVERIFY(!w.item("designerPage")); // Save and close stays on the home page

        // Save and edit opens the copy in the designer.
        QVERIFY(select(w, 0));
        QVERIFY(w.clickOn("copyButton"));
        QVERIFY(w.waitFor("copyName"));
        QVERIFY(w.clickOn("copySaveEdit"));
        QQuickItem *designer = w.waitFor("designerPage");
        QVERIFY(designer);
        QCOMPARE(designer->property("sequenceId").toString(),
                 byName(path, "Copied sequence (copy)").id);
    }

    void activatesAndDeactivates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("l.sqlite");
        QVERIFY(seedLibrary(path, 3)); // Sequence 01 is active
        Window w(path);
        QVERIFY(w.start());
        QVERIFY(select(w, 1));
        QVERIFY(w.clickOn("activateButton"));
        QVERIFY(w.waitFor("activateText"));
        QVERIFY(w.clickOn("confirmActivate"));
        QTRY_COMPARE(byName(path, "Sequence 02").status, sd::Status::Active);
        QQuickItem *button = w.waitFor("activateButton");
        QTRY_COMPARE(button->property("text").toString(), QStringLiteral("Deactivate"));

        w.click(button);
        QVERIFY(w.clickOn("confirmDeactivate"));
        QTRY_COMPARE(byName(path, "Sequence 02").status, sd::Status::Inactive);
        QCOMPARE(byName(path, "Sequence 01").status, sd::Status::Active);
    }

    void showsWhyActivationIsRefused()
    {
        Window w;
        QVERIFY(w.start());
        w.key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w.clickOn("useBlank"));
        QVERIFY(w.waitFor("sequenceName"));
        w.click(w.item("sequenceName"));
        w.type("Empty one");
        QVERIFY(w.clickOn("createNext"));
        QVERIFY(w.waitFor("designerPage"));
        QMetaObject::invokeMethod(w.window(), "showHome");
        QTRY_VERIFY(!w.item("designerPage"));
        QVERIFY(select(w, 0));
        QVERIFY(w.clickOn("activateButton"));
        QVERIFY(w.clickOn("confirmActivate"));
        QVERIFY(w.waitFor("activationProblems")); // no steps: cannot be activated
        QVERIFY(w.waitFor("problem_0"));
        w.shot("activation-refused");
        QCOMPARE(byName(w.libraryPath(), "Empty one").status, sd::Status::Inactive);
        QVERIFY(w.clickOn("problem_0")); // problemChosen: the designer opens on it
        QVERIFY(w.waitFor("designerPage"));
    }

    void deletesAnActiveSequenceAfterConfirming()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("l.sqlite");
        QVERIFY(seedLibrary(path, 3));
        Window w(path);
        QVERIFY(w.start());
        QVERIFY(select(w, 0)); // Sequence 01, active
        w.key(Qt::Key_Delete);
        QQuickItem *confirm = w.waitFor("confirmDelete");
        QVERIFY(confirm);
        QCOMPARE(confirm->property("text").toString(), QStringLiteral("Deactivate and delete"));
        QVERIFY(w.clickOn("cancelDelete"));
        QTRY_VERIFY(!w.isOpen("deleteDialog"));
        QCOMPARE(libraryRows(path).size(), 3); // cancelled: nothing deleted
        QVERIFY(w.clickOn("deleteButton"));
        QVERIFY(w.clickOn("confirmDelete"));
        QTRY_COMPARE(libraryRows(path).size(), 2);
        QVERIFY(byName(path, "Sequence 01").id.isEmpty());

        QVERIFY(select(w, 0)); // Sequence 02, inactive
        QVERIFY(w.clickOn("deleteButton"));
        confirm = w.waitFor("confirmDelete");
        QVERIFY(confirm);
        QCOMPARE(confirm->property("text").toString(), QStringLiteral("Delete"));
        w.click(confirm);
        QTRY_COMPARE(libraryRows(path).size(), 1);
    }

    void windowSizeIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("l.sqlite");
        {
            Window w(path);
            QVERIFY(w.start());
            w.window()->resize(1100, 700);
            QTRY_COMPARE(w.window()->width(), 1100);
            w.stop();
        }
        Window again(path);
        QVERIFY(again.start());
        QCOMPARE(again.window()->size(), QSize(1100, 700));
        again.window()->resize(1280, 800);
    }

    void aLibraryThatCannotOpenOffersAWayOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.sqlite");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Window w(path);
        QVERIFY(w.start());
        QVERIFY(w.waitFor("emptyOpenLibrary"));
        QVERIFY(w.waitFor("emptyNewLibrary"));
        QQuickItem *text = w.waitFor("emptyText");
        QVERIFY(text);
        QVERIFY(!text->property("text").toString().isEmpty());
        QVERIFY(!w.item("newSequence")->isEnabled());
        w.shot("library-cannot-open");

        // The way out works: open a good library from the session.
        const QString good = dir.filePath("good.sqlite");
        QVERIFY(seedLibrary(good, 2));
        QVERIFY(QMetaObject::invokeMethod(w.window(), "openLibrary", Q_ARG(QString, good)));
        QTRY_VERIFY(w.waitFor("cell_1_name"));
        QVERIFY(w.item("newSequence")->isEnabled());
    }
};

QTEST_MAIN(TestHomeActions)
#include "tst_homeactions.moc"
