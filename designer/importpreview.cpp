// SPDX-License-Identifier: MIT
#include "importpreview.h"

#include "library/library.h"
#include "library/sequencestore.h"
#include "librarysession.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sd {

namespace {

struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
};

QVariantMap problemMap(const Diagnostic &d, const Sequence *sequence)
{
    QString stepName;
    if (sequence && !d.stepId.isEmpty()) {
        if (const Step *step = sequence->step(d.stepId)) {
            const StepType *type = StepCatalogue::find(step->type);
            stepName = !step->name.isEmpty() ? step->name
                       : type                ? type->translatedName()
                                             : step->type;
        }
    }
    return {{"severity", d.severityKey()},
            {"code", d.code},
            {"stepId", d.stepId},
            {"stepName", stepName},
            {"message", d.message}};
}

} // namespace

ImportPreview::ImportPreview(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_reader, &QFutureWatcherBase::finished, this, &ImportPreview::setRead);
    connect(&m_importer, &QFutureWatcherBase::finished, this, &ImportPreview::setImported);
    connect(&m_importer, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int total = m_importer.progressMaximum();
        m_progress = total > 0 ? double(value) / double(total) : 0.0; // no range: not begun
        emit progressChanged();
    });
}

ImportPreview::~ImportPreview()
{
    m_importer.cancel(); // nothing of an unfinished import stays
    m_reader.waitForFinished();
    m_importer.waitForFinished();
}

void ImportPreview::waitForWorker()
{
    m_reader.waitForFinished();
    m_importer.waitForFinished();
    // Deliver what the watchers were told (progress, finished) now rather than on the next turn.
    QCoreApplication::sendPostedEvents(&m_reader);
    QCoreApplication::sendPostedEvents(&m_importer);
}

void ImportPreview::setSession(LibrarySession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
}

int ImportPreview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ImportPreview::stateOf(const Row &row) const
{
    const FilePreview &f = m_files[row.file];
    if (f.refused)
        return QStringLiteral("refused");
    return hasErrors(f.findings.value(row.sequence)) ? QStringLiteral("draft")
                                                     : QStringLiteral("ready");
}

QVariant ImportPreview::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const FilePreview &f = m_files[row.file];
    const Sequence *s = row.sequence >= 0 ? &f.sequences[row.sequence] : nullptr;
    switch (role) {
    case FileNameRole:
        return QFileInfo(f.path).fileName();
    case Qt::DisplayRole:
    case NameRole:
        return s ? s->name : QFileInfo(f.path).fileName();
    case RecordTypeRole:
        return s ? s->recordType : QString();
    case StepsRole:
        return s ? s->activityCount() : 0;
    case StateRole:
        return stateOf(row);
    case ExistsRole:
        return row.exists;
    case ChoiceRole:
        return row.choice == IdConflict::Replace ? QStringLiteral("replace")
                                                 : QStringLiteral("keepBoth");
    case ProblemsRole:
    case ProblemCountRole: {
        QVariantList problems;
        if (row.sequence <= 0) { // the file's own findings, once (on its first row)
            for (const Diagnostic &d : f.fileDiagnostics)
                problems.append(problemMap(d, nullptr));
        }
        if (s) {
            for (const Diagnostic &d : f.findings.value(row.sequence))
                problems.append(problemMap(d, s));
        }
        return role == ProblemsRole ? QVariant(problems) : QVariant(int(problems.size()));
    }
    case MessageRole:
        return f.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportPreview::roleNames() const
{
    return {
        {FileNameRole, "fileName"}, {NameRole, "name"},         {RecordTypeRole, "recordType"},
        {StepsRole, "steps"},       {StateRole, "verdict"},     {ExistsRole, "exists"},
        {ChoiceRole, "choice"},     {ProblemsRole, "problems"}, {ProblemCountRole, "problemCount"},
        {MessageRole, "message"}};
}

int ImportPreview::importableCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.sequence >= 0 && !m_files[row.file].refused ? 1 : 0;
    return n;
}

int ImportPreview::conflictCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.exists ? 1 : 0;
    return n;
}

QString ImportPreview::summary() const
{
    int refusedFiles = 0;
    for (const FilePreview &f : m_files)
        refusedFiles += f.refused ? 1 : 0;
    QString text = PreviewText::tr("%n sequence(s) can be imported", nullptr, importableCount());
    if (refusedFiles > 0)
        text += QStringLiteral("; ") +
                PreviewText::tr("%n file(s) cannot be imported", nullptr, refusedFiles);
    return text + u'.';
}

void ImportPreview::setState(bool reading, bool importing)
{
    m_reading = reading;
    m_importing = importing;
    emit stateChanged();
}

void ImportPreview::openFiles(const QList<QUrl> &files)
{
    QStringList paths;
    for (const QUrl &url : files)
        paths.append(url.isLocalFile() ? url.toLocalFile() : url.toString());
    openPaths(paths);
}

void ImportPreview::openPaths(const QStringList &paths)
{
    if (m_importing)
        return;
    m_reader.cancel();
    waitForWorker(); // a previous reading stops at its next file; its result is dropped
    clear();
    setState(true, false);
    m_reader.setFuture(QtConcurrent::run([paths](QPromise<QList<FilePreview>> &promise) {
        QList<FilePreview> previews;
        for (const QString &path : paths) {
            if (promise.isCanceled())
                return;
            previews.append(Transfer::preview(path));
        }
        promise.addResult(previews);
    }));
}

