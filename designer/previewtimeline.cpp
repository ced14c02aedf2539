// SPDX-License-Identifier: MIT
#include "previewtimeline.h"

#include "sequence.h"
#include "simulation/agenda.h"
#include "steptype.h"

#include <QLocale>

namespace sd {

namespace {

QString clockTime(const QLocale &locale, int minuteOfDay)
{
    return locale.toString(QTime(minuteOfDay / 60, minuteOfDay % 60), QLocale::ShortFormat);
}

QString shortDate(const ZoneClock &clock, Minutes at)
{
    const QLocale locale;
    return locale.toString(clock.localDate(at), QStringLiteral("ddd d MMM")) + u' ' +
           clockTime(locale, clock.localMinuteOfDay(at));
}

QString isoLocal(const ZoneClock &clock, Minutes at)
{
    const int m = clock.localMinuteOfDay(at);
    return clock.localDate(at).toString(Qt::ISODate) +
           QStringLiteral(" %1:%2").arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
}

int dayNumber(const ZoneClock &clock, Minutes runStart, Minutes at)
{
    return int(clock.localDay(at) - clock.localDay(runStart)) + 1;
}

} // namespace

QString dayAndTime(const ZoneClock &clock, Minutes runStart, Minutes at)
{
    return PreviewTimeline::tr("Day %1, %2")
        .arg(dayNumber(clock, runStart, at))
        .arg(shortDate(clock, at));
}

QList<TimelineRow> timelineRows(const SimulationResult &result, const ZoneClock &clock)
{
    QList<TimelineRow> rows;
    rows.reserve(result.steps.size());
    for (const StepRun &run : result.steps) {
        TimelineRow row;
        const Step &step = *run.step;
        const StepType *type = StepCatalogue::find(step.type);
        row.stepId = step.id;
        row.type = step.type;
        row.typeName = type ? type->translatedName() : step.type;
        row.name = step.name.isEmpty() ? row.typeName : step.name;
        row.day = dayNumber(clock, result.start, run.start);
        row.when = dayAndTime(clock, result.start, run.start);
        row.date = isoLocal(clock, run.start);
        row.endDate = isoLocal(clock, run.end);
        row.status = statusKey(run.status);
        row.statusText = statusLabel(run.status);
        QStringList detail;
        if (!run.version.isNull())
            detail.append(PreviewTimeline::tr("version %1").arg(run.version));
        if (run.end != run.start)
            detail.append(
                PreviewTimeline::tr("until %1").arg(dayAndTime(clock, result.start, run.end)));
        row.detail = detail.join(QStringLiteral(", "));
        row.manual = run.manual;
        row.start = run.start;
        row.end = run.end;
        rows.append(row);
    }
    return rows;
}

QString endText(const SimulationResult &result, const ZoneClock &clock)
{
    const QString at = dayAndTime(clock, result.start, result.end);
    switch (result.reason) {
    case EndReason::Completed:
        return PreviewTimeline::tr("Ends %1: the sequence is complete.").arg(at);
    case EndReason::Replied:
        return PreviewTimeline::tr("Ends %1: the customer replied.").arg(at);
    case EndReason::Advanced:
        return PreviewTimeline::tr("Ends %1: the record moves to another sequence.").arg(at);
    }
    return {};
}

int PreviewTimeline::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PreviewTimeline::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineRow &row = m_rows[index.row()];
    switch (role) {
    case StepIdRole:
        return row.stepId;
    case NameRole:
        return row.name;
    case TypeNameRole:
        return row.typeName;
    case DayRole:
        return row.day;
    case WhenRole:
        return row.when;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return row.statusText;
    case DetailRole:
        return row.detail;
    case AccessibleNameRole:
        return tr("%1, %2, %3").arg(row.when, row.name, row.statusText);
    }
    return {};
}

QHash<int, QByteArray> PreviewTimeline::roleNames() const
{
    return {{StepIdRole, "stepId"},
            {NameRole, "name"},
            {TypeNameRole, "typeName"},
            {DayRole, "day"},
            {WhenRole, "when"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {DetailRole, "detail"},
            {AccessibleNameRole, "accessibleName"}};
}

void PreviewTimeline::setRows(const QList<TimelineRow> &rows)
{
    // The same number of rows (most edits): the delegates stay, only their texts change.
    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int PreviewTimeline::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].stepId == id)
            return int(i);
    }
    return -1;
}

QString PreviewTimeline::stepIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stepId : QString();
}

QString PreviewTimeline::conditionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const TimelineRow &r = m_rows.at(row);
    return r.status == u"yes" || r.status == u"no" ? r.stepId : QString();
}

} // namespace sd
