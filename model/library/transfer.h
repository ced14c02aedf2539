// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "sequence.h"
#include "storeresult.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sd {

class Library;
class Profile;

// What import does with a sequence whose id is already in the library.
enum class IdConflict {
    Refuse,   // import nothing and say which ids clash
    Replace,  // overwrite the sequence in the library (it becomes inactive)
    KeepBoth, // import it under a new id; links to it inside the same bundle follow
};

struct ImportOptions
{
    IdConflict onConflict = IdConflict::Refuse;
    const Profile *profile = nullptr; // nullptr: the default profile
};

struct ImportResult
{
    StoreStatus status;              // not ok: nothing was imported
    QStringList imported;            // ids in the library now, in file order
    QStringList replaced;            // of those, ids that overwrote a sequence
    QHash<QString, QString> renamed; // file id -> new id (KeepBoth)
    Diagnostics diagnostics;         // every finding, with sequenceId (the library's id)
    bool unreadable = false;         // the file could not be read at all (file.io)

    [[nodiscard]] bool ok() const { return status.ok(); }
    explicit operator bool() const { return ok(); }
};

// Import and export through the sequence file format (docs/file-format.md).
class Transfer
{
public:
    explicit Transfer(Library &library) : m_library(library) {}

    // Imports every sequence of a file as inactive, in one transaction. A file that cannot be
    // represented (file.*, step.*, graph.cycle, graph.sharedStep) imports nothing; sequences
    // with rule or parameter problems import as drafts and the problems are reported.
    ImportResult importFile(const QString &path, const ImportOptions &options = {});
    ImportResult importSequences(QList<Sequence> sequences, const ImportOptions &options = {});

    // Writes the sequences to one file, atomically (the old file stays until the new one is
    // complete). Nothing is written when an id is unknown.
    StoreStatus exportFile(const QStringList &ids, const QString &path);

private:
    Library &m_library;
};

} // namespace sd
