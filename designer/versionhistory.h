// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include "library/versionstore.h"
#include "sessionresults.h"

namespace sd {

class Library;
class LibrarySession;

// The versions of one sequence for the History panel (newest first): number, date, author,
// note and the one-line summary of the change; restore saves an old version as a new one.
class VersionHistory : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("librarysession.h")
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString sequenceId READ sequenceId WRITE setSequenceId NOTIFY sequenceIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int newest READ newest NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY countChanged)
    // The versions ticked to compare (at most two, in the order ticked).
    Q_PROPERTY(QList<int> picked READ picked NOTIFY pickedChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        DateRole,
        AuthorRole,
        NoteRole,
        SummaryRole,
        PickedRole,
        UserNoteRole // the note as the user typed it, without what the kind says
    };

    explicit VersionHistory(QObject *parent = nullptr);

    [[nodiscard]] LibrarySession *session() const;
    void setSession(LibrarySession *session);
    // For C++ tests: the library to read (instead of a LibrarySession).
    void setLibrary(Library *library);
    [[nodiscard]] QString sequenceId() const { return m_sequenceId; }
    void setSequenceId(const QString &id);
    [[nodiscard]] int count() const { return int(m_versions.size()); }
    [[nodiscard]] int newest() const
    {
        return m_versions.isEmpty() ? 0 : m_versions.first().number;
    }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QList<int> picked() const { return m_picked; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // The number of the version at `row`, 0 when there is none (the list's current row).
    Q_INVOKABLE [[nodiscard]] int numberAt(int row) const;
    // Saves version `number` as the newest version.
    Q_INVOKABLE sd::SessionOutcome restore(int number);
    // Gives the newest version the note (empty removes it).
    Q_INVOKABLE sd::SessionOutcome setNewestNote(const QString &note);
    // Ticks or unticks version `number` for comparing; a third tick drops the first.
    Q_INVOKABLE void togglePicked(int number);

signals:
    void sessionChanged();
    void sequenceIdChanged();
    void countChanged();
    void pickedChanged();

private:
    [[nodiscard]] Library *library() const;

    QPointer<LibrarySession> m_session;
    Library *m_library = nullptr;
    QString m_sequenceId;
    QList<VersionInfo> m_versions; // newest first
    QString m_error;
    QList<int> m_picked;
};

} // namespace sd
