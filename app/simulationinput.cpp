// SPDX-License-Identifier: MIT
#include "simulationinput.h"

#include "commandparser.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "librarycommands.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>

namespace sd::cli {

SimulationArgs parseSimulationArgs(const QStringList &args, const QStringList &allowed)
{
    // `--scenario=` in `allowed`: --scenario NAME=FILE, any number of times (forecast).
    const bool namedScenarios = allowed.contains(u"--scenario=");
    QStringList flags;
    QStringList valued{QStringLiteral("--profile"), QStringLiteral("--library")};
    for (const QString &option : allowed) {
        if (option == u"--json")
            flags.append(option);
        else
            valued.append(option == u"--scenario=" ? QStringLiteral("--scenario") : option);
    }
    CommandParser parser(flags, valued);
    SimulationArgs a;
    if (!parser.parse(args)) {
        a.problem = parser.problem();
        return a;
    }
    // A second value of a single-valued option would silently replace the first.
    for (const QString &option : std::as_const(valued)) {
        if (parser.values(option).size() > 1 && !(namedScenarios && option == u"--scenario")) {
            a.problem = CommandText::tr("%1 is given twice. Give it once.").arg(option);
            return a;
        }
    }
    a.help = parser.helpAsked();
    a.json = parser.isSet(QStringLiteral("--json"));
    a.profile = parser.value(QStringLiteral("--profile"));
    a.fromLibrary = parser.isSet(QStringLiteral("--library"));
    a.library = parser.value(QStringLiteral("--library"));
    a.sequenceId = parser.value(QStringLiteral("--sequence"));
    a.start = parser.value(QStringLiteral("--start"));
    a.records = parser.value(QStringLiteral("--records"));
    if (namedScenarios)
        a.namedScenarios = parser.values(QStringLiteral("--scenario"));
    else
        a.scenario = parser.value(QStringLiteral("--scenario"));
    const QStringList positional = parser.positional();
    if (positional.size() != 1 && !a.help)
        a.problem = a.fromLibrary ? CommandText::tr("Name exactly one sequence id of the library.")
                                  : CommandText::tr("Name exactly one sequence file.");
    else
        a.positional = positional.value(0);
    return a;
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
