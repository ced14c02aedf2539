// SPDX-License-Identifier: MIT
#include "commands.h"
#include "commandparser.h"
#include "language.h"
#include "librarycommands.h"
#include "simulatecommand.h"
#include "versioncommands.h"

#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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

using cli::CommandParser;
using cli::CommandText;
using cli::err;
using cli::FileFinding;
using cli::helpOrProblem;
using cli::out;

constexpr char validateSynopsis[] = "sequence-designer validate [--json] [--profile FILE] FILE...";

int validateCommand(const QStringList &args)
{
    CommandParser parser({QStringLiteral("--json")}, {QStringLiteral("--profile")});
    const bool parsed = parser.parse(args);
    if (const std::optional<int> exit =
            helpOrProblem(parsed && parser.helpAsked(), parser.problem(), validateSynopsis))
        return *exit;
    const bool json = parser.isSet(QStringLiteral("--json"));
    const QString profilePath = parser.value(QStringLiteral("--profile"));
    const QStringList files = parser.positional();
    if (files.isEmpty())
        return cli::usage(CommandText::tr("Name at least one sequence file."), validateSynopsis);

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

const QStringList &commandNames()
{
    static const QStringList commands{"validate", "list",       "import", "export",
                                      "activate", "deactivate", "diff",   "history",
                                      "simulate", "forecast",   "team"};
    return commands;
}

// What is wrong with the start arguments, or empty. `positional` are those after the options.
QString startProblem(const QCommandLineParser &parser, bool parsed)
{
    const QStringList positional = parser.positionalArguments();
    if (!parsed) {
        const QStringList unknown = parser.unknownOptionNames();
        return unknown.isEmpty()
                   ? parser.errorText()
                   : CommandText::tr("Unknown option %1.")
                         .arg((unknown.first().size() == 1 ? "-" : "--") + unknown.first());
    }
    if (positional.isEmpty() || positional.first() == u"screenshot")
        return {};
    if (commandNames().contains(positional.first())) {
        return parser.optionNames().isEmpty()
                   ? QString()
                   : CommandText::tr("Put the command first: sequence-designer %1 [OPTIONS].")
                         .arg(positional.first());
    }
    // A first word that is no file and does not look like one was meant as a command.
    const QString &first = positional.first();
    if (!QFileInfo(first).isFile() && !first.contains(u'/') && !first.contains(u'.')) {
        return CommandText::tr("%1 is neither a command nor a file. The commands are %2 and "
                               "screenshot; `sequence-designer --help` says more.")
            .arg(cli::printable(first), commandNames().join(u", "));
    }
    for (const QString &file : positional) {
        if (!QFileInfo(file).isFile())
            return CommandText::tr("There is no file %1. Check the name and the folder.")
                .arg(cli::printable(file));
    }
    return {};
}

} // namespace

std::optional<int> checkStartArguments(const QStringList &args, int &argc, char **argv)
{
    QCommandLineParser parser;
    // What follows the command (or the first file) is the command's to read.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({help, version, QCommandLineOption(QStringLiteral("library"), {}, "FILE")});
    const bool parsed = parser.parse(QStringList{QStringLiteral("sequence-designer")} + args);
    const bool asked = parsed && (parser.isSet(help) || parser.isSet(version));
    if (!asked && startProblem(parser, parsed).isEmpty())
        return std::nullopt;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("Sequence Designer");
    QCoreApplication::setOrganizationName("SequenceDesigner");
    Language::installInitial();
    if (asked && parser.isSet(version)) {
        out() << "sequence-designer " << PROJECT_VERSION << '\n';
    } else if (asked) {
        out() << CommandText::tr(
                     "Usage: sequence-designer [--library FILE] [FILE...]\n"
                     "         opens the window (and the import preview of the files)\n"
                     "       sequence-designer COMMAND [OPTIONS] [ARGUMENTS]\n"
                     "         runs a command without a display; COMMAND --help shows its "
                     "options\n"
                     "Commands: %1, screenshot\n"
                     "Everywhere: --language en|nb, --color-scheme system|light|dark, --help, "
                     "--version")
                     .arg(commandNames().join(u", "))
              << '\n';
    } else {
        err() << startProblem(parser, parsed) << '\n';
        err().flush();
        return 2;
    }
    out().flush();
    return 0;
}

bool isCommand(const QStringList &args)
{
    return !args.isEmpty() && commandNames().contains(args.first());
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
