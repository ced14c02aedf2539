// SPDX-License-Identifier: MIT
#include "canvasmodel.h"

#include "stepstyle.h"
#include "stepsummary.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QEvent>

#include <cmath>

namespace sd {

namespace {

constexpr qreal plusRadius = 14;

} // namespace

// --- CardModel ---

qsizetype CardModel::itemCount() const
{
    return m_canvas.layout().nodes.size();
}

QRectF CardModel::itemRect(qsizetype item) const
{
    return m_canvas.layout().nodes[item].rect;
}

QString CardModel::itemKey(qsizetype item) const
{
    return m_canvas.layout().nodes[item].id;
}

QVariant CardModel::itemData(qsizetype item, int role) const
{
    const LayoutNode &node = m_canvas.layout().nodes[item];
    const Step *step = node.id.isEmpty() ? nullptr : m_canvas.sequence().step(node.id);
    switch (role) {
    case IdRole:
        return node.id;
    case TypeRole:
        return step ? step->type : QString();
    case GroupRole:
        return m_canvas.nodeGroup(node.id);
    case NameRole:
        return m_canvas.nodeName(node.id);
    case SummaryRole:
        if (step && step->type == u"advanceToSequence") {
            const QString target = step->params["sequence"].toString();
            return advanceSummary(target, m_canvas.sequenceName(target));
        }
        return step ? stepSummary(*step, m_canvas.sequence().recordType) : QString();
    case IconRole: {
        const StepType *type = step ? StepCatalogue::find(step->type) : nullptr;
        return type ? type->icon : (step ? QStringLiteral("unknown") : QStringLiteral("start"));
    }
    case SeverityRole:
        if (m_canvas.errorCount(node.id) > 0)
            return QStringLiteral("error");
        return m_canvas.warningCount(node.id) > 0 ? QStringLiteral("warning") : QString();
    case ProblemCountRole:
        return m_canvas.errorCount(node.id) + m_canvas.warningCount(node.id);
    case XRole:
        return node.rect.x();
    case YRole:
        return node.rect.y();
    case WidthRole:
        return node.rect.width();
    case HeightRole:
        return node.rect.height();
    case ReachableRole:
        return node.reachable;
    case AccessibleNameRole:
        return m_canvas.cardAccessibleName(node.id);
    case AccessibleDescriptionRole:
        return m_canvas.cardAccessibleDescription(node.id);
    case ChangeMarkRole:
        return m_canvas.changeMark(node.id);
    case PreviewMarkRole:
        return m_canvas.previewMark(node.id);
    }
    return {};
}

QHash<int, QByteArray> CardModel::itemRoleNames() const
{
    return {{IdRole, "stepId"},
            {TypeRole, "type"},
            {GroupRole, "group"},
            {NameRole, "name"},
            {SummaryRole, "summary"},
            {IconRole, "icon"},
            {SeverityRole, "severity"},
            {ProblemCountRole, "problemCount"},
            {XRole, "cardX"},
            {YRole, "cardY"},
            {WidthRole, "cardWidth"},
            {HeightRole, "cardHeight"},
            {ReachableRole, "reachable"},
            {AccessibleNameRole, "accessibleName"},
            {AccessibleDescriptionRole, "accessibleDescription"},
            {ChangeMarkRole, "changeMark"},
            {PreviewMarkRole, "previewMark"}};
}

// --- PlusModel ---

qsizetype PlusModel::itemCount() const
{
    return m_canvas.plusSpots().size();
}

QRectF PlusModel::itemRect(qsizetype item) const
{
    const QPointF c = m_canvas.plusSpots()[item].centre;
    return {c.x() - plusRadius, c.y() - plusRadius, 2 * plusRadius, 2 * plusRadius};
}

QString PlusModel::itemKey(qsizetype item) const
{
    // A link is on one "+" at most: on an edge or at an end.
    const LinkRef &link = m_canvas.plusSpots()[item].link;
    return link.parentId + u'\n' + branchKey(link.branch);
}

QVariant PlusModel::itemData(qsizetype item, int role) const
{
    const PlusSpot &spot = m_canvas.plusSpots()[item];
    switch (role) {
    case ParentIdRole:
        return spot.link.parentId;
    case BranchRole:
        return branchKey(spot.link.branch);
    case LabelRole:
        if (spot.link.branch == Branch::Yes)
            return QCoreApplication::translate("CanvasModel", "Yes");
        if (spot.link.branch == Branch::No)
            return QCoreApplication::translate("CanvasModel", "No");
        return QString();
    case XRole:
        return spot.centre.x();
    case YRole:
        return spot.centre.y();
    case IsEndRole:
        return spot.end;
    case TargetIdRole:
        return spot.target;
    case AccessibleNameRole:
        return m_canvas.plusAccessibleName(spot.link);
    }
    return {};
}

QHash<int, QByteArray> PlusModel::itemRoleNames() const
{
    return {{ParentIdRole, "parentId"}, {BranchRole, "branch"},
            {LabelRole, "label"},       {XRole, "plusX"},
            {YRole, "plusY"},           {IsEndRole, "isEnd"},
            {TargetIdRole, "targetId"}, {AccessibleNameRole, "accessibleName"}};
}

// --- CanvasModel ---

CanvasModel::CanvasModel(QObject *parent) : QObject(parent), m_cards(*this), m_pluses(*this)
{
    // The language changes at once (Language::setCurrent): the texts of the kept rows follow.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool CanvasModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        m_cards.refresh();
        m_pluses.refresh();
    }
    return QObject::eventFilter(watched, event);
}

