// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "steptype.h"

namespace sd {

namespace {

QString propertyLabel(const QString &key)
{
    if (key == u"name")
        return Comparison::tr("Sequence name");
    if (key == u"description")
        return Comparison::tr("Sequence description");
    if (key == u"recordType")
        return Comparison::tr("Record type");
    if (key == u"tags")
        return Comparison::tr("Tags");
    if (key == u"assignment")
        return Comparison::tr("Who gets the steps");
    if (key == u"template")
        return Comparison::tr("Template");
    if (key == u"options.exitOnEmailReply")
        return Comparison::tr("Exit when the customer replies");
    if (key == u"options.skipNonWorkingDays")
        return Comparison::tr("Skip non-working days");
    return key;
}

} // namespace

void Comparison::show(const Sequence &older, const Sequence &newer, const QString &olderLabel,
                      const QString &newerLabel)
{
    beginResetModel();
    m_active = true;
    m_older = older;
    m_view = buildComparison(older, newer);
    m_olderLabel = olderLabel;
    m_newerLabel = newerLabel;
    m_rows.clear();
    m_rows.reserve(m_view.changes.size());
    for (const Change &c : std::as_const(m_view.changes))
        m_rows.append(rowOf(c));
    buildMarks();
    m_current = -1;
    endResetModel();
    emit changed();
    emit currentIndexChanged();
}

void Comparison::clear()
{
    if (!m_active)
        return;
    beginResetModel();
    m_active = false;
    m_older = {};
    m_view = {};
    m_rows.clear();
    m_marks.clear();
    m_current = -1;
    endResetModel();
    emit changed();
    emit currentIndexChanged();
}

void Comparison::setCurrentIndex(int index)
{
    const int clamped = index >= 0 && index < m_rows.size() ? index : -1;
    if (clamped == m_current)
        return;
    m_current = clamped;
    emit currentIndexChanged();
}

QString Comparison::currentStep() const
{
    return m_current >= 0 ? m_rows[m_current].step : QString();
}

void Comparison::next()
{
    if (!m_rows.isEmpty())
        setCurrentIndex((m_current + 1) % int(m_rows.size()));
}

void Comparison::previous()
{
    if (!m_rows.isEmpty())
        setCurrentIndex(m_current <= 0 ? int(m_rows.size()) - 1 : m_current - 1);
}

QString Comparison::stepName(const QString &id) const
{
    const Step *step = m_view.display.step(id);
    if (!step)
        return id;
    if (!step->name.isEmpty())
        return step->name;
    const StepType *type = StepCatalogue::find(step->type);
    return type ? type->translatedName() : step->type;
}

QString Comparison::linkText(const std::optional<ParentLink> &link) const
{
    if (!link)
        return tr("no path from the start");
    if (link->branch == u"start")
        return tr("the start");
    const QString parent = stepName(link->parent);
    if (link->branch == u"yes")
        return tr("Yes of “%1”").arg(parent);
    if (link->branch == u"no")
        return tr("No of “%1”").arg(parent);
    return tr("after “%1”").arg(parent);
}

Comparison::Row Comparison::rowOf(const Change &c) const
{
    Row row{changeKindKey(c.kind), c.step, {}, {}};
    switch (c.kind) {
    case ChangeKind::Added:
        row.title = stepName(c.step);
        row.detail = tr("Not in %1").arg(m_olderLabel);
        break;
    case ChangeKind::Removed:
        row.title = stepName(c.step);
        row.detail = tr("Not in %1; shown as a faded card where it was").arg(m_newerLabel);
        break;
    case ChangeKind::Changed: {
        row.title = stepName(c.step);
        const Step *before = m_older.step(c.step);
        const Step *after = m_view.display.step(c.step);
        QStringList lines;
        if (before && after) {
            for (const ChangedValue &v : changedValues(*before, *after, c.keys))
                lines.append(tr("%1: %2 → %3").arg(v.label, v.from, v.to));
        }
        row.detail = lines.join(u'\n');
        break;
    }
    case ChangeKind::Moved:
        row.title = stepName(c.step);
        row.detail = tr("Moved from %1 to %2").arg(linkText(c.fromLink), linkText(c.toLink));
        break;
    case ChangeKind::Property:
        row.title = propertyLabel(c.key);
        row.detail = tr("%1 → %2").arg(changeValueText(c.from), changeValueText(c.to));
        break;
    }
    return row;
}

QVariantMap Comparison::stepMark(const QString &id) const
{
    return m_marks.value(id);
}

// One pass over the changes: a comparison of thousands of steps may change most of them.
void Comparison::buildMarks()
{
    QHash<QString, QStringList> details;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.step.isEmpty() && !row.detail.isEmpty())
            details[row.step].append(row.detail);
    }
    m_marks.clear();
    m_marks.reserve(m_view.marks.size());
    for (auto it = m_view.marks.begin(); it != m_view.marks.end(); ++it) {
        m_marks.insert(it.key(),
                       {{QStringLiteral("kinds"), it.value()},
                        {QStringLiteral("details"), details.value(it.key()).join(u'\n')}});
    }
}

int Comparison::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant Comparison::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case KindRole:
        return row.kind;
    case StepRole:
        return row.step;
    case TitleRole:
        return row.title;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> Comparison::roleNames() const
{
    return {{KindRole, "kind"}, {StepRole, "stepId"}, {TitleRole, "title"}, {DetailRole, "detail"}};
}

} // namespace sd
