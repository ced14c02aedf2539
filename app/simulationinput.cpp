// SPDX-License-Identifier: MIT
#include "simulationinput.h"

#include "library/library.h"
#include "library/sequencestore.h"
#include "librarycommands.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>

namespace sd::cli {

SimulationArgs parseSimulationArgs(const QStringList &args, const QStringList &allowed)
{
    SimulationArgs a;
    QStringList positional;
    QStringList given; // single-valued options: a second one would silently replace the first
    for (qsizetype i = 0; i < args.size() && a.problem.isEmpty(); ++i) {
        const QString &arg = args[i];
        const auto value = [&](QString *into) {
            if (++i >= args.size())
                a.problem = CommandText::tr("%1 needs a value.").arg(arg);
            else
                *into = args[i];
        };
        const bool repeatable =
            arg == u"--json" || (arg == u"--scenario" && allowed.contains(u"--scenario="));
        if (arg.startsWith(u"--") && !repeatable) {
            if (given.contains(arg)) {
                a.problem = CommandText::tr("%1 is given twice. Give it once.").arg(arg);
                break;
            }
            given.append(arg);
        }
        if (arg == u"--json" && allowed.contains(arg)) {
            a.json = true;
        } else if (arg == u"--profile") {
            value(&a.profile);
        } else if (arg == u"--library") {
            a.fromLibrary = true;
            value(&a.library);
        } else if (arg == u"--sequence" && allowed.contains(arg)) {
            value(&a.sequenceId);
        } else if (arg == u"--start" && allowed.contains(arg)) {
            value(&a.start);
        } else if (arg == u"--records" && allowed.contains(arg)) {
            value(&a.records);
        } else if (arg == u"--scenario" && allowed.contains(u"--scenario")) {
            value(&a.scenario);
        } else if (arg == u"--scenario" && allowed.contains(u"--scenario=")) {
            QString named;
            value(&named);
            a.namedScenarios.append(named);
        } else if (arg.startsWith(u"--")) {
            a.problem = CommandText::tr("Unknown option %1.").arg(arg);
        } else {
            positional.append(arg);
        }
    }
    if (a.problem.isEmpty()) {
        if (positional.size() != 1)
            a.problem = a.fromLibrary
                            ? CommandText::tr("Name exactly one sequence id of the library.")
                            : CommandText::tr("Name exactly one sequence file.");
        else
            a.positional = positional.first();
    }
    return a;
}

int simulationUsage(const QString &problem, const char *synopsis)
{
    err() << problem << '\n'
          << CommandText::tr("Usage: %1").arg(QString::fromUtf8(synopsis)) << '\n';
    err().flush();
    return 2;
}

int loadSimulationInput(const SimulationArgs &a, std::optional<Profile> *profile,
                        std::optional<Sequence> *sequence)
{
    if (a.profile.isEmpty()) {
        *profile = Profile::defaultProfile();
    } else {
        QString error;
        *profile = Profile::load(a.profile, &error);
        if (!*profile) {
            err() << CommandText::tr("The profile %1 cannot be used: %2").arg(a.profile, error)
                  << '\n';
            err().flush();
            return 2;
        }
    }

    QString where = a.positional;
    if (a.fromLibrary) {
        OpenOptions options;
        options.create = false;
        OpenResult opened = Library::open(a.library, options);
        if (!opened) {
            err() << opened.message << '\n';
            err().flush();
            return 2;
        }
        const StoreResult<SequenceRecord> record = SequenceStore(*opened.library).get(a.positional);
        if (!record) {
            err() << record.status.message << '\n';
            err().flush();
            return 2;
        }
        *sequence = record.value.sequence;
        where = QDir::toNativeSeparators(a.library);
    } else {
        const ReadResult read = readSequenceFile(a.positional);
        if (!read.ok()) {
            QList<FileFinding> findings;
            for (const Diagnostic &d : read.diagnostics)
                findings.append({a.positional, d});
            printFindings(out(), findings, a.json);
            return 2;
        }
        const QString wanted = a.sequenceId;
        for (const Sequence &s : read.sequences) {
            // Ids compare case-insensitively, as in the library; a made-up id is no id.
            const bool madeUp = read.madeUpIds.contains(s.id);
            if (wanted.isEmpty() ? read.sequences.size() == 1
                                 : !madeUp && s.id.compare(wanted, Qt::CaseInsensitive) == 0) {
                *sequence = s;
                if (madeUp)
                    (*sequence)->id.clear(); // printed as null (spec section 7)
            }
        }
        if (!*sequence) {
            err() << (wanted.isEmpty()
                          ? CommandText::tr("%1 holds %n sequences; name the one to simulate with "
                                            "--sequence ID.",
                                            nullptr, int(read.sequences.size()))
                                .arg(a.positional)
                          : CommandText::tr("%1 has no sequence with the id %2. Run "
                                            "\"sequence-designer validate\" on it to see its ids, "
                                            "or correct --sequence.")
                                .arg(a.positional, wanted))
                  << '\n';
            err().flush();
            return 2;
        }
    }
    // A tree that cannot be walked cannot be simulated; other problems do not stop a draft.
    QList<FileFinding> blocking;
    for (const Diagnostic &d : validate(**sequence, **profile)) {
        if (blocksImport(d))
            blocking.append({where, d});
    }
    if (!blocking.isEmpty()) {
        printFindings(out(), blocking, a.json);
        err() << CommandText::tr("The sequence cannot be simulated until these errors are fixed.")
              << '\n';
        err().flush();
        return 2;
    }
    return 0;
}

} // namespace sd::cli