void CanvasModel::setViewport(const QRectF &viewport)
{
    if (viewport == m_cards.viewport())
        return;
    m_cards.setViewport(viewport);
    m_pluses.setViewport(viewport);
    emit viewportChanged();
}

void CanvasModel::setSequence(const Sequence &sequence)
{
    const ViewportModel::Shown cards = m_cards.shown();
    const ViewportModel::Shown pluses = m_pluses.shown();
    m_sequence = sequence;
    m_incomingKnown = false;
    m_layout = layoutTree(m_sequence);
    m_nodeIndex.clear();
    m_nodeIndex.reserve(m_layout.nodes.size());
    for (qsizetype i = 0; i < m_layout.nodes.size(); ++i)
        m_nodeIndex.insert(m_layout.nodes[i].id, i);
    m_plus.clear();
    m_plus.reserve(m_layout.edges.size() + m_layout.ends.size());
    for (const LayoutEdge &e : m_layout.edges)
        m_plus.append({e.link, e.to, e.plus, false});
    for (const LayoutEnd &e : m_layout.ends)
        m_plus.append({e.link, {}, e.plus, true});
    m_cards.update(cards);
    m_pluses.update(pluses);
    emit layoutChanged();
}

void CanvasModel::setDiagnostics(const Diagnostics &diagnostics)
{
    const ViewportModel::Shown cards = m_cards.shown();
    m_problems.clear();
    m_problemTexts.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.stepId.isEmpty())
            continue;
        Count &c = m_problems[d.stepId];
        (d.isError() ? c.errors : c.warnings) += 1;
        m_problemTexts[d.stepId].append(d.message);
    }
    m_cards.update(cards);
    emit problemsChanged();
}

template <typename Table> void CanvasModel::setCardTable(Table &table, const Table &value)
{
    if (value == table)
        return;
    const ViewportModel::Shown cards = m_cards.shown();
    table = value;
    m_cards.update(cards);
}

void CanvasModel::setChangeMarks(const QHash<QString, QVariantMap> &marks)
{
    setCardTable(m_changeMarks, marks);
}

void CanvasModel::setPreviewMarks(const QHash<QString, QVariantMap> &marks)
{
    setCardTable(m_previewMarks, marks);
}

void CanvasModel::setSequenceNames(const QHash<QString, QString> &names)
{
    setCardTable(m_sequenceNames, names);
}

