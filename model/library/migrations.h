// SPDX-License-Identifier: MIT
#pragma once

// The one migration runner of both stores: an SQLite file (libraryopen.cpp) and a team library
// on PostgreSQL (teamopen.cpp) bring their schema up to date the same way; only where the
// version is kept and how the write lock is taken differ. Internal to model/library;
// docs/storage.md, "Migrations".

#include "library.h"

namespace sd::detail {

// What the runner needs of a store.
class MigrationTarget
{
public:
    virtual ~MigrationTarget() = default;
    // The schema version now (0 for an empty store); read with or without the write lock.
    [[nodiscard]] virtual int version() = 0;
    // Starts a write transaction holding the store's write lock.
    virtual void beginWrite() = 0;
    // Runs a migration's SQL, then records `version`, inside the write transaction.
    virtual void apply(const Migration &m) = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
};

// Runs each migration of `chain` above the store's version in its own write transaction. The
// version is read first without the lock, so an up-to-date store never waits for another
// program's write here, and again under the lock, so two programs opening an old store at once
// migrate it once. A failure rolls its migration back and throws (sql::Failure), leaving the
// store at the last version that completed.
void runMigrations(MigrationTarget &target, const QList<Migration> &chain);

} // namespace sd::detail
