// SPDX-License-Identifier: MIT
// `sequence-designer diff [--json] [--library FILE] A B` (../shared/spec/sequence-diff.md,
// section 3): A and B are sequence files of one sequence each, or versions `ID@N` /
// `ID@latest` of a library. Exit 0 no difference, 1 differences, 2 an input cannot be read.
#include "commandparser.h"
#include "librarycommands.h"
#include "versioncommands.h"

#include "library/library.h"
#include "library/versionstore.h"
#include "profile.h"
#include "sequencediff.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace sd::cli {

namespace {

constexpr char synopsis[] = "sequence-designer diff [--json] [--library FILE] A B\n"
                            "  A, B: a sequence file of one sequence, or ID@N or ID@latest for "
                            "a version in the library";

// A version reference `ID@N` or `ID@latest`; a file of that name wins.
struct VersionRef
{
    QString id;
    int number = 0; // 0: the newest
};

std::optional<VersionRef> versionRef(const QString &arg)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)@([1-9][0-9]*|latest)$"));
    const QRegularExpressionMatch m = pattern.match(arg);
    if (!m.hasMatch() || QFileInfo::exists(arg))
        return std::nullopt;
    const QString n = m.captured(2);
    return VersionRef{m.captured(1), n == u"latest" ? 0 : n.toInt()};
}

// A file is readable when import would take it (no file.*, step.*, graph.cycle or
// graph.sharedStep) and it holds exactly one sequence.
std::optional<Sequence> readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const ReadResult read = readSequenceFile(path);
    Diagnostics blocking;
    for (const Diagnostic &d : read.diagnostics) {
        if (blocksImport(d))
            blocking.append(d);
    }
    if (read.ok() && read.sequences.size() != 1) {
        err() << CommandText::tr("%1 holds %n sequence(s); diff compares files of exactly one "
                                 "sequence. Export the one you want into a file of its own.",
                                 nullptr, int(read.sequences.size()))
                     .arg(shown)
              << '\n';
        err().flush();
        return std::nullopt;
    }
    if (read.ok()) {
        for (const Diagnostic &d : validate(read.sequences.first(), Profile::defaultProfile())) {
            if (blocksImport(d))
                blocking.append(d);
        }
    }
    if (!blocking.isEmpty()) {
        QList<FileFinding> findings;
        for (const Diagnostic &d : std::as_const(blocking))
            findings.append({path, d});
        printFindings(err(), findings, false);
        err() << CommandText::tr("%1 cannot be compared: it cannot be imported. Fix the problems "
                                 "listed, then compare again.")
                     .arg(shown)
              << '\n';
        err().flush();
        return std::nullopt;
    }
    return read.sequences.first();
}

std::optional<Sequence> readVersion(const QString &libraryPath, const VersionRef &ref,
                                    std::unique_ptr<Library> &library)
{
    if (!library) {
        const QString path = libraryPath.isEmpty() ? Library::defaultPath() : libraryPath;
        OpenOptions options;
        options.create = false;
        OpenResult opened = Library::open(path, options);
        if (!opened) {
            err() << opened.message << '\n';
            err().flush();
            return std::nullopt;
        }
        library = std::move(opened.library);
    }
    const StoreResult<SequenceVersion> version = VersionStore(*library).get(ref.id, ref.number);
    if (!version) {
        err() << version.message() << '\n';
        err().flush();
        return std::nullopt;
    }
    return version.value.sequence;
}

} // namespace

int diffCommand(const QStringList &args)
{
    const LibraryArgs a = parseLibraryArgs(args, {}, true, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    const bool json = a.json;
    const QString &libraryPath = a.library;
    const QStringList &inputs = a.positional;
    if (inputs.size() != 2)
        return usage(CommandText::tr("Name two sequences to compare: the older, then the newer."),
                     synopsis);

    std::unique_ptr<Library> library;
    std::optional<Sequence> sides[2];
    for (int i = 0; i < 2; ++i) {
        if (const std::optional<VersionRef> ref = versionRef(inputs[i]))
            sides[i] = readVersion(libraryPath, *ref, library);
        else
            sides[i] = readFile(inputs[i]);
        if (!sides[i])
            return 2;
    }

    const QList<Change> changes = compareSequences(*sides[0], *sides[1]);
    if (json) {
        out() << QJsonDocument(changesToJson(changes)).toJson(QJsonDocument::Indented);
    } else {
        for (const Change &c : changes)
            out() << describeChange(c) << '\n';
    }
    out().flush();
    return changes.isEmpty() ? 0 : 1;
}

} // namespace sd::cli
