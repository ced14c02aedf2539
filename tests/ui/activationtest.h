// SPDX-License-Identifier: MIT
#pragma once
// Shared by the activation and properties UI tests: sequences that break one activation rule
// each, a library filled through the store API, and reading what the window shows.

#include "library/activation.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequence.h"
#include "sequencedocument.h"
#include "uitest.h"

#include <QJSValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace sd::uitest {

// The tests read English words; another test may have left another language in the settings.
inline void isolateInEnglish()
{
    isolate();
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
}

inline Step makeStep(const QString &id, const QString &type, const QString &next = {},
                     QJsonObject params = {})
{
    Step s;
    s.id = id;
    s.type = type;
    s.next = next;
    s.params = std::move(params);
    return s;
}

inline Sequence chain(const QString &name, const QList<Step> &steps)
{
    Sequence s;
    s.name = name;
    s.recordType = QStringLiteral("lead");
    for (const Step &step : steps)
        s.appendStep(step);
    s.start = steps.isEmpty() ? QString() : steps.first().id;
    return s;
}

// An email, then a call: passes activation.
inline Sequence validSequence(const QString &name = QStringLiteral("Valid sequence"))
{
    return chain(name, {makeStep("mail", "email", "call"), makeStep("call", "phoneCall")});
}

inline QJsonObject waitParams()
{
    return {{"days", 2}, {"hours", 0}};
}

// One sequence per activation rule of the issue; `code` is the diagnostic it must get.
struct RuleCase
{
    const char *name;
    Sequence sequence;
    QString code;
    QString stepId; // the step the problem points at
};

inline QList<RuleCase> ruleCases(const QString &advanceTarget)
{
    const QJsonObject target{{"sequence", advanceTarget}};
    QList<RuleCase> cases;
    cases.append({"path ends with a wait",
                  chain("Ends with a wait", {makeStep("call", "phoneCall", "pause"),
                                             makeStep("pause", "wait", {}, waitParams())}),
                  "rule.waitLast", "pause"});
    cases.append({"advance first",
                  chain("Advance first", {makeStep("go", "advanceToSequence", {}, target)}),
                  "rule.advanceFirst", "go"});
    cases.append({"advance not last",
                  chain("Advance not last", {makeStep("call", "phoneCall", "go"),
                                             makeStep("go", "advanceToSequence", "todo", target),
                                             makeStep("todo", "task")}),
                  "rule.advanceNotLast", "go"});
    Step cond = makeStep("opened", "emailCondition", {},
                         {{"events", QJsonArray{"opened"}},
                          {"match", "any"},
                          {"within", QJsonObject{{"days", 2}, {"hours", 0}}},
                          {"advanceImmediately", false}});
    cond.yes = "call";
    cond.no = "todo2";
    cases.append({"condition without its activity",
                  chain("Condition without activity",
                        {makeStep("todo", "task", "opened"), cond, makeStep("call", "phoneCall"),
                         makeStep("todo2", "task")}),
                  "rule.conditionWithoutActivity", "opened"});
    Sequence exit = chain("Exit without email",
                          {makeStep("call", "phoneCall", "todo"), makeStep("todo", "task")});
    exit.options.exitOnEmailReply = true;
    cases.append({"exit criteria without an email", exit, "rule.exitNeedsEmail", {}});
    return cases;
}

inline QString createIn(Library &library, const Sequence &sequence)
{
    const auto made = SequenceStore(library).create(sequence);
    return made.ok() ? made.value.sequence.id : QString();
}

inline QString createIn(const QString &path, const Sequence &sequence)
{
    OpenResult opened = Library::open(path);
    return opened.library ? createIn(*opened.library, sequence) : QString();
}

inline Status statusIn(const QString &path, const QString &id)
{
    OpenResult opened = Library::open(path);
    return SequenceStore(*opened.library).get(id).value.sequence.status;
}

// Makes `count` valid sequences active through the store and the activation API; their ids.
inline QStringList addActive(const QString &path, int count)
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return {};
    Activation activation(*opened.library);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QString id =
            createIn(*opened.library, validSequence(QStringLiteral("Active %1").arg(i)));
        if (activation.activate(id, Profile::defaultProfile()))
            ids.append(id);
    }
    return ids;
}

// Every text of the labels below `item`, joined by new lines.
inline QString textsBelow(QQuickItem *item)
{
    if (!item)
        return {};
    QStringList texts;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty() && item->isVisible())
        texts.append(text.toString());
    for (QQuickItem *child : item->childItems())
        texts.append(textsBelow(child));
    texts.removeAll(QString());
    return texts.join(u'\n');
}

inline QVariantList listOf(const QVariant &value)
{
    if (value.canConvert<QJSValue>())
        return value.value<QJSValue>().toVariant().toList();
    return value.toList();
}

inline QQuickItem *currentPage(const Window &w)
{
    QQuickItem *pages = w.item("pages");
    if (!pages || pages->property("busy").toBool())
        return nullptr;
    return pages->property("currentItem").value<QQuickItem *>();
}

inline SequenceDocument *currentDocument(const Window &w)
{
    QQuickItem *page = currentPage(w);
    return page ? page->property("document").value<SequenceDocument *>() : nullptr;
}

// The item called `name` on the page on top of the stack (not one leaving it).
inline QQuickItem *onPage(const Window &w, const QString &name)
{
    QQuickItem *found = findItem(currentPage(w), name);
    return found && found->isVisible() ? found : nullptr;
}

// Opens the properties pane and waits until it has slid fully into the window.
inline bool openProperties(const Window &w)
{
    QQuickItem *button = onPage(w, "propertiesButton");
    if (!button)
        return false;
    w.click(button);
    return QTest::qWaitFor([&] {
        QQuickItem *close = w.waitFor("closePropertiesButton", 100);
        if (!close)
            return false;
        const QPointF right = close->mapToScene(QPointF(close->width(), 0));
        return right.x() <= w.window()->width() - 4 &&
               right.x() > w.window()->width() - 40; // the drawer's edge reached
    });
}

inline bool openDesigner(Window &w, const QString &id)
{
    if (!w.window() && !w.start())
        return false;
    QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
    return QTest::qWaitFor([&] {
        SequenceDocument *doc = currentDocument(w);
        return doc && doc->sequenceId() == id && doc->loaded();
    });
}

} // namespace sd::uitest
