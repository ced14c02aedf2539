// SPDX-License-Identifier: MIT
#include "sequencelist.h"
#include "library.h"
#include "sequencerows.h"
#include "tagrows.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sd {

using namespace detail;

namespace {

// Column names come from this table only, never from the caller: no SQL is built from input.
const char *orderColumn(SortColumn column)
{
    switch (column) {
    case SortColumn::Name:
    case SortColumn::Tags: // sorted in C++ afterwards
        return "s.sort_name";
    case SortColumn::Description:
        return "s.description";
    case SortColumn::RecordType:
        return "s.record_type";
    case SortColumn::Status:
        return "s.status";
    case SortColumn::Steps:
        return "s.activity_count";
    case SortColumn::Created:
        return "s.created_at";
    case SortColumn::CreatedBy:
        return "s.created_by";
    case SortColumn::Modified:
        return "s.modified_at";
    case SortColumn::ModifiedBy:
        return "s.modified_by";
    }
    return "s.sort_name";
}

} // namespace

StoreResult<QList<SequenceSummary>> SequenceList::list(const ListQuery &query) const
{
    QList<SequenceSummary> rows;
    const StoreStatus status =
        forEach(query, [&rows](const SequenceSummary &row) { rows.append(row); });
    if (!status)
        return status;
    return rows;
}

StoreStatus SequenceList::forEach(const ListQuery &query,
                                  const std::function<void(const SequenceSummary &)> &row) const
{
    return guarded([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        const QHash<qint64, QString> tagPaths = allTagPaths(c);

        QByteArray sqlText =
            "SELECT s.id, s.name, s.description, s.record_type, s.status, s.activity_count, "
            "s.created_at, s.created_by, s.modified_at, s.modified_by, s.version, ";
        sqlText += c.isTeam() ? "(SELECT string_agg(tag_id::text, ',' ORDER BY position) FROM "
                                "sequence_tags WHERE seq = s.seq)"
                              : "(SELECT group_concat(tag_id) FROM (SELECT tag_id FROM "
                                "sequence_tags WHERE seq = s.seq ORDER BY position))";
        sqlText += " FROM sequences s WHERE TRUE";
        const QStringList words =
            foldForSearch(query.search).simplified().split(u' ', Qt::SkipEmptyParts);
        // Words are bound as parameters ?100, ?101... ; instr() and strpos() are plain substring
        // searches.
        const QByteArray contains =
            c.isTeam() ? " AND strpos(s.search_text, ?" : " AND instr(s.search_text, ?";
        for (qsizetype i = 0; i < words.size() && i < 50; ++i)
            sqlText += contains + QByteArray::number(100 + i) + ") > 0";
        if (query.status)
            sqlText += " AND s.status = ?1";
        if (!query.recordType.isEmpty())
            sqlText += " AND s.record_type = ?2";
        qint64 tagId = -1;
        if (!query.tag.isEmpty()) {
            tagId = findTagPath(c, query.tag);
            sqlText += " AND s.seq IN (SELECT seq FROM sequence_tags WHERE tag_id IN "
                       "(WITH RECURSIVE below(id) AS (SELECT CAST(?3 AS BIGINT) UNION SELECT t.id "
                       "FROM tags t "
                       "JOIN below ON t.parent_id = below.id) SELECT id FROM below))";
        }
        const QByteArray direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
        sqlText +=
            QByteArray(" ORDER BY ") + orderColumn(query.sort) + direction + ", s.sort_name, s.id";

        const std::unique_ptr<Statement> statement = c.prepare(sqlText.constData());
        Statement &st = *statement;
        for (qsizetype i = 0; i < words.size() && i < 50; ++i)
            st.bind(int(100 + i), words[i]);
        if (query.status)
            st.bind(1, statusKey(*query.status));
        if (!query.recordType.isEmpty())
            st.bind(2, query.recordType);
        if (tagId >= 0)
            st.bind(3, tagId);

        const bool byTags = query.sort == SortColumn::Tags;
        QList<SequenceSummary> rows; // only when sorting by tags
        while (st.next()) {
            SequenceSummary r;
            r.id = st.text(0);
            r.name = st.text(1);
            r.description = st.text(2);
            r.recordType = st.text(3);
            r.status = statusFromKey(st.text(4));
            r.steps = int(st.integer(5));
            r.created = parseTimestamp(st.integer(6));
            r.createdBy = st.text(7);
            r.modified = parseTimestamp(st.integer(8));
            r.modifiedBy = st.text(9);
            r.version = st.integer(10);
            const QByteArray tagIds = st.bytes(11);
            if (!tagIds.isEmpty()) {
                for (const QByteArray &idText : tagIds.split(','))
                    r.tags.append(tagPaths.value(idText.toLongLong()));
            }
            if (byTags)
                rows.append(std::move(r));
            else
                row(r);
        }
        if (byTags) {
            const bool ascending = query.order == Qt::AscendingOrder;
            std::stable_sort(rows.begin(), rows.end(),
                             [ascending](const SequenceSummary &a, const SequenceSummary &b) {
                                 const int cmp = QString::compare(
                                     a.tags.join(u','), b.tags.join(u','), Qt::CaseInsensitive);
                                 return ascending ? cmp < 0 : cmp > 0;
                             });
            for (const SequenceSummary &r : std::as_const(rows))
                row(r);
        }
    });
}

StoreResult<int> SequenceList::activeCount() const
{
    return guardedValue<int>([&] {
        return int(m_library.connection().scalar(
            "SELECT count(*) FROM sequences WHERE status = 'active'"));
    });
}

StoreResult<int> SequenceList::count() const
{
    return guardedValue<int>(
        [&] { return int(m_library.connection().scalar("SELECT count(*) FROM sequences")); });
}

StoreResult<QHash<QString, int>> SequenceList::durations() const
{
    return guardedValue<QHash<QString, int>>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        QHash<QString, int> hours;
        // Only waits and email conditions carry time, so only their params are parsed.
        const std::unique_ptr<Statement> statement =
            c.prepare("SELECT s.id, s.start_step, st.step_id, st.type, st.next_step, "
                      "st.yes_step, st.no_step, CASE WHEN st.type IN ('wait', "
                      "'emailCondition') THEN st.params END FROM sequences s JOIN steps st "
                      "ON st.seq = s.seq ORDER BY s.seq, st.position");
        Statement &st = *statement;
        Sequence current;
        QList<Step> steps;
        auto finish = [&] {
            if (current.id.isEmpty())
                return;
            current.setSteps(std::move(steps));
            hours.insert(current.id, current.durationHours());
            steps.clear();
        };
        while (st.next()) {
            const QString id = st.text(0);
            if (id != current.id) {
                finish();
                current = Sequence();
                current.id = id;
                current.start = st.text(1);
            }
            Step step;
            step.id = st.text(2);
            step.type = st.text(3);
            step.next = st.text(4);
            step.yes = st.text(5);
            step.no = st.text(6);
            const QByteArray params = st.bytes(7);
            if (!params.isEmpty())
                step.params = QJsonDocument::fromJson(params).object();
            steps.append(std::move(step));
        }
        finish();
        return hours;
    });
}

QString sequenceNameProblem(const QString &name)
{
    return nameProblem(name);
}

QString foldedForSearch(const QString &text)
{
    return foldForSearch(text);
}

} // namespace sd
