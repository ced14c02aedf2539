// SPDX-License-Identifier: MIT
#pragma once

// The rows of one sequence (sequences, steps, sequence_tags): checked, written and read. Shared
// by the sequence store, import, recovery and salvage. Internal to model/library.

#include "connection.h"
#include "sequencestore.h"

#include <optional>

namespace sd::detail {

struct RowMeta
{
    Status status = Status::Inactive;
    qint64 version = 1;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 modifiedAt = 0;
    QString modifiedBy;
};

// Refuses (StoreError::Invalid) a sequence the library cannot hold: bad name, description over
// its limit, bad step ids, duplicate ids, dangling links, a bad start, bad tag paths.
void checkStorable(const Sequence &sequence);
// Empty when `name` is a valid sequence name, else why not.
[[nodiscard]] QString nameProblem(const QString &name);

// Writes the whole sequence: inserts it, or (replace) overwrites the row with that id and all
// of its steps and tags. `stored`, with replace: what the step rows hold now (as last written or
// read, undamaged); only the steps that differ from it are written. Call inside a transaction.
void writeSequence(Connection &c, const Sequence &sequence, const RowMeta &meta, bool replace,
                   const Sequence *stored = nullptr);
[[nodiscard]] std::optional<SequenceRecord> readSequence(Connection &c, const QString &id);

[[nodiscard]] QString statusKey(Status status);
[[nodiscard]] Status statusFromKey(const QString &key);
// Search matches case-insensitively, also for letters outside ASCII (æ, ø, å).
[[nodiscard]] QString foldForSearch(const QString &text);

} // namespace sd::detail
