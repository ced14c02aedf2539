// SPDX-License-Identifier: MIT
#include "sequence.h"
#include "insertrules.h"
#include "profile.h"
#include "sequencelimits.h"
#include "translation.h"

#include "steptype.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sd {

namespace {

int hoursOf(const QJsonObject &duration)
{
    return duration.value("days").toInt() * 24 + duration.value("hours").toInt();
}

} // namespace

QString branchKey(Branch branch)
{
    switch (branch) {
    case Branch::Next:
        return QStringLiteral("next");
    case Branch::Yes:
        return QStringLiteral("yes");
    case Branch::No:
        return QStringLiteral("no");
    }
    return {};
}

std::optional<Branch> branchFromKey(const QString &key)
{
    if (key == u"next")
        return Branch::Next;
    if (key == u"yes")
        return Branch::Yes;
    if (key == u"no")
        return Branch::No;
    return std::nullopt;
}

QString Step::link(Branch branch) const
{
    switch (branch) {
    case Branch::Next:
        return next;
    case Branch::Yes:
        return yes;
    case Branch::No:
        return no;
    }
    return {};
}

void Step::setLink(Branch branch, const QString &target)
{
    switch (branch) {
    case Branch::Next:
        next = target;
        break;
    case Branch::Yes:
        yes = target;
        break;
    case Branch::No:
        no = target;
        break;
    }
}

QString Assignment::toKey(To to)
{
    switch (to) {
    case To::RecordOwner:
        return QStringLiteral("recordOwner");
    case To::RecordField:
        return QStringLiteral("recordField");
    case To::OwningTeam:
        return QStringLiteral("owningTeam");
    case To::AccessTeam:
        return QStringLiteral("accessTeam");
    }
    return {};
}

std::optional<Assignment::To> Assignment::fromKey(const QString &key)
{
    for (To to : {To::RecordOwner, To::RecordField, To::OwningTeam, To::AccessTeam}) {
        if (toKey(to) == key)
            return to;
    }
    return std::nullopt;
}

const Step *Sequence::step(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_steps[*it];
}

Step *Sequence::mutableStep(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_steps[*it];
}

void Sequence::setSteps(QList<Step> steps)
{
    m_steps = std::move(steps);
    reindex();
}

void Sequence::appendStep(Step step)
{
    if (!m_index.contains(step.id))
        m_index.insert(step.id, m_steps.size());
    m_steps.append(std::move(step));
}

void Sequence::reindex()
{
    m_index.clear();
    m_index.reserve(m_steps.size());
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (!m_index.contains(m_steps[i].id)) // the first of duplicate ids wins
            m_index.insert(m_steps[i].id, i);
    }
}

std::optional<LinkRef> Sequence::incomingLink(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    if (start == id)
        return LinkRef{{}, Branch::Next};
    for (const Step &s : m_steps) {
        for (Branch b : {Branch::Next, Branch::Yes, Branch::No}) {
            if (s.link(b) == id)
                return LinkRef{s.id, b};
        }
    }
    return std::nullopt;
}

QString Sequence::linkTarget(const LinkRef &link) const
{
    if (link.parentId.isEmpty())
        return start;
    const Step *parent = step(link.parentId);
    return parent ? parent->link(link.branch) : QString();
}

void Sequence::setLinkTarget(const LinkRef &link, const QString &target)
{
    if (link.parentId.isEmpty()) {
        start = target;
        return;
    }
    if (Step *parent = mutableStep(link.parentId))
        parent->setLink(link.branch, target);
}

EditResult Sequence::checkLink(const LinkRef &link) const
{
    if (link.parentId.isEmpty()) {
        if (link.branch != Branch::Next)
            return EditResult::refuse(
                SequenceText::tr("\"Sequence starts here\" has only one path."));
        return {};
    }
    const Step *parent = step(link.parentId);
    if (!parent)
        return EditResult::refuse(
            SequenceText::tr("The step %1 does not exist.").arg(link.parentId));
    const bool condition = StepCatalogue::isCondition(parent->type);
    if (condition && link.branch == Branch::Next)
        return EditResult::refuse(SequenceText::tr("A condition continues on its Yes or No path."));
    if (!condition && link.branch != Branch::Next)
        return EditResult::refuse(SequenceText::tr("Only a condition has Yes and No paths."));
    return {};
}

QStringList Sequence::subtree(const QString &id) const
{
    QStringList out;
    QSet<QString> seen;
    QStringList stack{id};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        const Step *s = step(current);
        if (!s || seen.contains(current))
            continue;
        seen.insert(current);
        out.append(current);
        for (Branch b : {Branch::No, Branch::Yes, Branch::Next}) {
            if (!s->link(b).isEmpty())
                stack.append(s->link(b));
        }
    }
    return out;
}

