// SPDX-License-Identifier: MIT
#pragma once

// The team library: a library on a PostgreSQL server, named by a postgresql:// URL instead of
// a path, opened by Library::open like a file (teamopen.cpp). Internal to model/library;
// docs/storage.md, "Team library on PostgreSQL".

#include "library.h"

namespace sd::detail {

// True for postgresql://... and postgres://... (libpq's connection URIs).
[[nodiscard]] bool isTeamLibraryUrl(const QString &name);
// The URL without its password, to show and to name the library.
[[nodiscard]] QString withoutPassword(const QString &url);
// The migrations of the team library's schema (teamschema.cpp).
[[nodiscard]] const QList<Migration> &teamMigrations();
// Connects, refuses a database that is not a team library or is newer, and migrates.
[[nodiscard]] OpenResult openTeamLibrary(const QString &url, const OpenOptions &options);

} // namespace sd::detail
