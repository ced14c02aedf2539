// SPDX-License-Identifier: MIT
#pragma once

#include "library/transfer.h"
#include "librarysession.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sd {

// The import preview (issue 7): every sequence of the chosen files with its record type, step
// count and problems, read without touching the library; then one import of all that can be
// imported, in one transaction on a worker thread with its own connection, with progress and a
// cancel that leaves nothing behind. Both run with QtConcurrent::run; their QPromise carries the
// progress and the cancel, their QFutureWatcher brings both back to this thread.
class ImportPreview : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY rowsChanged)
    Q_PROPERTY(int importableCount READ importableCount NOTIFY rowsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY rowsChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY rowsChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY stateChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY stateChanged)
    Q_PROPERTY(bool done READ done NOTIFY stateChanged)

public:
    enum Role {
        FileNameRole = Qt::UserRole + 1,
        NameRole,
        RecordTypeRole,
        StepsRole,
        StateRole, // "ready", "draft" (imports inactive with problems) or "refused"
        ExistsRole,
        ChoiceRole, // "replace" or "keepBoth", when exists
        ProblemsRole,
        ProblemCountRole,
        MessageRole, // the file's refusal, or empty
    };
    Q_ENUM(Role)

    explicit ImportPreview(QObject *parent = nullptr);
    ~ImportPreview() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] LibrarySession *session() const { return m_session; }
    void setSession(LibrarySession *session);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int importableCount() const;
    [[nodiscard]] int conflictCount() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool reading() const { return m_reading; }
    [[nodiscard]] bool importing() const { return m_importing; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString resultMessage() const { return m_result; }
    [[nodiscard]] bool done() const { return m_done; }

    // Reads the files (urls or local paths) in the background and lists their sequences.
    Q_INVOKABLE void openFiles(const QList<QUrl> &files);
    Q_INVOKABLE void openPaths(const QStringList &paths);
    // "replace" or "keepBoth" for a row whose id is already in the library.
    Q_INVOKABLE void setChoice(int row, const QString &choice);
    Q_INVOKABLE void setAllChoices(const QString &choice);
    // Imports every sequence of the files that are not refused; finished() tells the outcome.
    Q_INVOKABLE void startImport();
    // Stops a running import (nothing of it stays) or forgets a reading in progress.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clear();

    // Blocks until the running read or import is over (tests, and the destructor).
    void waitForWorker();

signals:
    void sessionChanged();
    void rowsChanged();
    void stateChanged();
    void progressChanged();
    // After an import: ok, and the message to show (what was imported, or why nothing was).
    void finished(bool ok, const QString &message);

private:
    struct Row
    {
        qsizetype file = 0;      // index into m_files
        qsizetype sequence = -1; // index into the file's sequences; -1: the file has none
        bool exists = false;
        IdConflict choice = IdConflict::KeepBoth;
    };

    void setRead();
    void setImported();
    void setState(bool reading, bool importing);
    [[nodiscard]] QString stateOf(const Row &row) const;

    QPointer<LibrarySession> m_session;
    QList<FilePreview> m_files;
    QList<Row> m_rows;
    bool m_reading = false;
    bool m_importing = false;
    bool m_done = false;
    double m_progress = 0;
    QString m_result;
    QFutureWatcher<QList<FilePreview>> m_reader;
    QFutureWatcher<void> m_importer;
    // What the import did, written by its thread before it finishes: a cancelled future drops
    // the results it is given, yet a cancel that came after the commit imported everything.
    std::shared_ptr<ImportResult> m_outcome;
};

} // namespace sd