QString Sequence::freshId(const QString &type) const
{
    QString base = type.isEmpty() ? QStringLiteral("step") : type;
    for (qsizetype n = m_steps.size() + 1;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!contains(candidate))
            return candidate;
    }
}

int Sequence::activityCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [](const Step &s) { return StepCatalogue::isActivity(s.type); }));
}

int Sequence::durationHours() const
{
    // Longest path of waits and condition time limits, iteratively so deep trees cannot overflow
    // the stack. Guarded against cycles in unvalidated input by `seen`.
    int best = 0;
    QSet<QString> seen;
    QList<std::pair<QString, int>> stack;
    if (!start.isEmpty())
        stack.append({start, 0});
    while (!stack.isEmpty()) {
        auto [id, sum] = stack.takeLast();
        const Step *s = step(id);
        if (!s || seen.contains(id))
            continue;
        seen.insert(id);
        if (s->type == u"wait")
            sum += hoursOf(s->params);
        else if (s->type == u"emailCondition")
            sum += hoursOf(s->params.value("within").toObject());
        best = std::max(best, sum);
        for (Branch b : {Branch::Next, Branch::Yes, Branch::No}) {
            if (!s->link(b).isEmpty())
                stack.append({s->link(b), sum});
        }
    }
    return best;
}

EditResult Sequence::insertStep(const LinkRef &at, Step step)
{
    return insertStep(at, std::move(step), Profile::defaultProfile());
}

EditResult Sequence::insertStep(const LinkRef &at, Step step, const Profile &profile)
{
    if (const EditResult r = checkLink(at); !r)
        return r;
    if (!StepCatalogue::find(step.type))
        return EditResult::refuse(
            SequenceText::tr("\"%1\" is not a known kind of step.").arg(step.type));
    if (const QString why = insertRefusal(*this, at, step.type, profile); !why.isEmpty())
        return EditResult::refuse(why);
    if (step.id.isEmpty())
        step.id = freshId(step.type);
    if (contains(step.id))
        return EditResult::refuse(
            SequenceText::tr("A step with the id %1 already exists.").arg(step.id));
    const QString successor = linkTarget(at);
    step.next.clear();
    step.yes.clear();
    step.no.clear();
    step.setLink(StepCatalogue::isCondition(step.type) ? Branch::Yes : Branch::Next, successor);
    const QString newId = step.id;
    m_steps.append(std::move(step));
    m_index.insert(newId, m_steps.size() - 1);
    setLinkTarget(at, newId);
    return {};
}

EditResult Sequence::deleteStep(const QString &id, Branch keep)
{
    const Step *s = step(id);
    if (!s)
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    const bool condition = StepCatalogue::isCondition(s->type);
    if (condition && keep == Branch::Next)
        return EditResult::refuse(
            SequenceText::tr("Choose whether to keep the Yes or the No path."));
    if (!condition) {
        const Step *after = step(s->next);
        if (after && StepCatalogue::isCondition(after->type))
            return EditResult::refuse(SequenceText::tr(
                "Delete the condition below this step first: it depends on this step."));
    }
    const std::optional<LinkRef> incoming = incomingLink(id);
    const QString successor = condition ? s->link(keep) : s->next;
    QStringList removed{id};
    if (condition) {
        const QString dropped = s->link(keep == Branch::Yes ? Branch::No : Branch::Yes);
        if (!dropped.isEmpty())
            removed += subtree(dropped);
    }
    if (incoming)
        setLinkTarget(*incoming, successor);
    removeSteps(removed);
    return {};
}

EditResult Sequence::deleteBranch(const QString &id)
{
    if (!contains(id))
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    if (const std::optional<LinkRef> incoming = incomingLink(id))
        setLinkTarget(*incoming, {});
    removeSteps(subtree(id));
    return {};
}

EditResult Sequence::moveStep(const QString &id, const LinkRef &to)
{
    return moveStep(id, to, Profile::defaultProfile());
}

EditResult Sequence::moveStep(const QString &id, const LinkRef &to, const Profile &profile)
{
    if (!contains(id))
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    if (const EditResult r = checkLink(to); !r)
        return r;
    const QStringList moving = subtree(id);
    if (!to.parentId.isEmpty() && moving.contains(to.parentId))
        return EditResult::refuse(SequenceText::tr("A step cannot move below itself."));
    const std::optional<LinkRef> from = incomingLink(id);
    if (from == to)
        return {};
    if (const QString why = insertRefusal(*this, to, step(id)->type, profile); !why.isEmpty())
        return EditResult::refuse(why);
    // Detach the branch, attach it at `to`, and hang the step that was there below the end of
    // the branch's main path (next, or Yes for conditions), as an insert would.
    if (from)
        setLinkTarget(*from, {});
    const QString displaced = linkTarget(to);
    setLinkTarget(to, id);
    appendToMainPath(id, displaced);
    return {};
}

