// SPDX-License-Identifier: MIT
#pragma once

// Whether a -wal file beside a library continues that library's main file, or was copied from
// another copy of it (an older or a parallel state) or from another library. SQLite cannot tell
// (it applies any -wal whose frames are consistent with its own header); the library's identity
// and change tokens (schema version 4) can. Internal to model/library; see docs/storage.md,
// "A -wal file from elsewhere".

#include "sqlite.h"

#include <QString>

namespace sd::detail {

enum class WalVerdict {
    Fine,    // no -wal, nothing to compare, or it continues the main file
    Older,   // this library's, but older than the main file or from a copy that went its own way
    Foreign, // another library's
};

// Compares the main file read alone (immutable, the -wal ignored) with what `db` (a connection
// to `path`, no transaction open) reads through the -wal. A verdict other than Fine is looked at
// twice, as a page a checkpoint is rewriting can be read torn without locks.
[[nodiscard]] WalVerdict checkWal(sqlite3 *db, const QString &path);

} // namespace sd::detail
