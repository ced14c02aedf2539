// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "sequence.h"
#include "storeresult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

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
    // The answer for one id of the file (the import preview asks per sequence); overrides
    // onConflict for that id.
    QHash<QString, IdConflict> perId;
    const Profile *profile = nullptr; // nullptr: the default profile
    // Called after each sequence is checked and after each is written, with the steps done of
    // `total`; returning false cancels: the transaction rolls back and nothing is imported.
    // Runs on the thread that imports.
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

// What the import preview shows of one file before anything is imported.
struct FilePreview
{
    QString path;
    QList<Sequence> sequences;
    QList<Diagnostics> findings; // per sequence: the validator's findings, with sequenceId
    Diagnostics fileDiagnostics; // the reader's findings (file.*), not about one sequence
    bool refused = false;        // the file cannot be represented: it imports nothing
    QString message;             // refused: why, and what to do (translated)
};

struct ImportResult
{
    StoreStatus status;              // not ok: nothing was imported
    QStringList imported;            // ids in the library now, in file order
    QStringList replaced;            // of those, ids that overwrote a sequence
    QHash<QString, QString> renamed; // file id -> new id (KeepBoth)
    Diagnostics diagnostics;         // every finding, with sequenceId (the library's id)
    bool unreadable = false;         // the file could not be read at all (file.io)
    bool cancelled = false;          // ImportOptions::progress said stop; nothing was imported

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

    // Reads and checks a file without touching any library (the import preview). Thread-safe.
    [[nodiscard]] static FilePreview preview(const QString &path, const Profile *profile = nullptr);

    // Writes the sequences to one file, atomically (the old file stays until the new one is
    // complete). Nothing is written when an id is unknown. A step whose stored parameters are
    // damaged is written without them, and `diagnostics` (when given) gets a warning
    // (library.damagedParams) naming the step and keeping the stored text.
    StoreStatus exportFile(const QStringList &ids, const QString &path,
                           Diagnostics *diagnostics = nullptr);

private:
    Library &m_library;
};

} // namespace sd
