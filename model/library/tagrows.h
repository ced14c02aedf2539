// SPDX-License-Identifier: MIT
#pragma once

// Tag paths ("Inbound/Events") to rows of the tags table and back. Internal to model/library.

#include "connection.h"
#include "sequencelimits.h"

#include <QHash>

namespace sd::detail {

// Empty when `name` can be one level of a tag, else why not.
[[nodiscard]] QString tagNameProblem(const QString &name);
// Empty when `path` is a valid tag path (1-4 levels of valid names), else why not.
[[nodiscard]] QString tagPathProblem(const QString &path);

// The id of the tag at `path`, creating missing levels. Call inside a write transaction.
[[nodiscard]] qint64 ensureTagPath(Connection &c, const QString &path);
// The id of the tag at `path`, or 0.
[[nodiscard]] qint64 findTagPath(Connection &c, const QString &path);
// The full path of a tag, walking up its parents.
[[nodiscard]] QString tagPath(Connection &c, qint64 id);
// Every tag's full path by id.
[[nodiscard]] QHash<qint64, QString> allTagPaths(Connection &c);

} // namespace sd::detail
