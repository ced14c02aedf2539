// SPDX-License-Identifier: MIT
#include "commands.h"

#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

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

struct FileFinding
{
    QString file;
    Diagnostic diagnostic;
};

void printPlain(const QList<FileFinding> &findings)
{
    for (const FileFinding &f : findings) {
        const Diagnostic &d = f.diagnostic;
        out() << f.file << ": ";
        if (!d.stepId.isEmpty())
            out() << d.stepId << ": ";
        out() << d.severityKey() << ' ' << d.code << ": " << d.message << '\n';
    }
    out().flush();
}

void printJson(const QList<FileFinding> &findings)
{
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
    out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
}

int usage(const QString &problem)
{
    err() << problem << '\n'
          << tr("Usage: sequence-designer validate [--json] [--profile FILE] FILE...") << '\n';
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
                return usage(tr("--profile needs a file."));
            profilePath = args[i];
        } else if (a.startsWith(u"--")) {
            return usage(tr("Unknown option %1.").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty())
        return usage(tr("Name at least one sequence file."));

    std::optional<Profile> loaded;
    if (!profilePath.isEmpty()) {
        QString error;
        loaded = Profile::load(profilePath, &error);
        if (!loaded) {
            err() << tr("The profile %1 cannot be used: %2").arg(profilePath, error) << '\n';
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
            continue;
        }
        for (const Sequence &s : read.sequences) {
            for (const Diagnostic &d : validate(s, profile)) {
                anyError = anyError || d.isError();
                findings.append({file, d});
            }
        }
    }
    json ? printJson(findings) : printPlain(findings);
    if (unreadable)
        return 2;
    return anyError ? 1 : 0;
}

} // namespace

bool isCommand(const QStringList &args)
{
    static const QStringList commands{"validate"};
    return !args.isEmpty() && commands.contains(args.first());
}

std::optional<int> runCommand(const QStringList &args)
{
    if (!isCommand(args))
        return std::nullopt;
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"validate")
        return validateCommand(rest);
    return std::nullopt;
}

} // namespace sd
