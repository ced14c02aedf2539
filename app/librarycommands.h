// SPDX-License-Identifier: MIT
#pragma once

// Shared by the headless commands (commands.cpp) and the library commands
// (librarycommands.cpp). Internal to the app.

#include "diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace sd::cli {

// The commands' translatable texts: CommandText::tr("...") is filed by lupdate, and looked up,
// under the context "Commands".
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// `text` for a terminal: every character that is not printable (controls such as line breaks
// and escape, line and paragraph separators, format characters such as bidi overrides, lone
// surrogates, unassigned code points) written as \u{XXXX}, so text from a file or library can
// neither forge a line nor drive the terminal.
[[nodiscard]] QString printable(const QString &text);

[[nodiscard]] QTextStream &out();
[[nodiscard]] QTextStream &err();

// A diagnostic and where it was found (a file, or for library commands the library file).
struct FileFinding
{
    QString file;
    Diagnostic diagnostic;
};

// The output of `validate`: one line per finding, or with `json` an array of objects.
void printFindings(QTextStream &stream, const QList<FileFinding> &findings, bool json);

// The options every library command shares, and the rest of its arguments.
struct LibraryArgs
{
    QString library; // empty: the default library
    bool json = false;
    QString profile;
    QStringList flags; // other --options, in order
    QStringList positional;
    QString problem;   // set when the arguments are malformed
    bool help = false; // --help (-h)
    QString out;       // export --out
    QString format;    // export --format
    QString search;    // list --search
};

// --library and, when allowed, --json, --profile and `allowedFlags` (QCommandLineParser, so
// `--library=F` too); any other option is a problem.
[[nodiscard]] LibraryArgs parseLibraryArgs(const QStringList &args, const QStringList &allowedFlags,
                                           bool allowJson, bool allowProfile);

// Prints the problem and the command's synopsis on stderr; returns the exit code 2.
int usage(const QString &problem, const char *synopsis);

int listCommand(const QStringList &args);
int importCommand(const QStringList &args);
int exportCommand(const QStringList &args);
// True when the export arguments ask for a picture (png, svg, pdf), which needs fonts.
[[nodiscard]] bool exportNeedsGui(const QStringList &args);
int activateCommand(const QStringList &args);
int deactivateCommand(const QStringList &args);
// team init|grant|revoke: the roles of a team library (teamcommand.cpp).
int teamCommand(const QStringList &args);

} // namespace sd::cli
