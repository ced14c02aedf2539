// SPDX-License-Identifier: MIT
// The team library's roles and row-level security (docs/storage.md, "Roles"). The policies are
// the rules themselves: a seller sees active sequences and their own, and changes only their
// own (the `owner` column, filled with current_user when a row is made); sequence managers
// (and admins, who are sequence managers too) see and change everything; only admins rename,
// move and delete tags.
#include "teamroles.h"
#include "connection.h"
#include "library.h"
#include "pgsession.h"

namespace sd {

using namespace detail;

namespace {

constexpr const char *rolesSql = R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sequence_manager') THEN
        CREATE ROLE sequence_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'seller') THEN
        CREATE ROLE seller NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'admin') THEN
        CREATE ROLE admin NOLOGIN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO sequence_manager, seller', current_schema());
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO sequence_manager, seller',
                   current_schema());
END $$;
GRANT sequence_manager TO admin;
GRANT SELECT ON sequences, steps, tags, sequence_tags, sequence_versions, recovery,
    schema_version TO sequence_manager, seller;
GRANT INSERT, UPDATE, DELETE ON sequences, steps, sequence_tags, sequence_versions, recovery
    TO sequence_manager, seller;
GRANT INSERT ON tags TO sequence_manager;
GRANT UPDATE, DELETE ON tags TO admin;
)sql";

// Each table that hangs off a sequence, and how its rows name their sequence.
struct Owned
{
    const char *table;
    const char *mine;    // the rows of the seller's own sequences
    const char *visible; // the rows of sequences the seller may see
};

constexpr Owned owned[] = {
    {"sequences", "owner = current_user", "status = 'active' OR owner = current_user"},
    {"steps", "seq IN (SELECT seq FROM sequences WHERE owner = current_user)",
     "seq IN (SELECT seq FROM sequences)"},
    {"sequence_tags", "seq IN (SELECT seq FROM sequences WHERE owner = current_user)",
     "seq IN (SELECT seq FROM sequences)"},
    {"sequence_versions", "seq IN (SELECT seq FROM sequences WHERE owner = current_user)",
     "seq IN (SELECT seq FROM sequences)"},
    {"recovery", "sequence_id IN (SELECT id FROM sequences WHERE owner = current_user)",
     "sequence_id IN (SELECT id FROM sequences)"},
};

QByteArray policiesSql()
{
    QByteArray sql;
    for (const Owned &o : owned) {
        const QByteArray t = o.table;
        sql += "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\n";
        sql += "DROP POLICY IF EXISTS managers ON " + t + ";\n";
        sql += "CREATE POLICY managers ON " + t +
               " TO sequence_manager USING (true) WITH CHECK (true);\n";
        sql += "DROP POLICY IF EXISTS sellers_read ON " + t + ";\n";
        sql += "CREATE POLICY sellers_read ON " + t + " FOR SELECT TO seller USING (" + o.visible +
               ");\n";
        sql += "DROP POLICY IF EXISTS sellers_own ON " + t + ";\n";
        sql += "CREATE POLICY sellers_own ON " + t + " TO seller USING (" + o.mine +
               ") WITH CHECK (" + o.mine + ");\n";
    }
    return sql;
}

PgSession &sessionOf(Library &library)
{
    Connection &c = library.connection();
    if (!c.isTeam()) {
        refuse(StoreError::Invalid,
               LibraryText::tr("Roles belong to team libraries only. Name one with --library "
                               "postgresql://user@host/database."));
    }
    c.requireWritable();
    return *c.pg();
}

// A refusal by the server here means the user may not manage roles at all.
StoreStatus explained(StoreStatus status)
{
    if (status.error == StoreError::Refused) {
        status.message = LibraryText::tr("Only the owner of the team library's database, with "
                                         "the right to create roles, can set up and give roles. "
                                         "Run the command as that user.");
    }
    return status;
}

QByteArray identifier(PgSession &pg, const QString &name)
{
    if (name.isEmpty())
        refuse(StoreError::Invalid, LibraryText::tr("Name the user to give the role to."));
    return pg.identifier(name);
}

} // namespace

StoreStatus TeamRoles::init()
{
    return explained(guarded([&] {
        PgSession &pg = sessionOf(m_library);
        Transaction t(m_library.connection());
        pg.exec(rolesSql);
        pg.exec(policiesSql().constData());
        t.commit();
    }));
}

StoreStatus TeamRoles::grant(const QString &user, TeamRole role)
{
    return explained(guarded([&] {
        PgSession &pg = sessionOf(m_library);
        const QByteArray who = identifier(pg, user);
        Transaction t(m_library.connection());
        const Query exists =
            m_library.connection().query("SELECT 1 FROM pg_roles WHERE rolname = ?1");
        if (!exists->bind(1, user).next())
            pg.exec(QByteArray("CREATE ROLE " + who + " LOGIN").constData());
        exists->reset();
        pg.exec(QByteArray("GRANT " + roleName(role).toUtf8() + " TO " + who).constData());
        t.commit();
    }));
}

StoreStatus TeamRoles::revoke(const QString &user, TeamRole role)
{
    return explained(guarded([&] {
        PgSession &pg = sessionOf(m_library);
        const QByteArray who = identifier(pg, user);
        pg.exec(QByteArray("REVOKE " + roleName(role).toUtf8() + " FROM " + who).constData());
    }));
}

std::optional<TeamRole> TeamRoles::roleFromName(const QString &name)
{
    for (const TeamRole r : {TeamRole::SequenceManager, TeamRole::Seller, TeamRole::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

std::optional<TeamRole> sessionRole(Library &library)
{
    Connection &c = library.connection();
    if (!c.isTeam())
        return std::nullopt;
    std::optional<TeamRole> role;
    (void)guarded([&] {
        if (c.scalar("SELECT (rolsuper OR pg_has_role(current_user, (SELECT relowner FROM "
                     "pg_class WHERE oid = 'sequences'::regclass), 'MEMBER'))::int FROM "
                     "pg_roles WHERE rolname = current_user") != 0) {
            role = TeamRole::Admin;
            return;
        }
        // By oid: pg_has_role refuses the name of a role that `team init` has not made yet.
        const Query held = c.query("SELECT rolname FROM pg_roles WHERE rolname IN ('admin', "
                                   "'sequence_manager', 'seller') AND "
                                   "pg_has_role(current_user, oid, 'MEMBER')");
        while (held->next()) {
            const std::optional<TeamRole> r = TeamRoles::roleFromName(held->text(0));
            // The enum's order is not the roles' rank: Admin > SequenceManager > Seller.
            const auto rank = [](std::optional<TeamRole> t) {
                return !t                                ? 0
                       : *t == TeamRole::Seller          ? 1
                       : *t == TeamRole::SequenceManager ? 2
                                                         : 3;
            };
            if (rank(r) > rank(role))
                role = r;
        }
    });
    return role;
}

QSet<QString> ownSequences(Library &library)
{
    Connection &c = library.connection();
    QSet<QString> ids;
    if (!c.isTeam())
        return ids;
    (void)guarded([&] {
        const Query own = c.query("SELECT id FROM sequences WHERE owner = current_user");
        while (own->next())
            ids.insert(own->text(0));
    });
    return ids;
}

QString TeamRoles::roleName(TeamRole role)
{
    switch (role) {
    case TeamRole::SequenceManager:
        return QStringLiteral("sequence_manager");
    case TeamRole::Seller:
        return QStringLiteral("seller");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

} // namespace sd
