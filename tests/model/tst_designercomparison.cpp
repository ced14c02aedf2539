// SPDX-License-Identifier: MIT
// Comparing on the canvas (docs/versions.md): the display of two sequences with the removed
// steps put back as ghosts where they hung, each step's marks and old → new values, the list of
// changes with next/previous, and SequenceDocument comparing versions and a file read-only; the
// note the next save gives its version.
#include "comparison.h"
#include "comparisonview.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "library/versionstore.h"
#include "sequencedocument.h"
#include "sequencefile.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

Step step(const QString &id, const QString &type, const QString &next = {},
          const QJsonObject &params = {})
{
    Step s;
    s.id = id;
    s.type = type;
    s.next = next;
    s.params = params;
    return s;
}

QJsonObject days(int n)
{
    return {{"days", n}, {"hours", 0}};
}

// mail → pause → call → todo
Sequence older()
{
    Sequence s;
    s.name = QStringLiteral("Follow up");
    s.appendStep(step("mail", "email", "pause"));
    s.appendStep(step("pause", "wait", "call", days(2)));
    s.appendStep(step("call", "phoneCall", "todo"));
    s.appendStep(step("todo", "task"));
    s.start = QStringLiteral("mail");
    return s;
}

// mail (renamed) → call → pause (3 days) → sms: todo removed, sms added, call and pause moved.
Sequence newer()
{
    Sequence s;
    s.name = QStringLiteral("Follow up");
    Step mail = step("mail", "email", "call");
    mail.name = QStringLiteral("Welcome");
    s.appendStep(mail);
    s.appendStep(step("call", "phoneCall", "pause"));
    s.appendStep(step("pause", "wait", "sms", days(3)));
    s.appendStep(step("sms", "textMessage"));
    s.start = QStringLiteral("mail");
    return s;
}

QStringList marksOf(const ComparisonView &view, const QString &id)
{
    return view.marks.value(id);
}

} // namespace

