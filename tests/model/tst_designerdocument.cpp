// SPDX-License-Identifier: MIT
// SequenceDocument: loading, every edit with its undo entry, merging, saving, recovery, the
// clipboard format, the "can insert here" rules and the canvas model.
#include "canvasmodel.h"
#include "designertestutil.h"
#include "generate.h"
#include "insertoption.h"
#include "insertrules.h"
#include "library/activation.h"
#include "library/library.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequencedocument.h"
#include "stepinspector.h"
#include "stepstyle.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using dt::step;

class TestDesignerDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    QString create(const Sequence &initial)
    {
        const auto made = SequenceStore(*m_library).create(initial);
        return made.ok() ? made.value.sequence.id : QString();
    }

    std::unique_ptr<SequenceDocument> open(const QString &id)
    {
        auto doc = std::make_unique<SequenceDocument>();
        doc->setLibrary(m_library.get());
        doc->setSequenceId(id);
        return doc;
    }

    Sequence emailThenTask()
    {
        Sequence s;
        s.name = "Two steps";
        s.appendStep(step("mail", "email", "todo"));
        s.appendStep(step("todo", "task"));
        s.start = "mail";
        return s;
    }

private slots:
    void init() { dt::openLibrary(m_dir, m_library); }

    void loadsAndLaysOut()
    {
        const QString id = create(emailThenTask());
        auto doc = open(id);
        QVERIFY(doc->loaded());
        QCOMPARE(doc->name(), QString("Two steps"));
        QCOMPARE(doc->stepCount(), 2);
        QVERIFY(!doc->readOnly());
        QVERIFY(!doc->dirty());
        QCOMPARE(doc->canvas()->nodeCount(), 3); // start + 2
        doc->canvas()->setViewport(QRectF(-5000, -5000, 10000, 10000));
        QCOMPARE(doc->canvas()->cards()->rowCount(), 3);
        QCOMPARE(doc->canvas()->pluses()->rowCount(), 3); // start->mail, mail->todo, end
        const QModelIndex first = doc->canvas()->cards()->index(0);
        QCOMPARE(first.data(CardModel::NameRole).toString(), QString("Sequence starts here"));
        QCOMPARE(first.data(CardModel::GroupRole).toString(), QString("start"));
    }

    void missingSequenceSaysSo()
    {
        auto doc = open("no-such-id");
        QVERIFY(!doc->loaded());
        QVERIFY(!doc->errorMessage().isEmpty());
    }

    void insertUndoRedo()
    {
        auto doc = open(create(emailThenTask()));
        const QString waitId = doc->insertStep("mail", "next", "wait");
        QVERIFY(!waitId.isEmpty());
        QCOMPARE(doc->sequence().step("mail")->next, waitId);
        QCOMPARE(doc->sequence().step(waitId)->next, QString("todo"));
        QCOMPARE(doc->sequence().step(waitId)->params.value("days").toInt(), 1);
        QCOMPARE(doc->selectedId(), waitId);
        QVERIFY(doc->dirty());
        QVERIFY(doc->undoText().contains("Set wait time"));
        QCOMPARE(doc->canvas()->nodeCount(), 4);
        doc->undo();
        QCOMPARE(doc->stepCount(), 2);
        QVERIFY(!doc->dirty());
        QCOMPARE(doc->canvas()->nodeCount(), 3);
        doc->redo();
        QCOMPARE(doc->stepCount(), 3);
        QCOMPARE(doc->sequence().step("mail")->next, waitId);
    }

    void insertRules_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("email condition below an email") << "mail"
                                                        << "emailCondition" << true;
        QTest::newRow("email condition at the start") << ""
                                                      << "emailCondition" << false;
        QTest::newRow("call condition below an email") << "mail"
                                                       << "callCondition" << false;
        QTest::newRow("call condition below a call") << "call"
                                                     << "callCondition" << true;
        QTest::newRow("email condition below a call") << "call"
                                                      << "emailCondition" << false;
        QTest::newRow("email condition below a wait under an email") << "pause"
                                                                     << "emailCondition" << true;
        QTest::newRow("anything after advance") << "adv"
                                                << "task" << false;
        QTest::newRow("advance at the start") << ""
                                              << "advanceToSequence" << false;
        QTest::newRow("advance with a step below") << "mail"
                                                   << "advanceToSequence" << false;
        QTest::newRow("advance at a path end") << "call"
                                               << "advanceToSequence" << true;
        QTest::newRow("a task anywhere") << "mail"
                                         << "task" << true;
    }

    void insertRules()
    {
        QFETCH(QString, parent);
        QFETCH(QString, type);
        QFETCH(bool, allowed);
        // start -> mail -> pause -> call ; a second tree is irrelevant here.
        Sequence s;
        s.appendStep(step("mail", "email", "pause"));
        s.appendStep(step("pause", "wait", "call"));
        s.appendStep(step("call", "phoneCall"));
        s.start = "mail";
        if (parent == u"adv") {
            s.setSteps({step("mail", "email", "adv"), step("adv", "advanceToSequence")});
        }
        const QString why = insertRefusal(s, {parent, Branch::Next}, type);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void refusedInsertSaysWhy()
    {
        auto doc = open(create(emailThenTask()));
        QVERIFY(doc->insertStep("", "next", "emailCondition").isEmpty());
        QVERIFY(!doc->notice().isEmpty());
        QCOMPARE(doc->stepCount(), 2);
        QVERIFY(!doc->canUndo());
        const QVariantList options = doc->insertOptions("", "next");
        bool found = false;
        for (const QVariant &o : options) {
            const auto option = o.value<InsertOption>();
            if (option.id == u"emailCondition") {
                found = true;
                QVERIFY(!option.enabled);
                QVERIFY(!option.reason.isEmpty());
            }
        }
        QVERIFY(found);
    }

    // The add dialog's tabs and the palette's sections come from the options, typed for QML
    // (InsertOption): each names its group by key and by the catalogue's name, and a group's
    // options are together.
    void insertOptionsNameTheirGroups()
    {
        auto doc = open(create(emailThenTask()));
        const QVariantList options = doc->insertOptions("", "next");
        QCOMPARE(options.size(), StepCatalogue::all().size());
        QStringList seen;
        for (const QVariant &o : options) {
            QCOMPARE(o.metaType(), QMetaType::fromType<InsertOption>());
            const auto option = o.value<InsertOption>();
            const StepType *type = StepCatalogue::find(option.id);
            QVERIFY(type);
            QCOMPARE(option.groupName, StepCatalogue::groupName(type->group));
            const QString key = option.group;
            QCOMPARE(key, StepGroup::key(StepGroup::of(type->group)));
            if (seen.isEmpty() || seen.last() != key) {
                QVERIFY2(!seen.contains(key), qPrintable(key + " is split"));
                seen.append(key);
            }
        }
        QCOMPARE(seen, (QStringList{"steps", "conditions", "commands", "linkedin"}));
    }

    void deleteConditionKeepsChosenPath()
    {
        auto doc = open(create(emailThenTask()));
        const QString cond = doc->insertStep("mail", "next", "emailCondition");
        // The old successor went onto Yes; put a call on No.
        const QString call = doc->insertStep(cond, "no", "phoneCall");
        QCOMPARE(doc->sequence().step(cond)->yes, QString("todo"));
        QVERIFY(doc->deleteStep(cond, "no"));
        QCOMPARE(doc->sequence().step("mail")->next, call);
        QVERIFY(!doc->sequence().contains("todo"));
        QVERIFY(doc->undoText().startsWith("Delete"));
        doc->undo();
        QCOMPARE(doc->sequence().step(cond)->yes, QString("todo"));
        QCOMPARE(doc->sequence().step(cond)->no, call);
    }

    void moveWithSubtree()
    {
        Sequence s = emailThenTask();
        s.setSteps({step("mail", "email", "a"), step("a", "task", "b"), step("b", "phoneCall"),
                    step("c", "task")});
        s.setSteps({step("mail", "email", "a"), step("a", "task", "b"), step("b", "phoneCall")});
        auto doc = open(create(s));
        QVERIFY(doc->moveStep("a", "", "next"));
        QCOMPARE(doc->sequence().start, QString("a"));
        QVERIFY(doc->undoText().startsWith("Move"));
        doc->undo();
        QCOMPARE(doc->sequence().start, QString("mail"));
        // Into its own subtree: refused, nothing changes.
        QVERIFY(!doc->moveStep("mail", "b", "next"));
        QVERIFY(!doc->notice().isEmpty());
    }

    void paramEditsMerge()
    {
        auto doc = open(create(emailThenTask()));
        const QString w = doc->insertStep("mail", "next", "wait");
        const int before = doc->undoStack()->count();
        QVERIFY(doc->setParam(w, "days", 2));
        QVERIFY(doc->setParam(w, "days", 3));
        QVERIFY(doc->setParam(w, "days", 4));
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QVERIFY(doc->undoText().contains("Days"));
        QCOMPARE(doc->sequence().step(w)->params.value("days").toInt(), 4);
        QVERIFY(doc->setParam(w, "hours", 5)); // another parameter: a new entry
        QCOMPARE(doc->undoStack()->count(), before + 2);
        doc->undo();
        doc->undo();
        QCOMPARE(doc->sequence().step(w)->params.value("days").toInt(), 1);
        QVERIFY(doc->renameStep(w, "Give them time"));
        QCOMPARE(doc->canvas()->nodeName(w), QString("Give them time"));
        QVERIFY(doc->describeStep(w, "Two days"));
        QCOMPARE(doc->sequence().step(w)->description, QString("Two days"));
    }

    void sequencePropertiesAreUndoable()
    {
        auto doc = open(create(emailThenTask()));
        QSignalSpy changed(doc.get(), &SequenceDocument::propertiesChanged);
        doc->setName("Renamed");
        doc->setExitOnEmailReply(true);
        doc->setTags({"Events"});
        doc->setAssignment({{"to", "owningTeam"}});
        QCOMPARE(doc->name(), QString("Renamed"));
        QVERIFY(doc->exitOnEmailReply());
        QCOMPARE(doc->assignment()["to"].toString(), QString("owningTeam"));
        QVERIFY(changed.count() >= 4);
        doc->undo();
        doc->undo();
        doc->undo();
        doc->undo();
        QCOMPARE(doc->name(), QString("Two steps"));
        QVERIFY(!doc->exitOnEmailReply());
        QCOMPARE(doc->recordType(), QString("lead"));
    }

    // The side pane's tag line and the tag manager's check boxes edit the tags through the
    // document (QML filtered and joined the list itself).
    void tagsAsTextAndOneByOne()
    {
        auto doc = open(create(emailThenTask()));
        doc->setTagsText(" Events, , Inbound/Webinars ,Events2 ");
        QCOMPARE(doc->tags(), (QStringList{"Events", "Inbound/Webinars", "Events2"}));
        QCOMPARE(doc->tagsText(), QString("Events, Inbound/Webinars, Events2"));
        doc->setTagged("Inbound/Webinars", false);
        QCOMPARE(doc->tags(), (QStringList{"Events", "Events2"}));
        doc->setTagged("Inbound", true);
        doc->setTagged("Inbound", true); // once only
        QCOMPARE(doc->tags(), (QStringList{"Events", "Events2", "Inbound"}));
        doc->undo();
        QCOMPARE(doc->tags(), (QStringList{"Events", "Events2"}));
    }

    void saveWritesTheLibrary()
    {
        const QString id = create(emailThenTask());
        auto doc = open(id);
        const QString call = doc->insertStep("todo", "next", "phoneCall");
        QVERIFY(doc->save());
        QVERIFY(!doc->dirty());
        const auto stored = SequenceStore(*m_library).get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.sequence, doc->sequence());
        QVERIFY(stored.value.sequence.contains(call));
        // Another editor saves in between: the next save is refused with a reason.
        auto other = open(id);
        other->setName("Theirs");
        QVERIFY(other->save());
        doc->setName("Mine");
        QVERIFY(!doc->save());
        QVERIFY2(doc->conflictText().startsWith("Saved by"), qPrintable(doc->conflictText()));
        QVERIFY(doc->dirty());
    }

    void recoveryAfterACrash()
    {
        const QString id = create(emailThenTask());
        {
            auto doc = open(id);
            doc->insertStep("todo", "next", "phoneCall");
            doc->flush(); // the autosave a crash would have left behind
            QVERIFY(RecoveryStore(*m_library).list().value.size() == 1);
            // (the destructor writes again: no crash here, but the copy stays)
        }
        auto doc = open(id);
        QVERIFY(doc->hasRecovery());
        QVERIFY(!doc->recoveryText().isEmpty());
        QCOMPARE(doc->stepCount(), 2);
        doc->restoreRecovery();
        QCOMPARE(doc->stepCount(), 3);
        QVERIFY(doc->dirty());
        QVERIFY(doc->save());
        QVERIFY(RecoveryStore(*m_library).list().value.isEmpty());
        QVERIFY(!doc->hasRecovery());
    }

    void discardRecovery()
    {
        const QString id = create(emailThenTask());
        {
            auto doc = open(id);
            doc->insertStep("todo", "next", "phoneCall");
            doc->flush();
        }
        auto doc = open(id);
        QVERIFY(doc->hasRecovery());
        doc->discardRecovery();
        QVERIFY(!doc->hasRecovery());
        QVERIFY(RecoveryStore(*m_library).list().value.isEmpty());
        QCOMPARE(doc->stepCount(), 2);
    }

    void activeSequenceIsReadOnly()
    {
        const QString id = create(emailThenTask());
        const ActivationResult activated =
            Activation(*m_library).activate(id, Profile::defaultProfile());
        QVERIFY2(activated.ok(), qPrintable(activated.status.message));
        auto doc = open(id);
        QVERIFY(doc->active());
        QVERIFY(doc->readOnly());
        QVERIFY(doc->readOnlyReason().contains("Deactivate"));
        QVERIFY(doc->insertStep("todo", "next", "task").isEmpty());
        QVERIFY(!doc->canUndo());
        QCOMPARE(doc->stepCount(), 2);
    }

    // Activated or deactivated elsewhere: reload() shows the new state and keeps the selection.
    void reloadAfterActivation()
    {
        const QString id = create(emailThenTask());
        auto doc = open(id);
        QVERIFY(!doc->readOnly());
        doc->setSelectedId("todo");
        QVERIFY(Activation(*m_library).activate(id, Profile::defaultProfile()).ok());
        QVERIFY(!doc->active());
        doc->reload();
        QVERIFY(doc->loaded());
        QVERIFY(doc->active());
        QVERIFY(doc->readOnly());
        QCOMPARE(doc->selectedId(), QStringLiteral("todo"));
        QVERIFY(Activation(*m_library).deactivate(id).ok());
        doc->reload();
        QVERIFY(!doc->active());
        QVERIFY(!doc->readOnly());
        QVERIFY(!doc->insertStep("todo", "next", "wait").isEmpty());
        QVERIFY(doc->dirty());
        // Unsaved edits are not lost by a reload: they are offered from the recovery area.
        doc->reload();
        QCOMPARE(doc->stepCount(), 2);
        QVERIFY(!doc->canUndo());
        QVERIFY(doc->hasRecovery());
    }

    void clipboardFormatRoundTrips()
    {
        auto source = open(create(emailThenTask()));
        const QString cond = source->insertStep("mail", "next", "emailCondition");
        source->insertStep(cond, "no", "phoneCall");
        const QByteArray json = source->branchJson(cond);
        QVERIFY(json.contains("\"sequence-designer\""));
        QVERIFY(json.contains("emailCondition"));

        auto target = open(create(emailThenTask()));
        const QString root = target->pasteJson(json, {"mail", Branch::Next});
        QVERIFY(!root.isEmpty());
        QCOMPARE(target->stepCount(), 5); // mail, cond, todo(copied), call, todo(own)
        QVERIFY(target->undoText().startsWith("Paste"));
        target->undo();
        QCOMPARE(target->stepCount(), 2);
        QVERIFY(target->pasteJson("not json", {"mail", Branch::Next}).isEmpty());
        QVERIFY(!target->notice().isEmpty());
    }

    void undoAllTheWayBackAndRedo()
    {
        Sequence empty;
        empty.name = "Empty";
        auto doc = open(create(empty));
        QString parent;
        QStringList types{"email", "wait", "emailCondition", "phoneCall", "task"};
        QString branch = "next";
        for (const QString &type : types) {
            const QString id = doc->insertStep(parent, branch, type);
            branch = type == u"emailCondition" ? "yes" : "next";
            QVERIFY2(!id.isEmpty(), qPrintable(type + ": " + doc->notice()));
            parent = id;
        }
        const Sequence full = doc->sequence();
        while (doc->canUndo())
            doc->undo();
        QCOMPARE(doc->stepCount(), 0);
        while (doc->canRedo())
            doc->redo();
        QCOMPARE(doc->sequence(), full);
    }

    void problemsFollowEdits()
    {
        auto doc = open(create(emailThenTask()));
        doc->flush();
        const int before = doc->problems()->errorCount();
        const QString w = doc->insertStep("todo", "next", "wait"); // a path ending in a wait
        doc->flush();
        QVERIFY(doc->problems()->errorCount() > before);
        QVERIFY(doc->canvas()->errorCount(w) > 0);
        doc->undo();
        doc->flush();
        QCOMPARE(doc->problems()->errorCount(), before);
    }

    // "Advance to another sequence" names its target on the card, also after choosing one.
    void advanceCardNamesTheTarget()
    {
        Sequence target;
        target.name = "Nurture";
        target.appendStep(step("t", "task"));
        target.start = "t";
        const QString targetId = create(target);
        Sequence other;
        other.name = "Later";
        const QString otherId = create(other);
        Sequence s;
        s.name = "Hands over";
        Step adv = step("adv", "advanceToSequence");
        adv.params = QJsonObject{{"sequence", targetId}};
        s.appendStep(step("mail", "email", "adv"));
        s.appendStep(adv);
        s.start = "mail";
        auto doc = open(create(s));
        QVERIFY(doc->loaded());
        doc->canvas()->setViewport(QRectF(-5000, -5000, 10000, 10000));
        const auto summaryOf = [&](const QString &id) {
            CardModel *cards = doc->canvas()->cards();
            for (int row = 0; row < cards->rowCount(); ++row) {
                const QModelIndex i = cards->index(row);
                if (i.data(CardModel::IdRole).toString() == id)
                    return i.data(CardModel::SummaryRole).toString();
            }
            return QStringLiteral("<no card>");
        };
        QCOMPARE(summaryOf("adv"), QString("To \u201cNurture\u201d"));
        QVERIFY(doc->setParam("adv", "sequence", otherId));
        QCOMPARE(summaryOf("adv"), QString("To \u201cLater\u201d"));
        QVERIFY(doc->setParam("adv", "sequence", "not-in-the-library"));
        QCOMPARE(summaryOf("adv"), QString("To another sequence"));
    }

    // A parameter's problems are shown under that parameter only, by its key (not by the text).
    void problemsMarkedByParameter()
    {
        Sequence s;
        s.name = "Bad values";
        Step mail = step("mail", "email", "cond");
        Step cond = step("cond", "emailCondition");
        // "Time limit" is wrong; the message about it names the step, whose name contains
        // the word "events" (a text match would also put it under Events).
        cond.name = "events check";
        cond.params = QJsonObject{{"events", QJsonArray{"opened"}},
                                  {"within", QJsonObject{{"days", 99}, {"hours", 0}}}};
        cond.yes = "wait";
        Step wait = step("wait", "wait", "upd");
        wait.params = QJsonObject{{"days", 0}, {"hours", 0}};
        Step upd = step("upd", "updateField");
        upd.params = QJsonObject{{"field", "leadqualitycode"}, {"value", "very hot"}};
        s.appendStep(mail);
        s.appendStep(cond);
        s.appendStep(wait);
        s.appendStep(upd);
        s.start = "mail";
        auto doc = open(create(s));
        QVERIFY(doc->loaded());
        const auto problemsOf = [&doc](const QString &id, const QString &key) {
            return paramProblems(doc->sequence(), doc->problems()->diagnostics(), id, key).size();
        };
        QCOMPARE(problemsOf("cond", "within"), 1);
        QCOMPARE(problemsOf("cond", "events"), 0);
        QCOMPARE(problemsOf("wait", "days"), 1); // the total of days and hours
        QCOMPARE(problemsOf("wait", "hours"), 0);
        QCOMPARE(problemsOf("upd", "value"), 1);
        QCOMPARE(problemsOf("upd", "field"), 0);
        QVERIFY(doc->setParam("upd", "field", QString("no_such_field")));
        doc->flush();
        QCOMPARE(problemsOf("upd", "field"), 1);
    }

    void viewportShowsOnlyVisibleCards()
    {
        Sequence big = generateSequence(1000);
        auto doc = open(create(big));
        QVERIFY(doc->loaded());
        CanvasModel *canvas = doc->canvas();
        QCOMPARE(canvas->nodeCount(), 1001);
        const QRectF startRect = canvas->nodeRect("");
        canvas->setViewport(QRectF(startRect.center() - QPointF(400, 100), QSizeF(800, 600)));
        const int few = canvas->cards()->shownCount();
        QVERIFY(few > 0);
        QVERIFY(few < 40);
        canvas->setViewport(canvas->bounds());
        QCOMPARE(canvas->cards()->shownCount(), 1001);
        canvas->setViewport(QRectF(400, 300, 800, 600));
        // The rows are exactly the cards meeting the viewport, in layout order.
        int expected = 0;
        for (const LayoutNode &n : canvas->layout().nodes)
            expected += n.rect.intersects(QRectF(400, 300, 800, 600)) ? 1 : 0;
        QCOMPARE(canvas->cards()->shownCount(), expected);
    }

    void navigationAndSearch()
    {
        auto doc = open(create(emailThenTask()));
        CanvasModel *canvas = doc->canvas();
        QCOMPARE(canvas->neighbour("", "down"), QString("mail"));
        QCOMPARE(canvas->neighbour("mail", "down"), QString("todo"));
        QCOMPARE(canvas->neighbour("todo", "up"), QString("mail"));
        QCOMPARE(canvas->neighbour("mail", "up"), QString(""));
        doc->renameStep("todo", "Book the demo");
        QCOMPARE(canvas->find("demo"), QString("todo"));
        QCOMPARE(canvas->find("nothing like it"), QString());
        const QRectF r = canvas->nodeRect("todo");
        QVERIFY(!r.isNull());
        const PlusPlace plus = canvas->plusAt(QPointF(r.center().x(), r.top() - 38), 20);
        QVERIFY(plus.valid);
        QCOMPARE(plus.parentId, QString("mail"));
        QVERIFY(!canvas->plusAt(QPointF(r.center().x(), r.center().y()), 20).valid);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestDesignerDocument test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_designerdocument.moc"
