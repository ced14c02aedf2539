// SPDX-License-Identifier: MIT
#pragma once

// Opening an SQLite connection the way sqlite.org's "Defense Against The Dark Arts" advises for
// database files that may come from elsewhere. Internal to model/library.

#include "sqlite.h"

#include <QString>

namespace sd {

enum class AccessMode {
    Inspect,   // read only, without locks, never creates -wal/-shm files: a damaged file only
    ReadOnly,  // read only (without locks only when this user may not write the file)
    ReadWrite, // read and write; falls back to read-only when SQLite can only read the file
};

struct OpenedDb
{
    sql::DbHandle db; // null on failure
    bool readOnly = false;
    int code = SQLITE_OK; // the extended result code of a failure
    QString error;
};

// Opens `path` with defensive mode on, trusted_schema, triggers, views and memory mapping off,
// cell size checks and foreign keys on, tight limits and a busy timeout.
[[nodiscard]] OpenedDb openHardened(const QString &path, AccessMode mode);

// The same settings for a connection opened otherwise.
void harden(sqlite3 *db);

// How long a write waits for another program's write to finish before giving up.
inline constexpr int busyTimeoutMs = 5000;

} // namespace sd