std::optional<LinkRef> CanvasModel::incomingLink(const QString &id) const
{
    if (!m_incomingKnown) {
        // As Sequence::incomingLink answers: the start, else the first step linking to it.
        m_incoming.clear();
        m_incoming.reserve(m_sequence.stepCount());
        if (!m_sequence.start.isEmpty())
            m_incoming.insert(m_sequence.start, {{}, Branch::Next});
        for (const Step &s : m_sequence.steps()) {
            for (Branch b : {Branch::Next, Branch::Yes, Branch::No}) {
                const QString to = s.link(b);
                if (!to.isEmpty() && !m_incoming.contains(to))
                    m_incoming.insert(to, {s.id, b});
            }
        }
        m_incomingKnown = true;
    }
    const auto found = m_incoming.constFind(id);
    return found == m_incoming.cend() ? std::nullopt : std::optional<LinkRef>(*found);
}

QString CanvasModel::nodeGroup(const QString &id) const
{
    if (id.isEmpty())
        return StepGroup::key(StepGroup::Kind::Start);
    const Step *step = m_sequence.step(id);
    return StepGroup::key(step ? StepGroup::ofType(step->type) : StepGroup::Kind::Unknown);
}

QString CanvasModel::nodeName(const QString &id) const
{
    if (id.isEmpty())
        return QCoreApplication::translate("CanvasModel", "Sequence starts here");
    const Step *step = m_sequence.step(id);
    if (!step)
        return id;
    if (!step->name.isEmpty())
        return step->name;
    const StepType *type = StepCatalogue::find(step->type);
    return type ? type->translatedName() : step->type;
}

QRectF CanvasModel::nodeRect(const QString &id) const
{
    const qsizetype i = m_nodeIndex.value(id, -1);
    return i < 0 ? QRectF() : m_layout.nodes[i].rect;
}

QString CanvasModel::neighbour(const QString &id, const QString &direction) const
{
    const qsizetype i = m_nodeIndex.value(id, -1);
    if (i < 0)
        return id;
    const LayoutNode &node = m_layout.nodes[i];
    if (direction == u"up") {
        if (id.isEmpty())
            return id;
        const std::optional<LinkRef> in = incomingLink(id);
        return in ? in->parentId : id;
    }
    if (direction == u"down") {
        if (id.isEmpty())
            return m_sequence.start.isEmpty() ? id : m_sequence.start;
        const Step *step = m_sequence.step(id);
        if (!step)
            return id;
        for (const QString &child : {step->next, step->yes, step->no}) {
            if (!child.isEmpty() && m_nodeIndex.contains(child))
                return child;
        }
        return id;
    }
    const bool left = direction == u"left";
    if (!left && direction != u"right")
        return id;
    QString best = id;
    qreal bestDistance = 0;
    for (const LayoutNode &other : m_layout.nodes) {
        if (std::abs(other.rect.y() - node.rect.y()) > 1)
            continue;
        const qreal d = left ? node.rect.x() - other.rect.x() : other.rect.x() - node.rect.x();
        if (d > 0 && (best == id || d < bestDistance)) {
            best = other.id;
            bestDistance = d;
        }
    }
    return best;
}

QString CanvasModel::find(const QString &text, const QString &afterId) const
{
    const QString needle = text.trimmed();
    const qsizetype n = m_layout.nodes.size();
    if (needle.isEmpty() || n == 0)
        return {};
    const qsizetype from = afterId.isEmpty() ? 0 : m_nodeIndex.value(afterId, -1) + 1;
    for (qsizetype k = 0; k < n; ++k) {
        const LayoutNode &node = m_layout.nodes[(from + k) % n];
        if (node.id.isEmpty())
            continue;
        if (nodeName(node.id).contains(needle, Qt::CaseInsensitive))
            return node.id;
    }
    return {};
}

PlusPlace CanvasModel::plusAt(QPointF point, qreal radius) const
{
    const PlusSpot *best = nullptr;
    qreal bestDistance = radius * radius;
    for (const PlusSpot &spot : m_plus) {
        const QPointF d = spot.centre - point;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            best = &spot;
            bestDistance = distance;
        }
    }
    if (!best)
        return {};
    return {best->link.parentId, branchKey(best->link.branch), true};
}

} // namespace sd