class TestDesignerComparison : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void init()
    {
        m_library.reset();
        OpenResult opened =
            Library::open(m_dir.filePath(QTest::currentTestFunction() + QStringLiteral(".sqlite")));
        QVERIFY2(opened.library, qPrintable(opened.message));
        m_library = std::move(opened.library);
    }

    // Every kind of mark, and the ghost of the removed step on the link it hung from.
    void marksEveryKind()
    {
        const ComparisonView view = buildComparison(older(), newer());
        QCOMPARE(marksOf(view, "sms"), QStringList{"added"});
        QCOMPARE(marksOf(view, "todo"), QStringList{"removed"});
        QCOMPARE(marksOf(view, "mail"), QStringList{"changed"});
        QCOMPARE(marksOf(view, "pause"), (QStringList{"changed", "moved"}));
        QCOMPARE(marksOf(view, "call"), QStringList{"moved"});
        QCOMPARE(view.changes, compareSequences(older(), newer()));
        // todo hung after call: it goes back there, and what follows call now continues below.
        QCOMPARE(view.display.stepCount(), 5);
        QCOMPARE(view.display.step("call")->next, QStringLiteral("todo"));
        QCOMPARE(view.display.step("todo")->next, QStringLiteral("pause"));
        QCOMPARE(view.display.start, QStringLiteral("mail"));
        // Nothing else of the newer sequence moves.
        QCOMPARE(view.display.step("pause")->next, QStringLiteral("sms"));
    }

    void noRemovedStepShowsTheNewer()
    {
        const ComparisonView view = buildComparison(newer(), newer());
        QVERIFY(view.changes.isEmpty());
        QVERIFY(view.marks.isEmpty());
        QCOMPARE(view.display, newer());
    }

    // A removed start step goes back at the start; a removed step below a removed step goes
    // below its ghost; an unreachable removed step stays apart.
    void ghostsAtTheStartAndBelowGhosts()
    {
        Sequence a;
        a.appendStep(step("first", "email", "second"));
        a.appendStep(step("second", "task", "kept"));
        a.appendStep(step("kept", "phoneCall"));
        a.appendStep(step("loose", "task"));
        a.start = QStringLiteral("first");
        Sequence b;
        b.appendStep(step("kept", "phoneCall"));
        b.start = QStringLiteral("kept");
        const ComparisonView view = buildComparison(a, b);
        QCOMPARE(view.display.start, QStringLiteral("first"));
        QCOMPARE(view.display.step("first")->next, QStringLiteral("second"));
        QCOMPARE(view.display.step("second")->next, QStringLiteral("kept"));
        QVERIFY(view.display.step("loose"));
        QVERIFY(!view.display.incomingLink("loose"));
        for (const QString &id : QStringList{"first", "second", "loose"})
            QCOMPARE(marksOf(view, id), QStringList{"removed"});
    }

    // A removed condition keeps its branches: what hung on the link continues on its Yes.
    void removedConditionKeepsItsBranches()
    {
        Sequence a;
        Step check = step("check", "emailCondition");
        check.yes = QStringLiteral("thanks");
        check.no = QStringLiteral("remind");
        a.appendStep(step("mail", "email", "check"));
        a.appendStep(check);
        a.appendStep(step("thanks", "task"));
        a.appendStep(step("remind", "email"));
        a.start = QStringLiteral("mail");
        Sequence b;
        b.appendStep(step("mail", "email", "thanks"));
        b.appendStep(step("thanks", "task"));
        b.start = QStringLiteral("mail");
        const ComparisonView view = buildComparison(a, b);
        QCOMPARE(view.display.step("mail")->next, QStringLiteral("check"));
        QCOMPARE(view.display.step("check")->yes, QStringLiteral("thanks"));
        QCOMPARE(view.display.step("check")->no, QStringLiteral("remind"));
    }

    void changedValuesOldToNew()
    {
        const Sequence a = older();
        const Sequence b = newer();
        const QList<ChangedValue> mail =
            changedValues(*a.step("mail"), *b.step("mail"), {QStringLiteral("name")});
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail[0].label, QStringLiteral("Name"));
        QCOMPARE(mail[0].from, QStringLiteral("(none)"));
        QCOMPARE(mail[0].to, QStringLiteral("\"Welcome\""));
        const QList<ChangedValue> pause =
            changedValues(*a.step("pause"), *b.step("pause"), {QStringLiteral("params.days")});
        QCOMPARE(pause[0].label, QStringLiteral("Days"));
        QCOMPARE(pause[0].from, QStringLiteral("2"));
        QCOMPARE(pause[0].to, QStringLiteral("3"));
    }

    // The list of changes in the engine's order; next and previous wrap; each step's mark
    // names its kinds and, for a changed step, the old → new values.
    void listAndNavigation()
    {
        Comparison c;
        QVERIFY(!c.active());
        c.show(older(), newer(), QStringLiteral("version 1"), QStringLiteral("version 3"));
        QVERIFY(c.active());
        QCOMPARE(c.count(), 6); // + sms, - todo, changed mail and pause, moved call and pause
        QCOMPARE(c.currentIndex(), -1);
        const auto roleAt = [&](int row, int role) {
            return c.data(c.index(row), role).toString();
        };
        QCOMPARE(roleAt(0, Comparison::KindRole), QStringLiteral("added"));
        QCOMPARE(roleAt(0, Comparison::StepRole), QStringLiteral("sms"));
        QCOMPARE(roleAt(2, Comparison::TitleRole), QStringLiteral("Welcome"));
        QCOMPARE(roleAt(2, Comparison::DetailRole), QStringLiteral("Name: (none) → \"Welcome\""));
        QVERIFY(roleAt(5, Comparison::DetailRole).contains(u"after “Welcome”"));

        c.next();
        QCOMPARE(c.currentStep(), QStringLiteral("sms"));
        c.previous();
        QCOMPARE(c.currentIndex(), 5);
        c.next();
        QCOMPARE(c.currentIndex(), 0);

        const QVariantMap pause = c.stepMark(QStringLiteral("pause"));
        QCOMPARE(pause.value("kinds").toStringList(), (QStringList{"changed", "moved"}));
        QVERIFY(pause.value("details").toString().contains(u"Days: 2 → 3"));
        QVERIFY(pause.value("details").toString().contains(u"Moved from"));
        QVERIFY(c.stepMark(QStringLiteral("nothing")).isEmpty());
        c.clear();
        QVERIFY(!c.active());
        QCOMPARE(c.count(), 0);
        QVERIFY(c.stepMark(QStringLiteral("pause")).isEmpty());
    }

    // The document: three saves (the third with a note), versions 1 and 3 compared read-only
    // with the marks on the canvas, the list selecting steps, back to the current sequence.
    void documentComparesVersions()
    {
        Sequence first = older();
        const QString id = SequenceStore(*m_library).create(first).value.sequence.id;
        SequenceDocument doc;
        doc.setLibrary(m_library.get());
        doc.setSequenceId(id);
        QVERIFY(doc.loaded());
        QVERIFY(doc.renameStep("mail", QStringLiteral("Hello")));
        QVERIFY(doc.save());
        QVERIFY(doc.renameStep("mail", QStringLiteral("Welcome")));
        doc.setSaveNote(QStringLiteral("  Renamed for the webinar  "));
        QVERIFY(doc.save());
        QCOMPARE(doc.saveNote(), QString());
        const QList<VersionInfo> versions = VersionStore(*m_library).list(id).value;
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[2].note, QStringLiteral("Renamed for the webinar"));
        QCOMPARE(versions[1].note, QString());

        QVERIFY(doc.compareVersions(3, 1)); // either order: 1 is the older
        QVERIFY(doc.comparison()->active());
        QVERIFY(doc.readOnly());
        QVERIFY(doc.readOnlyReason().contains(u"version 1"));
        QVERIFY(!doc.renameStep("mail", QStringLiteral("Not allowed")));
        QCOMPARE(doc.comparison()->count(), 1);
        CanvasModel *canvas = doc.canvas();
        const QVariantMap mark = canvas->changeMark(QStringLiteral("mail"));
        QCOMPARE(mark.value("kinds").toStringList(), QStringList{"changed"});
        QVERIFY(mark.value("details").toString().contains(u"Name: (none) → \"Welcome\""));
        QVERIFY(canvas->changeMark(QStringLiteral("call")).isEmpty());
        doc.comparison()->next();
        QCOMPARE(doc.selectedId(), QStringLiteral("mail"));

        doc.viewCurrent();
        QVERIFY(!doc.comparison()->active());
        QVERIFY(!doc.readOnly());
        QVERIFY(canvas->changeMark(QStringLiteral("mail")).isEmpty());

        // Not with unsaved edits: they would be lost.
        QVERIFY(doc.renameStep("mail", QStringLiteral("Unsaved")));
        QVERIFY(!doc.compareVersions(1, 2));
        QVERIFY(doc.notice().contains(u"Save or undo"));
        QVERIFY(!doc.comparison()->active());
    }

    // Compare with file: the file is the older side, the saved sequence the newer; a file of
    // two sequences, or one that cannot be read, is refused with a message.
    void documentComparesWithFile()
    {
        const QString id = SequenceStore(*m_library).create(newer()).value.sequence.id;
        SequenceDocument doc;
        doc.setLibrary(m_library.get());
        doc.setSequenceId(id);
        QVERIFY(doc.loaded());
        const QString path = m_dir.filePath("older.sequence.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeSequenceFile({older()}));
        file.close();

        QVERIFY(doc.compareWithFile(QUrl::fromLocalFile(path)));
        QVERIFY(doc.readOnly());
        QCOMPARE(doc.comparison()->count(), 6);
        QCOMPARE(doc.comparison()->olderLabel(), QStringLiteral("“older.sequence.json”"));
        QCOMPARE(doc.canvas()->changeMark("todo").value("kinds").toStringList(),
                 QStringList{"removed"});
        QVERIFY(!doc.canvas()->nodeRect(QStringLiteral("todo")).isNull()); // the ghost's card
        doc.viewCurrent();

        const QString two = m_dir.filePath("two.sequence.json");
        QFile both(two);
        QVERIFY(both.open(QIODevice::WriteOnly));
        Sequence one = newer();
        one.id = QStringLiteral("3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b");
        Sequence other;
        other.id = QStringLiteral("5b0e7c3a-9d2f-4c1e-8a6b-2f4d6e8a0c1b");
        other.name = QStringLiteral("Other");
        other.appendStep(step("lone", "task"));
        other.start = QStringLiteral("lone");
        both.write(writeSequenceFile({one, other}));
        both.close();
        QVERIFY(!doc.compareWithFile(QUrl::fromLocalFile(two)));
        QVERIFY2(doc.notice().contains(u"exactly one sequence"), qPrintable(doc.notice()));
        QVERIFY(!doc.compareWithFile(QUrl::fromLocalFile(m_dir.filePath("missing.json"))));
        QVERIFY(doc.notice().contains(u"cannot be compared"));
        QVERIFY(!doc.comparison()->active());
    }
};

QTEST_MAIN(TestDesignerComparison)
#include "tst_designercomparison.moc"
