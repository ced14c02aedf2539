// SPDX-License-Identifier: MIT
#include "transfer.h"
#include "library.h"
#include "librarypath.h"
#include "libraryrules.h"
#include "profile.h"
#include "sequencefile.h"
#include "sequencerows.h"
#include "validator.h"
#include "versionrows.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace sd {

using namespace detail;

namespace {

// UUIDs compare case-insensitively: an upper-case copy of an id in the library is that id. Ids
// are stored as written, so the look-up tries the id as given and in either case (each an
// index look-up); `stored` is the id as the library has it.
bool inLibrary(Connection &c, const QString &id, qint64 *version, QString *stored)
{
    const Query q =
        c.query("SELECT version, id FROM sequences WHERE id IN (?1, lower(?1), upper(?1)) LIMIT 1");
    if (!q->bind(1, id).next())
        return false;
    *version = q->integer(0);
    *stored = q->text(1);
    return true;
}

// advanceToSequence params that point at a sequence of the bundle that got a new id follow it.
void followRenames(Sequence &s, const QHash<QString, QString> &renamed)
{
    QList<Step> steps = s.steps();
    bool changed = false;
    for (Step &step : steps) {
        if (step.type != u"advanceToSequence")
            continue;
        const QString target = step.params.value(u"sequence").toString();
        const auto it = renamed.constFind(target);
        if (it != renamed.cend()) {
            step.params.insert(QStringLiteral("sequence"), *it);
            changed = true;
        }
    }
    if (changed)
        s.setSteps(std::move(steps));
}

QString unreadableMessage(const QString &path, bool empty)
{
    return empty ? LibraryText::tr("%1 holds no sequences, so nothing was imported.")
                       .arg(QDir::toNativeSeparators(path))
                 : LibraryText::tr("%1 cannot be imported, so nothing was imported. Fix the "
                                   "problems listed, then import it again.")
                       .arg(QDir::toNativeSeparators(path));
}

// A FIFO or device would block the reader until another program writes to it; a URL or a loop
// of links names no file. Empty when the path may be read.
QString notAFileMessage(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (checkPath(path).kind) {
    case PathCheck::Special:
        return LibraryText::tr("%1 is not a regular file (it is a pipe, socket or device), so "
                               "it was not read and nothing was imported. Name a sequence file.")
            .arg(file);
    case PathCheck::Folder:
        return LibraryText::tr("%1 is a folder, so nothing was imported. Name a sequence file.")
            .arg(file);
    case PathCheck::LinkLoop:
        return LibraryText::tr("%1 is a symbolic link that leads back to itself, so nothing was "
                               "imported. Fix the link, or name the sequence file itself.")
            .arg(file);
    case PathCheck::Url:
        return LibraryText::tr("%1 looks like an address (URL), not a file, so nothing was "
                               "imported. Download the file first, then import it.")
            .arg(path);
    default:
        return {};
    }
}

QString cancelledMessage()
{
    return LibraryText::tr("The import was cancelled, so nothing was imported.");
}

QString blockedMessage()
{
    return LibraryText::tr("The file holds a sequence whose steps cannot be represented (see "
                           "the errors listed), so nothing was imported. Fix the file, then "
                           "import it again.");
}

} // namespace

ImportResult Transfer::importFile(const QString &path, const ImportOptions &options)
{
    if (const QString problem = notAFileMessage(path); !problem.isEmpty()) {
        ImportResult r;
        r.unreadable = true;
        r.status = {StoreError::Invalid, problem};
        r.diagnostics.append({QStringLiteral("file.io"), Severity::Error, {}, problem, {}});
        return r;
    }
    const ReadResult read = readSequenceFile(path);
    if (!read.ok() || read.sequences.isEmpty()) {
        ImportResult r;
        r.diagnostics = read.diagnostics;
        r.unreadable = !read.diagnostics.isEmpty() && read.diagnostics.first().code == u"file.io";
        r.status = {StoreError::Invalid,
                    unreadableMessage(path, read.sequences.isEmpty() && read.ok())};
        return r;
    }
    return importSequences(read.sequences, options);
}

FilePreview Transfer::preview(const QString &path, const Profile *profile)
{
    FilePreview p;
    p.path = path;
    if (const QString problem = notAFileMessage(path); !problem.isEmpty()) {
        p.refused = true;
        p.message = problem;
        p.fileDiagnostics.append({QStringLiteral("file.io"), Severity::Error, {}, problem, {}});
        return p;
    }
    ReadResult read = readSequenceFile(path);
    p.fileDiagnostics = read.diagnostics;
    if (!read.ok() || read.sequences.isEmpty()) {
        p.refused = true;
        p.message = unreadableMessage(path, read.sequences.isEmpty() && read.ok());
        return p;
    }
    const Profile &checked = profile ? *profile : Profile::defaultProfile();
    p.sequences = std::move(read.sequences);
    for (const Sequence &s : std::as_const(p.sequences)) {
        Diagnostics found = validate(s, checked);
        for (Diagnostic &d : found) {
            d.sequenceId = s.id;
            if (blocksImport(d)) {
                p.refused = true;
                p.message = blockedMessage();
            }
        }
        p.findings.append(std::move(found));
    }
    return p;
}

