// SPDX-License-Identifier: MIT
#pragma once

// The rows of the version table: appended by every operation that changes a sequence, in that
// operation's transaction. Internal to model/library.

#include "connection.h"
#include "versionstore.h"

#include <optional>

namespace sd::detail {

// A sequence's content before a change, and who made it when (for a library from before
// versions, whose sequences get it as version 1).
struct Previous
{
    Sequence sequence;
    qint64 modifiedAt = 0;
    QString modifiedBy;
    bool matchesRows = false; // `sequence` is what the step rows hold (writeSequence's `stored`)
};

// The content of the newest version of `id`: remembered when this process wrote or read it last
// (a copy is cheap, the steps are shared), else the rows as stored now. nullopt: no such id, or
// a library without the version table.
[[nodiscard]] std::optional<Previous> previousContent(Connection &c, const QString &id);
// Remembers `sequence` as the content of its newest version (after reading it); `matchesRows`:
// read from rows that were whole (no damaged parameters).
void rememberContent(Connection &c, const Sequence &sequence, bool matchesRows);

// Appends `sequence` (as just written) as the newest version of its sequence. `previous` is the
// content before the change, when there was one: the version's counts compare with it, and a
// sequence without versions yet first gets it as version 1. `matchesRows`: the step rows hold
// `sequence` exactly (remembered for the next save's writeSequence).
void appendVersion(Connection &c, const Sequence &sequence, VersionKind kind,
                   const QString &note = {}, const Previous *previous = nullptr,
                   bool matchesRows = true);

// Gives the newest version of `id` the user's note `note` (empty: none), the one thing of a
// version that may change after it is saved. A sequence without versions yet first gets its
// stored content as version 1, with the note. The version's number; 0 when there is no such id.
qint64 setNewestNote(Connection &c, const QString &id, const QString &note);

// The stored form of a version's content: the file format (one sequence), see docs/storage.md.
[[nodiscard]] QByteArray encodeVersion(const Sequence &sequence);
[[nodiscard]] std::optional<Sequence> decodeVersion(const QByteArray &stored);

} // namespace sd::detail
