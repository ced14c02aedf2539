// SPDX-License-Identifier: MIT
#pragma once

#include "sessionresults.h"

#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sd {

class Library;
struct StoreStatus;

// The library the window works on: opened at start (the default library, or the file of
// --library), with what the user must know about it (read-only, upgraded, or why it cannot
// open), and the operations of the home page on it.
//
// Every operation returns a map with at least `ok` (bool) and `message` (translated: what went
// wrong and what to do; empty when ok). Writes emit changed() so views reload; failures also
// emit failed(message) so the window shows them even when the caller does not.
class LibrarySession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path NOTIFY libraryChanged)
    Q_PROPERTY(QString name READ name NOTIFY libraryChanged)
    Q_PROPERTY(QString location READ location NOTIFY libraryChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY libraryChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY libraryChanged)
    Q_PROPERTY(QString message READ message NOTIFY libraryChanged)
    Q_PROPERTY(int sequenceCount READ sequenceCount NOTIFY changed)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)
    Q_PROPERTY(int maxActive READ maxActive CONSTANT)
    Q_PROPERTY(QString damagedPath READ damagedPath NOTIFY libraryChanged)
    Q_PROPERTY(QVariantList recordTypes READ recordTypes CONSTANT)
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(QString profilePath READ profilePath NOTIFY profileChanged)
    Q_PROPERTY(QString teamRole READ teamRole NOTIFY libraryChanged)
    Q_PROPERTY(bool team READ team NOTIFY libraryChanged)

