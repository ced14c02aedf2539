// SPDX-License-Identifier: MIT
#include "commandparser.h"
#include "librarycommands.h"

namespace sd::cli {

namespace {

QString bare(const QString &option)
{
    return option.startsWith(u"--") ? option.mid(2) : option;
}

QString spelt(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

CommandParser::CommandParser(const QStringList &flags, const QStringList &valued)
{
    m_parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const QString &flag : flags) {
        m_parser.addOption(QCommandLineOption(bare(flag)));
        m_known.append(bare(flag));
    }
    for (const QString &option : valued) {
        m_parser.addOption(QCommandLineOption(bare(option), QString(), QStringLiteral("value")));
        m_known.append(bare(option));
        m_valued.append(option);
    }
}

bool CommandParser::parse(const QStringList &args)
{
    if (m_parser.parse(QStringList{QStringLiteral("sequence-designer")} + args))
        return true;
    if (const QStringList unknown = m_parser.unknownOptionNames(); !unknown.isEmpty())
        m_problem = CommandText::tr("Unknown option %1.").arg(spelt(unknown.first()));
    else if (m_valued.contains(args.value(args.size() - 1)))
        m_problem = CommandText::tr("%1 needs a value.").arg(args.last());
    else
        m_problem = m_parser.errorText(); // a value given to an option that takes none
    return false;
}

bool CommandParser::isSet(const QString &option) const
{
    return m_known.contains(bare(option)) && m_parser.isSet(bare(option));
}

QString CommandParser::value(const QString &option) const
{
    return m_known.contains(bare(option)) ? m_parser.value(bare(option)) : QString();
}

QStringList CommandParser::values(const QString &option) const
{
    return m_known.contains(bare(option)) ? m_parser.values(bare(option)) : QStringList();
}

QStringList CommandParser::given() const
{
    QStringList options;
    for (const QString &name : m_parser.optionNames())
        options.append(spelt(name));
    return options;
}

std::optional<int> helpOrProblem(bool help, const QString &problem, const char *synopsis)
{
    if (help) {
        out() << CommandText::tr("Usage: %1").arg(QString::fromUtf8(synopsis)) << '\n';
        out().flush();
        return 0;
    }
    if (!problem.isEmpty())
        return usage(problem, synopsis);
    return std::nullopt;
}

} // namespace sd::cli
