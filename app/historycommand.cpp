// SPDX-License-Identifier: MIT
// `sequence-designer history [--library FILE] [--json] ID`: the versions of a sequence, oldest
// first, with number, date, author, note and a one-line summary of the change.
#include "commandparser.h"
#include "librarycommands.h"
#include "versioncommands.h"

#include "library/library.h"
#include "library/versionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace sd::cli {

namespace {

constexpr char synopsis[] = "sequence-designer history [--library FILE] [--json] ID";

} // namespace

int historyCommand(const QStringList &args)
{
    const LibraryArgs a = parseLibraryArgs(args, {}, true, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    const bool json = a.json;
    const QString &libraryPath = a.library;
    const QStringList &ids = a.positional;
    if (ids.size() != 1)
        return usage(CommandText::tr("Name exactly one sequence id."), synopsis);

    OpenOptions options;
    options.create = libraryPath.isEmpty();
    OpenResult opened =
        Library::open(libraryPath.isEmpty() ? Library::defaultPath() : libraryPath, options);
    if (!opened) {
        err() << opened.message << '\n';
        err().flush();
        return 2;
    }
    const StoreResult<QList<VersionInfo>> versions =
        VersionStore(*opened.library).list(ids.first());
    if (!versions) {
        err() << versions.message() << '\n';
        err().flush();
        return 2;
    }
    if (json) {
        QJsonArray array;
        for (const VersionInfo &v : versions.value) {
            array.append(QJsonObject{{"number", v.number},
                                     {"date", v.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                                     {"author", v.author},
                                     {"kind", versionKindKey(v.kind)},
                                     {"note", v.shownNote()},
                                     {"summary", v.summary()}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const VersionInfo &v : versions.value) {
            out() << v.number << "  " << v.savedAt.toLocalTime().toString(Qt::ISODate) << "  "
                  << v.author << "  " << v.summary();
            if (const QString note = v.shownNote(); !note.isEmpty())
                out() << "  (" << note << ')';
            out() << '\n';
        }
    }
    out().flush();
    return 0;
}

} // namespace sd::cli