public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    // Set by main() before the QML engine creates the singleton; empty: the default library.
    static void setStartupPath(const QString &path);

    [[nodiscard]] QString path() const { return m_path; }
    // The file's name without folder and suffix, or the team library's database, for the
    // window's header; under it, where the library is (a file's path, user@server:port/database).
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString location() const;
    [[nodiscard]] bool ready() const { return m_library != nullptr; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int sequenceCount() const { return m_sequenceCount; }
    [[nodiscard]] int activeCount() const { return m_activeCount; }
    [[nodiscard]] static int maxActive();
    // The record types of the organisation profile: [{name, title}], lead first.
    [[nodiscard]] static QVariantList recordTypes();
    // The open library for C++ controllers (documents, list models); null when it could not open.
    [[nodiscard]] Library *library() const { return m_library.get(); }

    // Opens another library file (url or path); the old one stays open when that fails.
    Q_INVOKABLE SessionOutcome openLibrary(const QVariant &file);
    // Opens a team library on a PostgreSQL server (librarysessionteam.cpp); the password goes
    // to the server only, never to the settings. {ok, message}; a refusal does not emit failed():
    // the dialog shows it.
    Q_INVOKABLE SessionOutcome openTeamLibrary(const QString &host, int port,
                                               const QString &database, const QString &user,
                                               const QString &password);
    // "Copy to team library…": the sequences `ids` of the open library into the team library
    // named as for openTeamLibrary, inactive; an id it already has gets a new one. {ok, message}:
    // what was copied, or why nothing was. Does not emit failed(): the dialog shows it.
    Q_INVOKABLE SessionOutcome copyToTeamLibrary(const QStringList &ids, const QString &host,
                                                 int port, const QString &database,
                                                 const QString &user, const QString &password);
    // The user's role in the open team library: "seller", "sequence_manager" or "admin"; empty
    // for a file, whose user may do everything (teamroles.h).
    [[nodiscard]] QString teamRole() const { return m_teamRole; }
    // False for a sequence a seller did not make (a team sequence, which only sequence managers
    // activate, deactivate and delete); true for a file and for the other roles.
    Q_INVOKABLE bool mayChange(const QString &id) const;
    // True when the open library is a team library (not a file).
    [[nodiscard]] bool team() const;
    // host:port/database of the open team library (empty for a file), to fill the dialog.
    Q_INVOKABLE TeamLibraryAddress teamLibraryAddress() const;
    // A damaged library SQLite can still read rows from (see openRecoveredCopy); else empty.
    [[nodiscard]] QString damagedPath() const { return m_damagedPath; }
    // Salvages the damaged library into "<name>-recovered.sqlite" beside it (the damaged file is
    // only read) and opens that copy. {ok, message, path}.
    Q_INVOKABLE SessionOutcome openRecoveredCopy();
    // Creates an empty library at `file` and opens it; refuses an existing file.
    Q_INVOKABLE SessionOutcome newLibrary(const QVariant &file);

    // Empty when `name` can name a sequence, else why not (checked as the user types).
    Q_INVOKABLE QString nameProblem(const QString &name) const;
    // Empty when the description fits (2,000 characters), else why not.
    Q_INVOKABLE QString descriptionProblem(const QString &description) const;
    // {ok, id, name, description, recordType, active, steps, message} of one sequence.
    Q_INVOKABLE SequenceInfo sequenceInfo(const QString &id) const;

    // "Use blank sequence": {ok, id, message}.
    Q_INVOKABLE SessionOutcome create(const QString &name, const QString &description,
                                      const QString &recordType);
    // "Use template": the steps of the template file (url or path; its first sequence) under a
    // new id with this name, description and the template's record type. {ok, id, message}.
    Q_INVOKABLE SessionOutcome createFromTemplate(const QVariant &templateFile, const QString &name,
                                                  const QString &description);
    // "Create a copy": {ok, id, message}.
    Q_INVOKABLE SessionOutcome copy(const QString &id, const QString &name,
                                    const QString &description);
    // Deletes for good (an active sequence is deactivated first). {ok, message}.
    Q_INVOKABLE SessionOutcome remove(const QString &id);
    // {ok, message, activeCount, limitReached, problems: [{code, severity, stepId, stepName,
    // message}]}; a refusal does not emit failed(): the activation dialog lists the problems.
    Q_INVOKABLE ActivationOutcome activate(const QString &id);
    Q_INVOKABLE ActivationOutcome deactivate(const QString &id);
    // Writes one sequence to a .sequence.json file (url or path). {ok, message, path}.
    Q_INVOKABLE SessionOutcome exportTo(const QString &id, const QVariant &file);

    // For other controllers that wrote to the library (import, the designer's save): reloads
    // the counts and emits changed().
    Q_INVOKABLE void notifyChanged();

    // The organisation profile (activeProfile()): its name, and its file ("" for the shipped
    // one). Remembered per library: opening a library opens the profile last used with it.
    [[nodiscard]] static QString profileName();
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    // "Open profile…": the profile file (url or path) for this library. {ok, message}; a profile
    // that cannot be used leaves the current one.
    Q_INVOKABLE SessionOutcome openProfile(const QVariant &file);
    // Back to the shipped profile for this library. {ok, message}.
    Q_INVOKABLE SessionOutcome useDefaultProfile();

    // A url from a file dialog, or a path, as a local path.
    [[nodiscard]] static QString localPath(const QVariant &file);

signals:
    // After every write to the library, so views reload.
    void changed();
    // Before the library is replaced (controllers holding library() must let go) ...
    void libraryAboutToChange();
    // ... and after another library was opened.
    void libraryChanged();
    // Something the user asked for failed; `message` says what and what to do.
    void failed(const QString &message);
    // Another organisation profile is active: what depends on it is checked again.
    void profileChanged();

private:
    bool adopt(const QString &path, bool create, QString *why);
    void refreshCounts();
    SessionOutcome fail(const QString &message);
    SessionOutcome notReady();
    SessionOutcome fromStatus(const StoreStatus &status);
    // The profile remembered for the open library (librarysessionprofile.cpp).
    void adoptRememberedProfile();
    void rememberProfile(const QString &path);
    // A team library: emits changed() within half a second of another session's change
    // (LISTEN/NOTIFY; librarysessionteam.cpp).
    void watchTeamChanges();
    [[nodiscard]] static QString teamRoleOf(Library &library);

    QString m_path;
    std::unique_ptr<Library> m_library;
    bool m_readOnly = false;
    QString m_message;
    QString m_damagedPath;
    int m_sequenceCount = 0;
    int m_activeCount = 0;
    QString m_profilePath;
    QString m_teamRole;
    std::unique_ptr<QSocketNotifier> m_changeSocket;
    QTimer m_changePoll;
};

} // namespace sd