void ImportPreview::setRead()
{
    if (m_reader.isCanceled() || m_reader.future().resultCount() == 0)
        return;
    beginResetModel();
    m_files = m_reader.result();
    m_rows.clear();
    Library *library = m_session ? m_session->library() : nullptr;
    for (qsizetype f = 0; f < m_files.size(); ++f) {
        const FilePreview &file = m_files[f];
        if (file.sequences.isEmpty())
            m_rows.append({f, -1, false, IdConflict::KeepBoth});
        for (qsizetype s = 0; s < file.sequences.size(); ++s) {
            const QString &id = file.sequences[s].id;
            const bool exists = library && !id.isEmpty() && SequenceStore(*library).contains(id);
            m_rows.append({f, s, exists, IdConflict::KeepBoth});
        }
    }
    endResetModel();
    setState(false, false);
    emit rowsChanged();
}

void ImportPreview::setChoice(int row, const QString &choice)
{
    if (row < 0 || row >= m_rows.size() || m_importing)
        return;
    m_rows[row].choice = choice == u"replace" ? IdConflict::Replace : IdConflict::KeepBoth;
    emit dataChanged(index(row), index(row), {ChoiceRole});
}

void ImportPreview::setAllChoices(const QString &choice)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].exists)
            setChoice(i, choice);
    }
}

void ImportPreview::startImport()
{
    if (m_reading || m_importing)
        return;
    Library *library = m_session ? m_session->library() : nullptr;
    const auto refuse = [this](const QString &why) {
        m_result = why;
        m_done = true;
        emit stateChanged();
        emit finished(false, why);
    };
    if (!library)
        return refuse(PreviewText::tr("No library is open, so nothing was imported. Open or "
                                      "create a library on the start page, then import again."));
    if (library->isReadOnly())
        return refuse(PreviewText::tr("The library is open read-only, so nothing was imported. "
                                      "Open a library you can write to, then import again."));
    QList<Sequence> sequences;
    ImportOptions options;
    options.onConflict = IdConflict::KeepBoth;
    for (const Row &row : std::as_const(m_rows)) {
        const FilePreview &f = m_files[row.file];
        if (f.refused || row.sequence < 0)
            continue;
        const Sequence &s = f.sequences[row.sequence];
        if (row.exists)
            options.perId.insert(s.id, row.choice);
        sequences.append(s);
    }
    if (sequences.isEmpty())
        return refuse(PreviewText::tr("None of the files can be imported. Fix the problems "
                                      "listed, then import them again."));

    m_progress = 0;
    m_result.clear();
    m_done = false;
    emit progressChanged();
    setState(false, true);
    const QString path = library->path();
    const QString user = library->user();
    m_outcome = std::make_shared<ImportResult>();
    const auto work = [path, user, sequences, options](QPromise<void> &promise,
                                                       std::shared_ptr<ImportResult> outcome) {
        // The session's connection belongs to the GUI thread: this thread opens its own.
        OpenOptions open;
        open.create = false;
        OpenResult opened = Library::open(path, open);
        if (!opened) {
            outcome->status = {StoreError::Failed, opened.message};
            return;
        }
        opened.library->setUser(user);
        ImportOptions withProgress = options;
        int range = -1;
        withProgress.progress = [&promise, &range](qsizetype done, qsizetype total) {
            if (std::exchange(range, int(total)) != int(total))
                promise.setProgressRange(0, range);
            promise.setProgressValue(int(done));
            return !promise.isCanceled();
        };
        *outcome = Transfer(*opened.library).importSequences(sequences, withProgress);
    };
    m_importer.setFuture(QtConcurrent::run(work, m_outcome));
}

void ImportPreview::setImported()
{
    const ImportResult result = std::exchange(*m_outcome, {});
    int drafts = 0;
    QSet<QString> withErrors;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError())
            withErrors.insert(d.sequenceId);
    }
    for (const QString &id : result.imported)
        drafts += withErrors.contains(id) ? 1 : 0;
    if (result.ok()) {
        m_result = PreviewText::tr("Imported %n sequence(s) as inactive.", nullptr,
                                   int(result.imported.size()));
        if (drafts > 0)
            m_result += u' ' + PreviewText::tr("%n of them have problems to fix in the designer "
                                               "before they can be activated.",
                                               nullptr, drafts);
        if (m_session)
            m_session->notifyChanged();
    } else {
        m_result = result.status.message;
    }
    m_done = result.ok();
    setState(false, false);
    emit finished(result.ok(), m_result);
}

void ImportPreview::cancel()
{
    m_importer.cancel(); // the import rolls back at its next step and finishes as cancelled
    if (m_reading) {
        m_reader.cancel(); // the reading stops at its next file and its result is dropped
        setState(false, false);
    }
}

void ImportPreview::clear()
{
    if (m_importing)
        return;
    beginResetModel();
    m_files.clear();
    m_rows.clear();
    endResetModel();
    m_result.clear();
    m_done = false;
    m_progress = 0;
    emit rowsChanged();
    emit stateChanged();
    emit progressChanged();
}

} // namespace sd