EditResult Sequence::setParams(const QString &id, const QJsonObject &params)
{
    Step *s = mutableStep(id);
    if (!s)
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    s->params = params;
    return {};
}

// Names keep what is typed while editing (trimming each keystroke would eat the space before
// the next word); saving trims them (see trimmedNames()).
EditResult Sequence::rename(const QString &id, const QString &name)
{
    Step *s = mutableStep(id);
    if (!s)
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    if (codePoints(name.trimmed()) > limits::maxStepNameLength)
        return EditResult::refuse(SequenceText::tr("A step name can have at most %L1 characters.")
                                      .arg(limits::maxStepNameLength));
    s->name = name; // as typed: a space typed last is the start of the next word
    return {};
}

EditResult Sequence::setDescription(const QString &id, const QString &description)
{
    Step *s = mutableStep(id);
    if (!s)
        return EditResult::refuse(SequenceText::tr("The step %1 does not exist.").arg(id));
    if (codePoints(description) > limits::maxDescriptionLength)
        return EditResult::refuse(SequenceText::tr("A description can have at most %L1 characters.")
                                      .arg(limits::maxDescriptionLength));
    s->description = description;
    return {};
}

EditResult Sequence::insertBranch(const LinkRef &at, QList<Step> steps, const QString &root,
                                  const Profile &profile, QString *newRoot)
{
    if (const EditResult r = checkLink(at); !r)
        return r;
    QHash<QString, QString> rename;
    for (const Step &s : steps) {
        if (!StepCatalogue::find(s.type))
            return EditResult::refuse(
                SequenceText::tr("\"%1\" is not a known kind of step.").arg(s.type));
        if (rename.contains(s.id))
            return EditResult::refuse(
                SequenceText::tr("The pasted steps share the id %1.").arg(s.id));
        rename.insert(s.id, s.id);
    }
    if (!rename.contains(root))
        return EditResult::refuse(
            SequenceText::tr("The pasted steps do not contain their first step."));
    const auto first =
        std::find_if(steps.cbegin(), steps.cend(), [&](const Step &s) { return s.id == root; });
    if (const QString why = insertRefusal(*this, at, first->type, profile); !why.isEmpty())
        return EditResult::refuse(why);
    QSet<QString> taken(m_index.keyBegin(), m_index.keyEnd());
    for (auto it = rename.begin(); it != rename.end(); ++it) {
        if (!taken.contains(it.key())) {
            taken.insert(it.key());
            continue;
        }
        QString candidate;
        for (int n = 2;; ++n) {
            candidate = it.key() + QLatin1Char('_') + QString::number(n);
            if (!taken.contains(candidate) && !rename.contains(candidate))
                break;
        }
        it.value() = candidate;
        taken.insert(candidate);
    }
    const QString successor = linkTarget(at);
    for (Step &s : steps) {
        s.id = rename.value(s.id);
        for (Branch b : {Branch::Next, Branch::Yes, Branch::No}) {
            const QString target = s.link(b);
            s.setLink(b, rename.value(target)); // links out of the branch are dropped
        }
    }
    const QString rootId = rename.value(root);
    for (Step &s : steps)
        m_steps.append(std::move(s));
    reindex();
    setLinkTarget(at, rootId);
    appendToMainPath(rootId, successor);
    if (newRoot)
        *newRoot = rootId;
    return {};
}

void Sequence::appendToMainPath(const QString &from, const QString &target)
{
    if (target.isEmpty())
        return;
    Step *tail = mutableStep(from);
    while (tail) {
        const Branch main = StepCatalogue::isCondition(tail->type) ? Branch::Yes : Branch::Next;
        if (tail->link(main).isEmpty()) {
            tail->setLink(main, target);
            return;
        }
        tail = mutableStep(tail->link(main));
    }
}

void Sequence::removeSteps(const QStringList &ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    m_steps.removeIf([&](const Step &s) { return gone.contains(s.id); });
    layout.removeIf([&](auto it) { return gone.contains(it.key()); });
    reindex();
}

bool Sequence::operator==(const Sequence &o) const
{
    return id == o.id && name == o.name && description == o.description &&
           recordType == o.recordType && status == o.status && tags == o.tags &&
           options == o.options && assignment == o.assignment && templateInfo == o.templateInfo &&
           start == o.start && layout == o.layout && m_steps == o.m_steps;
}

} // namespace sd
