// SPDX-License-Identifier: MIT
#pragma once

// The arguments of one command, read by QCommandLineParser: the options it takes, `--help`
// (-h), and what is wrong with malformed arguments in the interface language. Internal to the
// app.

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace sd::cli {

class CommandParser
{
public:
    // `flags` take no value, `valued` take one; both spelt as on the command line ("--json").
    CommandParser(const QStringList &flags, const QStringList &valued);

    // Reads a command's arguments (without the command's name); false when they are malformed,
    // with problem() saying how.
    [[nodiscard]] bool parse(const QStringList &args);
    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] bool helpAsked() const { return m_parser.isSet(QStringLiteral("help")); }
    [[nodiscard]] bool isSet(const QString &option) const;
    [[nodiscard]] QString value(const QString &option) const;
    [[nodiscard]] QStringList values(const QString &option) const;
    // The options given, in order ("--json", ...).
    [[nodiscard]] QStringList given() const;
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QStringList m_known; // without the dashes: asking QCommandLineParser for others warns
    QStringList m_valued;
    QString m_problem;
};

// `--help`: the synopsis on stdout, exit 0. A problem: it and the synopsis on stderr, exit 2.
// Otherwise nullopt: the command goes on.
[[nodiscard]] std::optional<int> helpOrProblem(bool help, const QString &problem,
                                               const char *synopsis);

} // namespace sd::cli
