// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

class Library;

// What made a version (../shared/spec/sequence-diff.md, section 1).
enum class VersionKind {
    Created,     // a new sequence (blank, template, copy)
    Saved,       // a save (also a rename, and restoring an older version)
    Imported,    // an import, new or replacing
    Activated,   // the content of the version before, now active
    Deactivated, // the content of the version before, inactive again
    Earlier,     // the sequence as it was when the library was upgraded to keep versions
};

[[nodiscard]] QString versionKindKey(VersionKind kind); // "created", "saved", ...

// One version as the history lists it: no content, and the change from the version before it
// as counts (kept at save time, so the list never compares sequences).
struct VersionInfo
{
    int number = 0; // 1, 2, ...
    QDateTime savedAt;
    QString author;
    VersionKind kind = VersionKind::Saved;
    QString note; // the user's note, possibly empty
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    QStringList properties; // changed property keys (name, tags, options.<name>...)

    // The note to show: the user's, else what the kind says for creations, activations, imports
    // and the first version of an upgraded library (translated).
    [[nodiscard]] QString shownNote() const;
    // "+2 steps, 1 changed, name" (translated); "first version" for version 1.
    [[nodiscard]] QString summary() const;
};

struct SequenceVersion
{
    VersionInfo info;
    Sequence sequence;
};

// The versions of the library's sequences. Versions are appended by the operations that change
// a sequence (SequenceStore, Activation, Transfer); they are never changed, and are deleted
// only with their sequence. docs/versions.md.
class VersionStore
{
public:
    explicit VersionStore(Library &library) : m_library(library) {}

    // Every version of a sequence, oldest first.
    [[nodiscard]] StoreResult<QList<VersionInfo>> list(const QString &id) const;
    // Version `number` (from 1), or the newest for 0.
    [[nodiscard]] StoreResult<SequenceVersion> get(const QString &id, int number = 0) const;
    // Saves version `number` as a new version (the sequence must be inactive); returns the new
    // version's number.
    StoreResult<int> restore(const QString &id, int number);
    // Gives the newest version the user's note (trimmed; empty removes it): the note of the save
    // just made, added or corrected afterwards. Older versions keep theirs. Returns the newest
    // version's number.
    StoreResult<int> setNewestNote(const QString &id, const QString &note);

private:
    Library &m_library;
};

} // namespace sd
