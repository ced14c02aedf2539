// SPDX-License-Identifier: MIT
#include "comparisonview.h"

#include "steptype.h"

#include <QCoreApplication>
#include <QSet>

namespace sd {

namespace {

// Where the walk of the older tree met a step: its parent ("" for the start) and the branch.
struct Visit
{
    QString id;
    QString parent;
    Branch branch = Branch::Next;
};

class GhostPlacer
{
public:
    explicit GhostPlacer(const Sequence &newer) : m_steps(newer.steps()), m_start(newer.start)
    {
        m_at.reserve(m_steps.size());
        for (qsizetype i = 0; i < m_steps.size(); ++i)
            m_at.insert(m_steps[i].id, i);
    }

    // Puts `old` on the link (parent, branch); what hung there continues below it (on its Yes
    // for a condition). An empty parent with `attached` is the start; without, it stays apart.
    void place(const Step &old, const QString &parent, Branch branch, bool attached)
    {
        Step ghost = old;
        ghost.next.clear();
        ghost.yes.clear();
        ghost.no.clear();
        const Branch own = StepCatalogue::isCondition(old.type) ? Branch::Yes : Branch::Next;
        if (attached && parent.isEmpty()) {
            ghost.setLink(own, m_start);
            m_start = ghost.id;
        } else if (attached && m_at.contains(parent)) {
            Step &p = m_steps[m_at.value(parent)];
            ghost.setLink(own, p.link(branch));
            p.setLink(branch, ghost.id);
        }
        m_at.insert(ghost.id, m_steps.size());
        m_steps.append(ghost);
    }

    [[nodiscard]] Sequence result(Sequence display) const
    {
        display.setSteps(m_steps);
        display.start = m_start;
        return display;
    }

private:
    QList<Step> m_steps;
    QString m_start;
    QHash<QString, qsizetype> m_at;
};

QJsonValue valueAt(const Step &step, const QString &key)
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    if (key == u"name")
        return textOrNull(step.name);
    if (key == u"description")
        return textOrNull(step.description);
    if (key == u"type") {
        const StepType *type = StepCatalogue::find(step.type);
        return type ? type->translatedName() : step.type;
    }
    QJsonValue value = step.params;
    for (const QString &part : key.split(u'.').mid(1))
        value = value.toObject().value(part);
    return value;
}

QString labelOf(const QString &key, const Step &older, const Step &newer)
{
    if (key == u"name")
        return QCoreApplication::translate("Comparison", "Name");
    if (key == u"description")
        return QCoreApplication::translate("Comparison", "Description");
    if (key == u"type")
        return QCoreApplication::translate("Comparison", "Type");
    const QStringList parts = key.split(u'.').mid(1);
    if (parts.isEmpty())
        return key;
    const ParamSpec *spec = nullptr;
    for (const Step *s : {&newer, &older}) {
        if (const StepType *type = StepCatalogue::find(s->type); type && !spec)
            spec = type->param(parts.first());
    }
    QStringList shown = parts;
    if (spec && *spec->label)
        shown.first() = QCoreApplication::translate("StepCatalogue", spec->label);
    return shown.join(QStringLiteral(" › "));
}

} // namespace

ComparisonView buildComparison(const Sequence &older, const Sequence &newer)
{
    ComparisonView view;
    view.changes = compareSequences(older, newer);
    QSet<QString> removed;
    for (const Change &c : std::as_const(view.changes)) {
        if (c.kind == ChangeKind::Property)
            continue;
        view.marks[c.step].append(changeKindKey(c.kind));
        if (c.kind == ChangeKind::Removed)
            removed.insert(c.step);
    }
    if (removed.isEmpty()) {
        view.display = newer;
        return view;
    }
    // The older tree from its start, parents before children, so a removed step's parent is
    // in the display (kept, or a ghost already placed) when the step is placed.
    GhostPlacer placer(newer);
    QSet<QString> seen;
    QList<Visit> pending;
    if (older.step(older.start))
        pending.append({older.start, {}, Branch::Next});
    while (!pending.isEmpty()) {
        const Visit v = pending.takeLast();
        const Step *step = older.step(v.id);
        if (!step || seen.contains(v.id))
            continue;
        seen.insert(v.id);
        if (removed.contains(v.id))
            placer.place(*step, v.parent, v.branch, true);
        const bool condition = StepCatalogue::isCondition(step->type);
        for (Branch b :
             condition ? QList<Branch>{Branch::No, Branch::Yes} : QList<Branch>{Branch::Next}) {
            if (!step->link(b).isEmpty())
                pending.append({step->link(b), step->id, b});
        }
    }
    for (const Step &step : older.steps()) {
        if (removed.contains(step.id) && !seen.contains(step.id))
            placer.place(step, {}, Branch::Next, false);
    }
    view.display = placer.result(newer);
    return view;
}

QList<ChangedValue> changedValues(const Step &older, const Step &newer, const QStringList &keys)
{
    QList<ChangedValue> out;
    out.reserve(keys.size());
    for (const QString &key : keys) {
        out.append({key, labelOf(key, older, newer), changeValueText(valueAt(older, key)),
                    changeValueText(valueAt(newer, key))});
    }
    return out;
}

} // namespace sd