ImportResult Transfer::importSequences(QList<Sequence> sequences, const ImportOptions &options)
{
    ImportResult r;
    const Profile &profile = options.profile ? *options.profile : Profile::defaultProfile();

    // A file the library cannot represent imports nothing (spec section 5, "Importing").
    const qsizetype total = 2 * sequences.size();
    const auto cancelled = [&](qsizetype done) {
        return options.progress && !options.progress(done, total);
    };
    QList<Diagnostics> found(sequences.size());
    bool blocked = false;
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        found[i] = validate(sequences[i], profile);
        for (const Diagnostic &d : std::as_const(found[i]))
            blocked = blocked || blocksImport(d);
        if (cancelled(i + 1)) {
            r.cancelled = true;
            r.status = {StoreError::Refused, cancelledMessage()};
            return r;
        }
    }
    if (blocked) {
        for (qsizetype i = 0; i < sequences.size(); ++i) {
            for (Diagnostic d : std::as_const(found[i])) {
                d.sequenceId = sequences[i].id;
                r.diagnostics.append(d);
            }
        }
        r.status = {StoreError::Invalid, blockedMessage()};
        return r;
    }

    Connection &c = m_library.connection();
    QList<bool> replaces(sequences.size(), false);
    QList<qint64> oldVersions(sequences.size(), 0);
    Diagnostics libraryFindings;
    r.status = guarded([&] {
        c.requireWritable();
        Transaction t(c);
        QSet<QString> taken;
        QStringList clashes;
        for (qsizetype i = 0; i < sequences.size(); ++i) {
            Sequence &s = sequences[i];
            s.status = Status::Inactive;
            if (s.id.isEmpty()) {
                s.id = newUuid();
            } else if (taken.contains(s.id.toLower())) {
                s.id = newUuid(); // a repeated id inside one file: links keep the first
            } else if (QString stored; inLibrary(c, s.id, &oldVersions[i], &stored)) {
                const QString fileId = s.id;
                const IdConflict answer = options.perId.value(fileId, options.onConflict);
                if (answer == IdConflict::Refuse) {
                    clashes.append(s.name + QStringLiteral(" (") + stored + u')');
                } else if (answer == IdConflict::Replace) {
                    replaces[i] = true;
                    if (stored != fileId) { // the same UUID written in another case
                        r.renamed.insert(fileId, stored);
                        s.id = stored;
                    }
                } else {
                    const QString fresh = newUuid();
                    r.renamed.insert(fileId, fresh);
                    s.id = fresh;
                }
            }
            taken.insert(s.id.toLower());
        }
        if (!clashes.isEmpty()) {
            refuse(StoreError::Conflict,
                   LibraryText::tr("These sequences are already in the library: %1. Nothing was "
                                   "imported. Choose to replace them or to keep both, then import "
                                   "again.")
                       .arg(clashes.join(QStringLiteral(", "))));
        }
        const qint64 now = timestamp();
        for (qsizetype i = 0; i < sequences.size(); ++i) {
            Sequence &s = sequences[i];
            followRenames(s, r.renamed);
            const RowMeta meta{
                Status::Inactive, replaces[i] ? oldVersions[i] + 1 : 1, now, c.user(), now,
                c.user()};
            const std::optional<Previous> previous =
                replaces[i] ? previousContent(c, s.id) : std::nullopt;
            writeSequence(c, s, meta, replaces[i]);
            appendVersion(c, s, VersionKind::Imported, {}, previous ? &*previous : nullptr);
            if (cancelled(sequences.size() + i + 1)) {
                r.cancelled = true;
                refuse(StoreError::Refused, cancelledMessage());
            }
        }
        for (const Sequence &s : std::as_const(sequences))
            libraryFindings.append(libraryRules(c, s, RuleScope::Import));
        t.commit();
    });
    if (!r.status) {
        r.renamed.clear();
        return r;
    }

    for (qsizetype i = 0; i < sequences.size(); ++i) {
        r.imported.append(sequences[i].id);
        if (replaces[i])
            r.replaced.append(sequences[i].id);
        for (Diagnostic d : std::as_const(found[i])) {
            d.sequenceId = sequences[i].id;
            r.diagnostics.append(d);
        }
    }
    r.diagnostics.append(libraryFindings);
    return r;
}

StoreStatus Transfer::exportFile(const QStringList &ids, const QString &path,
                                 Diagnostics *diagnostics)
{
    if (ids.isEmpty())
        return {StoreError::Invalid, LibraryText::tr("Choose at least one sequence to export.")};
    QList<Sequence> sequences;
    const StoreStatus read = guarded([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        for (const QString &id : ids) {
            std::optional<SequenceRecord> record = readSequence(c, id);
            if (!record)
                refuse(
                    StoreError::NotFound,
                    LibraryText::tr("There is no sequence with the id %1 in this library, so "
                                    "nothing was exported. Check the ids with `sequence-designer "
                                    "list`.")
                        .arg(id));
            for (auto it = record->damagedParams.cbegin(); it != record->damagedParams.cend();
                 ++it) {
                if (!diagnostics)
                    break;
                QString raw = QString::fromUtf8(it.value());
                if (raw.size() > 500)
                    raw = raw.left(500) + QStringLiteral("…");
                diagnostics->append(
                    {QStringLiteral("library.damagedParams"), Severity::Warning, it.key(),
                     LibraryText::tr("The stored parameters of step “%1” of “%2” are damaged "
                                     "(not a JSON object), so the step was exported without "
                                     "them. Set them again in the designer. The stored text "
                                     "was: %3")
                         .arg(it.key(), record->sequence.name, raw),
                     record->sequence.id});
            }
            sequences.append(std::move(record->sequence));
        }
    });
    if (!read)
        return read;

    const QByteArray bytes = writeSequenceFile(sequences);
    const QString file = QDir::toNativeSeparators(path);
    if (bytes.isEmpty())
        return {
            StoreError::Failed,
            LibraryText::tr("The sequences could not be converted to the file format, so %1 was "
                            "not written.")
                .arg(file)};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return {StoreError::Failed,
                LibraryText::tr("%1 could not be written (%2). Choose a folder you "
                                "can write to, with free space.")
                    .arg(file, out.errorString())};
    }
    return {};
}

} // namespace sd
