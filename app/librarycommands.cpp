// SPDX-License-Identifier: MIT
// The headless library commands: list, import, export, activate, deactivate.
// Exit codes as for validate: 0 ok, 1 refused or rule problems, 2 bad arguments or a file or
// library that cannot be opened (with a message on stderr saying what to do).
#include "librarycommands.h"
#include "commandparser.h"

#include "flowrenderer.h"
#include "library/activation.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace sd::cli {

QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        switch (QChar::category(char32_t(code))) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            result += QStringLiteral("\\u{") +
                      QString::number(code, 16).toUpper().rightJustified(4, u'0') + u'}';
            break;
        default:
            result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        }
    }
    return result;
}

LibraryArgs parseLibraryArgs(const QStringList &args, const QStringList &allowedFlags,
                             bool allowJson, bool allowProfile)
{
    static const QStringList valuedFlags{"--out", "--search", "--format"};
    QStringList flags;
    QStringList valued{QStringLiteral("--library")};
    for (const QString &flag : allowedFlags)
        (valuedFlags.contains(flag) ? valued : flags).append(flag);
    if (allowJson)
        flags.append(QStringLiteral("--json"));
    if (allowProfile)
        valued.append(QStringLiteral("--profile"));
    CommandParser parser(flags, valued);
    LibraryArgs a;
    if (!parser.parse(args)) {
        a.problem = parser.problem();
        return a;
    }
    a.help = parser.helpAsked();
    a.library = parser.value(QStringLiteral("--library"));
    a.json = allowJson && parser.isSet(QStringLiteral("--json"));
    if (allowProfile)
        a.profile = parser.value(QStringLiteral("--profile"));
    a.out = parser.value(QStringLiteral("--out"));
    a.search = parser.value(QStringLiteral("--search"));
    a.format = parser.value(QStringLiteral("--format"));
    for (const QString &option : parser.given()) {
        if (allowedFlags.contains(option) && !valuedFlags.contains(option))
            a.flags.append(option);
    }
    a.positional = parser.positional();
    return a;
}

int usage(const QString &problem, const char *synopsis)
{
    err() << problem << '\n'
          << CommandText::tr("Usage: %1").arg(QString::fromUtf8(synopsis)) << '\n';
    err().flush();
    return 2;
}

namespace {

enum class Use { Read, Write, Create };

// Opens the library named by --library, else the default one (made on first use). A named file
// is created only for Use::Create (import); otherwise a typo must not leave an empty library.
// Use::Read (list, export) never takes the write lock, so it works while another program
// writes.
std::unique_ptr<Library> openLibrary(const LibraryArgs &a, Use use)
{
    const QString path = a.library.isEmpty() ? Library::defaultPath() : a.library;
    OpenOptions options;
    options.create = use == Use::Create || a.library.isEmpty();
    // Else made on first use. A team library always exists (the server says otherwise).
    options.readOnly =
        use == Use::Read && (Library::isTeamLibrary(path) || QFileInfo::exists(path));
    OpenResult opened = Library::open(path, options);
    if (opened.status == OpenStatus::CannotUpgrade && options.readOnly) {
        options.readOnly = false; // an older library is upgraded once, then read
        opened = Library::open(path, options);
    }
    if (!opened) {
        err() << printable(opened.message) << '\n';
        err().flush();
        return nullptr;
    }
    if (!opened.message.isEmpty()) // read-only or upgraded: say so
        err() << printable(opened.message) << '\n';
    err().flush();
    return std::move(opened.library);
}

std::optional<Profile> loadProfile(const LibraryArgs &a, int *exitCode)
{
    if (a.profile.isEmpty())
        return Profile::defaultProfile();
    QString error;
    std::optional<Profile> p = Profile::load(a.profile, &error);
    if (!p) {
        err() << CommandText::tr("The profile %1 cannot be used: %2").arg(a.profile, error) << '\n';
        err().flush();
        *exitCode = 2;
    }
    return p;
}

// 1 when the library said no to this request, 2 when the library cannot be used (read-only,
// locked, full disk, damaged), the same for every command.
int exitCodeFor(StoreError error)
{
    return error == StoreError::Refused || error == StoreError::Conflict ||
                   error == StoreError::Invalid
               ? 1
               : 2;
}

int failure(const StoreStatus &status)
{
    err() << printable(status.message) << '\n';
    err().flush();
    return exitCodeFor(status.error);
}

QString nativeLibraryPath(const Library &library)
{
    return QDir::toNativeSeparators(library.path());
}

} // namespace

