// SPDX-License-Identifier: MIT
#pragma once

#include "simulation/simulator.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace sd {

// One row of the preview's timeline: a step the run reached, when, and what became of it.
struct TimelineRow
{
    QString stepId;
    QString type;
    QString name;     // the step's name, else its type's name
    QString typeName; // translated
    int day = 1;      // 1 on the local date the run starts
    QString when;     // "Day 3, Wed 9 Dec 14:00"
    QString date;     // local "yyyy-MM-dd HH:mm" (the CSV)
    QString endDate;  // the same for the step's end
    QString status;   // statusKey: "sent", "done", …
    QString statusText;
    QString detail; // "until Thu 10 Dec 10:00", "version B"; "" when nothing to add
    bool manual = false;
    Minutes start = 0;
    Minutes end = 0;
};

// The rows of the timeline for a run: local times in the calendar's zone, texts in the interface
// language (QLocale's default).
[[nodiscard]] QList<TimelineRow> timelineRows(const SimulationResult &result,
                                              const ZoneClock &clock);
// "Day 3, Wed 9 Dec 14:00": `at` counted from the local date of `runStart`.
[[nodiscard]] QString dayAndTime(const ZoneClock &clock, Minutes runStart, Minutes at);
// The end of a run in words: "Ends Day 4, Thu 10 Dec 10:00: the sequence is complete."
[[nodiscard]] QString endText(const SimulationResult &result, const ZoneClock &clock);

// The timeline of the preview as a list for QML.
class PreviewTimeline : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a Preview")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        NameRole,
        TypeNameRole,
        DayRole,
        WhenRole,
        StatusRole,
        StatusTextRole,
        DetailRole,
        AccessibleNameRole, // "Day 3, Wed 9 Dec 14:00, Call the lead, done"
    };
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<TimelineRow> &rows);
    [[nodiscard]] const QList<TimelineRow> &rows() const { return m_rows; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    // The row of step `id`, -1 when the run does not reach it.
    Q_INVOKABLE int rowOf(const QString &id) const;
    // The step of row `row`, "" when there is no such row.
    Q_INVOKABLE [[nodiscard]] QString stepIdAt(int row) const;
    // The step of row `row` when it is a condition's (status "yes" or "no", which Space flips),
    // else "".
    Q_INVOKABLE [[nodiscard]] QString conditionAt(int row) const;

signals:
    void countChanged();

private:
    QList<TimelineRow> m_rows;
};

} // namespace sd
