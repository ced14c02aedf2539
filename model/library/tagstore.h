// SPDX-License-Identifier: MIT
#pragma once

#include "storeresult.h"

#include <QList>
#include <QString>

namespace sd {

class Library;

// A tag of the library's tag tree (up to 4 levels; no / inside a name).
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    QString path; // "Inbound/Events"
    int depth = 1;
    int sequenceCount = 0; // sequences tagged with exactly this tag
};

// The tag manager: create, rename, re-parent and delete tags. Every write is one transaction.
class TagStore
{
public:
    explicit TagStore(Library &library) : m_library(library) {}

    // Every tag, parents before children, sorted by path.
    [[nodiscard]] StoreResult<QList<Tag>> tags() const;
    // Creates the tag at `path` and any missing levels above it; an existing tag is returned.
    StoreResult<Tag> create(const QString &path);
    // Renames one level; refused when a sibling already has the name.
    StoreStatus rename(qint64 id, const QString &name);
    // Moves a tag with everything below it under `newParentId` (0: top level). Refused when the
    // tree would get deeper than 4 levels, the tag would go below itself, or a tag of that name
    // is already there.
    StoreStatus move(qint64 id, qint64 newParentId);
    // Deletes a tag: its children move up a level (merging into a tag of the same name there),
    // and its sequences lose the tag.
    StoreStatus remove(qint64 id);

private:
    Library &m_library;
};

} // namespace sd