int listCommand(const QStringList &args)
{
    static const char synopsis[] =
        "sequence-designer list [--library FILE] [--json] [--search TEXT]";
    const LibraryArgs a = parseLibraryArgs(args, {"--search"}, true, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    if (!a.positional.isEmpty())
        return usage(CommandText::tr("list takes no file names; use --library FILE."), synopsis);
    const std::unique_ptr<Library> library = openLibrary(a, Use::Read);
    if (!library)
        return 2;

    ListQuery query;
    query.search = a.search;
    // Each row is printed as it is read: memory does not grow with the library.
    bool first = true;
    const StoreStatus status = SequenceList(*library).forEach(query, [&](const SequenceSummary &s) {
        if (a.json) {
            const QJsonObject o{{"id", s.id},
                                {"name", s.name},
                                {"description", s.description},
                                {"recordType", s.recordType},
                                {"status", s.status == Status::Active ? "active" : "inactive"},
                                {"steps", s.steps},
                                {"tags", QJsonArray::fromStringList(s.tags)},
                                {"modified", s.modified.toUTC().toString(Qt::ISODateWithMs)}};
            QByteArray item = QJsonDocument(o).toJson(QJsonDocument::Indented).trimmed();
            item.replace("\n", "\n    ");
            out() << (first ? "[\n    " : ",\n    ") << QString::fromUtf8(item);
        } else {
            out() << printable(s.id) << "  "
                  << (s.status == Status::Active ? "active  " : "inactive") << "  "
                  << printable(s.recordType) << "  "
                  << CommandText::tr("%n step(s)", nullptr, s.steps) << "  " << printable(s.name);
            if (!s.tags.isEmpty())
                out() << "  [" << printable(s.tags.join(QStringLiteral(", "))) << ']';
            out() << '\n';
        }
        first = false;
    });
    if (a.json)
        out() << (first ? "[\n]\n" : "\n]\n");
    if (!status) {
        out().flush();
        return failure(status);
    }
    out().flush();
    return 0;
}

int importCommand(const QStringList &args)
{
    static const char synopsis[] = "sequence-designer import [--library FILE] [--replace | "
                                   "--keep-both] [--profile FILE] FILE...";
    const LibraryArgs a = parseLibraryArgs(args, {"--replace", "--keep-both"}, false, true);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    if (a.flags.contains("--replace") && a.flags.contains("--keep-both"))
        return usage(CommandText::tr("Choose either --replace or --keep-both, not both."),
                     synopsis);
    if (a.positional.isEmpty())
        return usage(CommandText::tr("Name at least one sequence file to import."), synopsis);
    int code = 0;
    const std::optional<Profile> profile = loadProfile(a, &code);
    if (!profile)
        return code;
    const std::unique_ptr<Library> library = openLibrary(a, Use::Create);
    if (!library)
        return 2;

    ImportOptions options;
    options.profile = &*profile;
    if (a.flags.contains("--replace"))
        options.onConflict = IdConflict::Replace;
    else if (a.flags.contains("--keep-both"))
        options.onConflict = IdConflict::KeepBoth;

    // Ids go to stdout (one a line, for scripts); problems to stderr in validate's format.
    Transfer transfer(*library);
    for (const QString &file : a.positional) {
        const ImportResult r = transfer.importFile(file, options);
        QList<FileFinding> findings;
        for (const Diagnostic &d : r.diagnostics)
            findings.append({file, d});
        printFindings(err(), findings, false);
        for (const QString &id : r.imported)
            out() << id << '\n';
        out().flush();
        if (!r.ok()) {
            err() << printable(r.status.message) << '\n';
            err().flush();
            code = std::max(code, r.unreadable ? 2 : exitCodeFor(r.status.error));
        } else if (hasErrors(r.diagnostics)) {
            code = std::max(code, 1);
        }
    }
    return code;
}

int exportCommand(const QStringList &args)
{
    static const char synopsis[] = "sequence-designer export [--library FILE] "
                                   "[--format json|png|svg|pdf] --out FILE ID...";
    const LibraryArgs a = parseLibraryArgs(args, {"--out", "--format"}, false, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    const QString format = a.format.isEmpty() ? QStringLiteral("json") : a.format.toLower();
    const std::optional<FlowRenderer::Format> picture = FlowRenderer::formatFromName(format);
    if (format != u"json" && !picture)
        return usage(CommandText::tr("--format takes json, png, svg or pdf."), synopsis);
    if (a.out.isEmpty())
        return usage(CommandText::tr("Name the file to write with --out FILE."), synopsis);
    if (a.positional.isEmpty())
        return usage(CommandText::tr("Name at least one sequence id to export."), synopsis);
    if (picture && a.positional.size() != 1)
        return usage(CommandText::tr("A picture shows one sequence: name exactly one id."),
                     synopsis);
    if (picture && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err() << "internal error: export --format " << format
              << " needs a QGuiApplication (see commandNeedsGui)\n";
        err().flush();
        return 2;
    }
    const std::unique_ptr<Library> library = openLibrary(a, Use::Read);
    if (!library)
        return 2;
    if (picture) {
        const StoreResult<SequenceRecord> record = SequenceStore(*library).get(a.positional[0]);
        if (!record)
            return failure(record.status);
        QString error;
        if (!FlowRenderer::writeFile(record.value.sequence, *picture, a.out, &error)) {
            err() << error << '\n';
            err().flush();
            return 2;
        }
        out() << CommandText::tr("Exported %1 to %2.")
                     .arg(printable(record.value.sequence.name), QDir::toNativeSeparators(a.out))
              << '\n';
        out().flush();
        return 0;
    }
    Diagnostics damaged;
    const StoreStatus status = Transfer(*library).exportFile(a.positional, a.out, &damaged);
    QList<FileFinding> findings;
    for (const Diagnostic &d : std::as_const(damaged))
        findings.append({nativeLibraryPath(*library), d});
    if (!findings.isEmpty())
        printFindings(err(), findings, false);
    if (!status) {
        err() << printable(status.message) << '\n';
        err().flush();
        return 2;
    }
    out() << CommandText::tr("Exported %n sequence(s) to %1.", nullptr, int(a.positional.size()))
                 .arg(QDir::toNativeSeparators(a.out))
          << '\n';
    out().flush();
    return 0;
}

bool exportNeedsGui(const QStringList &args)
{
    const LibraryArgs a = parseLibraryArgs(args, {"--out", "--format"}, false, false);
    return FlowRenderer::formatFromName(a.format).has_value();
}

int activateCommand(const QStringList &args)
{
    static const char synopsis[] =
        "sequence-designer activate [--library FILE] [--json] [--profile FILE] ID";
    const LibraryArgs a = parseLibraryArgs(args, {}, true, true);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    if (a.positional.size() != 1)
        return usage(CommandText::tr("Name exactly one sequence id to activate."), synopsis);
    int code = 0;
    const std::optional<Profile> profile = loadProfile(a, &code);
    if (!profile)
        return code;
    const std::unique_ptr<Library> library = openLibrary(a, Use::Write);
    if (!library)
        return 2;

    const ActivationResult r = Activation(*library).activate(a.positional.first(), *profile);
    QList<FileFinding> findings;
    for (const Diagnostic &d : r.diagnostics)
        findings.append({nativeLibraryPath(*library), d});
    printFindings(out(), findings, a.json);
    if (!r.ok()) {
        err() << printable(r.status.message) << '\n';
        err().flush();
        return r.status.error == StoreError::Refused ? 1 : 2;
    }
    if (!a.json) {
        out() << CommandText::tr("Active: %1 of %2 sequences.")
                     .arg(r.activeCount)
                     .arg(maxActiveSequences)
              << '\n';
        out().flush();
    }
    return 0;
}

int deactivateCommand(const QStringList &args)
{
    static const char synopsis[] = "sequence-designer deactivate [--library FILE] ID";
    const LibraryArgs a = parseLibraryArgs(args, {}, false, false);
    if (const std::optional<int> exit = helpOrProblem(a.help, a.problem, synopsis))
        return *exit;
    if (a.positional.size() != 1)
        return usage(CommandText::tr("Name exactly one sequence id to deactivate."), synopsis);
    const std::unique_ptr<Library> library = openLibrary(a, Use::Write);
    if (!library)
        return 2;
    const StoreStatus status = Activation(*library).deactivate(a.positional.first());
    if (!status) {
        err() << printable(status.message) << '\n';
        err().flush();
        return 2;
    }
    return 0;
}

} // namespace sd::cli
