// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "storeresult.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace sd {

class Library;

// A sequence as the library holds it: the value plus who changed it when, and its version
// (raised by every change, so an editor can tell whether someone else saved in between).
struct SequenceRecord
{
    Sequence sequence;
    qint64 version = 0;
    QDateTime created;
    QString createdBy;
    QDateTime modified;
    QString modifiedBy;
    // Steps whose stored parameters are not a JSON object (damaged by another program or the
    // disk): step id -> the stored text. Those steps are read without parameters.
    QHash<QString, QByteArray> damagedParams;
};

// Reading and writing whole sequences. Every write is one transaction.
class SequenceStore
{
public:
    explicit SequenceStore(Library &library) : m_library(library) {}

    [[nodiscard]] StoreResult<SequenceRecord> get(const QString &id) const;
    [[nodiscard]] bool contains(const QString &id) const;

    // Stores `initial` as a new inactive sequence under a new id ("Use blank sequence" or
    // "Use template"); the id of `initial` is ignored.
    StoreResult<SequenceRecord> create(Sequence initial);
    // Replaces the stored sequence with the same id and clears its recovery copy. Refused while
    // the sequence is active, when its record type would change, and, with `expectedVersion`,
    // when someone saved another version since it was loaded. Appends a version with `note`.
    StoreResult<SequenceRecord> save(const Sequence &sequence,
                                     std::optional<qint64> expectedVersion = std::nullopt,
                                     const QString &note = {});
    // "Create a copy": every step and property under a new id, inactive.
    StoreResult<SequenceRecord> clone(const QString &id, const QString &name,
                                      const QString &description);
    StoreStatus rename(const QString &id, const QString &name);
    // Deletes for good (an active sequence too: deleting deactivates it).
    StoreStatus remove(const QString &id);

private:
    Library &m_library;
};

} // namespace sd
