// SPDX-License-Identifier: MIT
#pragma once

// Does a file that says it is a library (our application_id) hold the tables of one? Internal
// to model/library.

#include "library.h"
#include "sqlite.h"

#include <QStringList>

namespace sd::detail {

// The tables, columns and indexes that `chain` makes up to `version`, compared with those of
// `db` (read inside the caller's read transaction). Empty when every one is there as made;
// otherwise what is missing or different, in words like "table tags" or "column
// sequences.sort_name". Tables the chain does not make are ignored.
[[nodiscard]] QStringList schemaDifferences(sqlite3 *db, const QList<Migration> &chain,
                                            int version);

} // namespace sd::detail
