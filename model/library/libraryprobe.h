// SPDX-License-Identifier: MIT
#pragma once

// The look at an existing file before Library::open accepts it: its header, then, through the
// library's own connection and inside one read transaction, its identity, tables and pages.
// Internal to model/library.

#include "library.h"
#include "sqlite.h"

#include <QStringList>

namespace sd::detail {

// What the file's first 100 bytes say, read with plain file I/O.
enum class Header { Empty, NotSqlite, Sqlite, Unreadable };
[[nodiscard]] Header readHeader(const QString &path, QString *error);

// What a look through the library's own connection found, inside one read transaction: a
// snapshot a concurrent writer cannot change (in WAL mode a checkpoint never overwrites pages
// an open reader still needs), so "damaged" is never a torn read.
struct Probe
{
    enum Kind { Ours, Empty, NotSqlite, Foreign, Mismatch, Newer, Damaged, Failed } kind = Failed;
    int version = 0;
    int code = SQLITE_OK;    // Failed: the SQLite result code
    QStringList differences; // Mismatch: what is missing
    bool canRecover = false;
};

[[nodiscard]] Probe probeOf(Probe::Kind kind);
// Looks at the file; a Damaged verdict is looked at twice, in two read transactions.
[[nodiscard]] Probe inspect(sqlite3 *db, const QList<Migration> &chain, int latest);

} // namespace sd::detail
