// SPDX-License-Identifier: MIT
#pragma once

// How the recovery area stores a sequence's unsaved edits (schema version 5, docs/storage.md):
// `content` is a document of the sequence file format (written by writeSequenceFile, read by
// the strict reader) holding the sequence's properties, the start step and the steps that
// differ from the saved version, with their positions in its `layout`; `removed` is a JSON array of
// the ids of the steps deleted since; `step_ids` the step order as a JSON array, only when it
// differs. Internal to model/library.

#include "sequence.h"

#include <QByteArray>

#include <optional>

namespace sd::detail {

struct RecoveryEdits
{
    QByteArray content;
    QByteArray removed;
    std::optional<QByteArray> order; // none: the saved order
};

// The edits that turn `base` (the saved version) into `current`.
[[nodiscard]] RecoveryEdits recoveryEdits(const Sequence &current, const Sequence &base);

// `base` with the edits applied (its id and status stay); none when `content` is not a file the
// reader accepts (the row is kept for the user to discard).
[[nodiscard]] std::optional<Sequence> applyRecoveryEdits(const Sequence &base,
                                                         const RecoveryEdits &edits);

// The sequence name in `content`, for the list of unsaved edits; empty when unreadable.
[[nodiscard]] QString nameInContent(const QByteArray &content);

} // namespace sd::detail
