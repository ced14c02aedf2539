// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "sequencestore.h"
#include "storeresult.h"

#include <QDateTime>
#include <QList>

namespace sd {

class Library;

// Unsaved edits of one sequence found in the recovery area (after a crash, say).
struct RecoveryInfo
{
    QString sequenceId;
    QString name; // the name in the unsaved edits
    QDateTime savedAt;
    QString savedBy;
    qint64 baseVersion = 0;    // the saved version the edits started from
    qint64 currentVersion = 0; // the saved version now
    // Someone saved the sequence after these edits began: restoring applies them on top.
    [[nodiscard]] bool stale() const { return baseVersion != currentVersion; }
};

// The recovery area: list, restore and discard unsaved edits. SequenceStore::save clears a
// sequence's copy; deleting the sequence deletes it too.
class RecoveryStore
{
public:
    explicit RecoveryStore(Library &library) : m_library(library) {}

    [[nodiscard]] StoreResult<QList<RecoveryInfo>> list() const;
    // The sequence as it was with its unsaved edits (the library is not changed; save it to
    // keep it).
    [[nodiscard]] StoreResult<Sequence> restore(const QString &sequenceId) const;
    StoreStatus discard(const QString &sequenceId);

private:
    Library &m_library;
};

// Writes the unsaved edits of one open sequence to the recovery area: only the difference
// against the saved version (the properties, the steps that differ, the order when it differs)
// as the file format's JSON, so one edit costs about the same at 100 or 10,000 steps. The
// designer calls write() from a debounce timer; after SequenceStore::save, rebase().
class RecoveryWriter
{
public:
    RecoveryWriter(Library &library, const SequenceRecord &saved);

    StoreStatus write(const Sequence &current);
    void rebase(const SequenceRecord &saved);
    StoreStatus discard();

private:
    Library &m_library;
    Sequence m_base;      // the saved version
    qint64 m_baseVersion; // its version number
};

} // namespace sd
