// SPDX-License-Identifier: MIT
// `sequence-designer team init|grant|revoke`: the roles of a team library on PostgreSQL
// (docs/storage.md, "Roles"). Exit codes as for the library commands: 0 done, 1 refused,
// 2 bad arguments or a library that cannot be opened.
#include "librarycommands.h"

#include "commandparser.h"
#include "library/library.h"
#include "library/teamroles.h"

namespace sd::cli {

int teamCommand(const QStringList &args)
{
    static const char synopsis[] =
        "sequence-designer team init --library postgresql://...\n"
        "       sequence-designer team grant|revoke --library postgresql://... USER "
        "sequence_manager|seller|admin";
    const LibraryArgs a = parseLibraryArgs(args, {}, false, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    const QString action = a.positional.value(0);
    if (action != u"init" && action != u"grant" && action != u"revoke")
        return usage(CommandText::tr("Say what to do: init, grant or revoke."), synopsis);
    if (!Library::isTeamLibrary(a.library))
        return usage(CommandText::tr("Name the team library with --library "
                                     "postgresql://user@host/database."),
                     synopsis);
    std::optional<TeamRole> role;
    if (action == u"init") {
        if (a.positional.size() != 1)
            return usage(CommandText::tr("init takes no user or role."), synopsis);
    } else {
        if (a.positional.size() != 3)
            return usage(CommandText::tr("Name one user and one role."), synopsis);
        role = TeamRoles::roleFromName(a.positional[2]);
        if (!role)
            return usage(CommandText::tr("The roles are sequence_manager, seller and admin."),
                         synopsis);
    }
    OpenResult opened = Library::open(a.library);
    if (!opened) {
        err() << printable(opened.message) << '\n';
        err().flush();
        return 2;
    }
    TeamRoles roles(*opened.library);
    const StoreStatus status = action == u"init"    ? roles.init()
                               : action == u"grant" ? roles.grant(a.positional[1], *role)
                                                    : roles.revoke(a.positional[1], *role);
    if (!status) {
        err() << printable(status.message) << '\n';
        err().flush();
        return status.error == StoreError::Refused ? 1 : 2;
    }
    return 0;
}

} // namespace sd::cli
