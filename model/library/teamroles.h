// SPDX-License-Identifier: MIT
#pragma once

#include "storeresult.h"

#include <QSet>
#include <QString>

#include <optional>

namespace sd {

class Library;

// The roles of a team library, as PostgreSQL roles (docs/storage.md, "Roles").
enum class TeamRole {
    SequenceManager, // sequence_manager: create, edit and activate any sequence
    Seller,          // seller: read active sequences; create, edit, activate only their own
    Admin,           // admin: a sequence manager who also manages tags
};

// Roles and row-level security are in the database, not only in the interface: a seller who
// connects with another client cannot change what the program forbids. Run by the database's
// owner (who needs CREATEROLE for init and grant): `sequence-designer team init|grant|revoke`.
class TeamRoles
{
public:
    explicit TeamRoles(Library &library) : m_library(library) {}

    // Creates the three roles when missing, grants them their tables and turns row-level
    // security on with its policies. Safe to run again (after an upgrade, it sets up what is new).
    StoreStatus init();
    // Gives `user` the role, creating the login role `user` when it does not exist (its password
    // is set by the server's administrator).
    StoreStatus grant(const QString &user, TeamRole role);
    StoreStatus revoke(const QString &user, TeamRole role);

    [[nodiscard]] static std::optional<TeamRole> roleFromName(const QString &name);
    [[nodiscard]] static QString roleName(TeamRole role);

private:
    Library &m_library;
};

// The role of the session's user in a team library, the highest held: Admin also for the
// owner of the library's tables and for a superuser. nullopt for a file (its user may do
// everything) and for a user given no role.
[[nodiscard]] std::optional<TeamRole> sessionRole(Library &library);
// The ids of the sequences the session's user made (a seller's personal sequences); empty for
// a file.
[[nodiscard]] QSet<QString> ownSequences(Library &library);

} // namespace sd
