// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace sd {

class Library;

// One row of the home page grid.
struct SequenceSummary
{
    QString id;
    QString name;
    QString description;
    QString recordType;
    Status status = Status::Inactive;
    int steps = 0; // activities only (Sequence::activityCount), as users count them
    QStringList tags;
    QDateTime created;
    QString createdBy;
    QDateTime modified;
    QString modifiedBy;
    qint64 version = 0;
};

enum class SortColumn {
    Name,
    Description,
    RecordType,
    Status,
    Steps,
    Tags,
    Created,
    CreatedBy,
    Modified,
    ModifiedBy
};

struct ListQuery
{
    // Words that must all occur in the name or description (case-insensitive); empty: all.
    QString search;
    std::optional<Status> status;
    QString recordType; // empty: any
    QString tag;        // a tag path; matches it and the tags below it. Empty: any
    SortColumn sort = SortColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Empty when `name` can name a sequence, else why not (translated): the check of the store.
[[nodiscard]] QString sequenceNameProblem(const QString &name);
// The text search compares: case-folded and normalised, as SequenceList's search does.
[[nodiscard]] QString foldedForSearch(const QString &text);

// The library's list of sequences: sort, filter and search, fast at 10,000 sequences.
class SequenceList
{
public:
    explicit SequenceList(Library &library) : m_library(library) {}

    [[nodiscard]] StoreResult<QList<SequenceSummary>> list(const ListQuery &query = {}) const;
    // The same rows, handed to `row` one at a time as they are read, so memory does not grow
    // with the library (the `list` command). Sorting by tags needs every row first: that one
    // sort is done in memory.
    StoreStatus forEach(const ListQuery &query,
                        const std::function<void(const SequenceSummary &)> &row) const;
    [[nodiscard]] StoreResult<int> activeCount() const;
    [[nodiscard]] StoreResult<int> count() const;
    // The duration in hours (Sequence::durationHours) of every sequence, by id: one pass over
    // the steps table, for the home page's duration column.
    [[nodiscard]] StoreResult<QHash<QString, int>> durations() const;

private:
    Library &m_library;
};

} // namespace sd
