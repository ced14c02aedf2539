// SPDX-License-Identifier: MIT
#include "commands.h"
#include "librarycommands.h"
#include "simulatecommand.h"
#include "versioncommands.h"

#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sd {

namespace cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printFindings(QTextStream &stream, const QList<FileFinding> &findings, bool json)
{
    if (json) {
        QJsonArray array;
        for (const FileFinding &f : findings) {
            const Diagnostic &d = f.diagnostic;
            array.append(QJsonObject{
                {"file", f.file},
                {"sequence", d.sequenceId.isEmpty() ? QJsonValue() : QJsonValue(d.sequenceId)},
                {"stepId", d.stepId.isEmpty() ? QJsonValue() : QJsonValue(d.stepId)},
                {"code", d.code},
                {"severity", d.severityKey()},
                {"message", d.message}});
        }
        stream << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const FileFinding &f : findings) {
            const Diagnostic &d = f.diagnostic;
            stream << printable(f.file) << ": ";
            if (!d.stepId.isEmpty())
                stream << printable(d.stepId) << ": ";
            stream << d.severityKey() << ' ' << d.code << ": " << printable(d.message) << '\n';
        }
    }
    stream.flush();
}

} // namespace cli

namespace {

using cli::CommandText;
using cli::err;
using cli::FileFinding;
using cli::out;

int usage(const QString &problem)
{
    err() << problem << '\n'
          << CommandText::tr("Usage: sequence-designer validate [--json] [--profile FILE] FILE...")
          << '\n';
    err().flush();
    return 2;
}

int validateCommand(const QStringList &args)
{
    bool json = false;
    QString profilePath;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--profile") {
            if (++i >= args.size())
                return usage(CommandText::tr("--profile needs a file."));
            profilePath = args[i];
        } else if (a.startsWith(u"--")) {
            return usage(CommandText::tr("Unknown option %1.").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty())
        return usage(CommandText::tr("Name at least one sequence file."));

    std::optional<Profile> loaded;
    if (!profilePath.isEmpty()) {
        QString error;
        loaded = Profile::load(profilePath, &error);
        if (!loaded) {
            err() << CommandText::tr("The profile %1 cannot be used: %2").arg(profilePath, error)
                  << '\n';
            return 2;
        }
    }
    const Profile &profile = loaded ? *loaded : Profile::defaultProfile();

    QList<FileFinding> findings;
    bool unreadable = false;
    bool anyError = false;
    for (const QString &file : files) {
        const ReadResult read = readSequenceFile(file);
        for (const Diagnostic &d : read.diagnostics)
            findings.append({file, d});
        if (!read.ok()) {
            anyError = true;
            unreadable = unreadable || read.diagnostics.value(0).code == u"file.io";
        }
        // After file.schema errors the remaining checks still report (spec section 7).
        for (const Sequence &s : read.toValidate()) {
            for (const Diagnostic &d : validate(s, profile)) {
                anyError = anyError || d.isError();
                findings.append({file, d});
            }
        }
    }
    cli::printFindings(out(), findings, json);
    if (unreadable)
        return 2;
    return anyError ? 1 : 0;
}

} // namespace

bool isCommand(const QStringList &args)
{
    static const QStringList commands{"validate", "list",       "import", "export",
                                      "activate", "deactivate", "diff",   "history",
                                      "simulate", "forecast",   "team"};
    return !args.isEmpty() && commands.contains(args.first());
}

bool commandNeedsGui(const QStringList &args)
{
    return args.value(0) == u"export" && cli::exportNeedsGui(args.mid(1));
}

std::optional<int> runCommand(const QStringList &args)
{
    if (!isCommand(args))
        return std::nullopt;
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"validate")
        return validateCommand(rest);
    if (command == u"list")
        return cli::listCommand(rest);
    if (command == u"import")
        return cli::importCommand(rest);
    if (command == u"export")
        return cli::exportCommand(rest);
    if (command == u"activate")
        return cli::activateCommand(rest);
    if (command == u"deactivate")
        return cli::deactivateCommand(rest);
    if (command == u"diff")
        return cli::diffCommand(rest);
    if (command == u"history")
        return cli::historyCommand(rest);
    if (command == u"simulate")
        return cli::simulateCommand(rest);
    if (command == u"forecast")
        return cli::forecastCommand(rest);
    if (command == u"team")
        return cli::teamCommand(rest);
    return std::nullopt;
}

} // namespace sd
