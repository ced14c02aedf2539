// SPDX-License-Identifier: MIT
// LibrarySession: opening a team library (docs/storage.md, "Team library on PostgreSQL") from
// File ▸ Open team library… The password is put in the connection URL handed to libpq only;
// the library's path (shown, and all the window keeps) is the URL without it, and nothing of a
// team library is written to the settings, so no password reaches the disk.
#include "librarysession.h"

#include "library/library.h"
#include "library/sequencestore.h"
#include "library/teamaddress.h"
#include "library/teamchanges.h"
#include "library/teamroles.h"
#include "library/transfer.h"

#include <QUrl>

namespace sd {

namespace {

// A libpq connection URI, every part percent-encoded. A host that is a folder names the server's
// Unix socket, which goes in the query (a URL's host cannot hold a path).
QString teamUrl(const QString &host, int port, const QString &database, const QString &user,
                const QString &password)
{
    const auto part = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
    };
    QString url = QStringLiteral("postgresql://") + part(user);
    if (!password.isEmpty())
        url += u':' + QString::fromLatin1(QUrl::toPercentEncoding(password));
    const QString portText = port > 0 ? QString::number(port) : QString();
    if (host.trimmed().startsWith(u'/')) {
        url += QStringLiteral("@/%1?host=%2").arg(part(database), part(host));
        if (!portText.isEmpty())
            url += QStringLiteral("&port=") + portText;
    } else {
        url += u'@' + part(host) + (portText.isEmpty() ? QString() : u':' + portText) + u'/' +
               part(database);
    }
    return url;
}

} // namespace

// The dialog shows a refusal: not failed(), which would show it a second time, in the window's
// banner behind the dialog.
SessionOutcome LibrarySession::openTeamLibrary(const QString &host, int port,
                                               const QString &database, const QString &user,
                                               const QString &password)
{
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty() || user.trimmed().isEmpty())
        return refused(tr("Fill in the server, the database and the user name."));
    QString why;
    if (!adopt(teamUrl(host, port, database, user, password), false, &why))
        return refused(why);
    emit libraryChanged();
    emit changed();
    return succeeded(m_message);
}

SessionOutcome LibrarySession::copyToTeamLibrary(const QStringList &ids, const QString &host,
                                                 int port, const QString &database,
                                                 const QString &user, const QString &password)
{
    if (!m_library)
        return refused(m_message);
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty() || user.trimmed().isEmpty())
        return refused(tr("Fill in the server, the database and the user name."));
    QList<Sequence> sequences;
    const SequenceStore here(*m_library);
    for (const QString &id : ids) {
        StoreResult<SequenceRecord> read = here.get(id);
        if (!read)
            return refused(read.message());
        sequences.append(std::move(read.value.sequence));
    }
    const QString url = teamUrl(host, port, database, user, password);
    const OpenResult team = Library::open(url);
    if (!team)
        return refused(team.message);
    // An id the team library has already stays there: the copy gets a new id, as the import
    // does with "keep both"; copies arrive inactive.
    ImportOptions options;
    options.onConflict = IdConflict::KeepBoth;
    const ImportResult copied = Transfer(*team.library).importSequences(sequences, options);
    if (!copied)
        return refused(copied.status.message);
    QString message = sequences.size() == 1
                          ? tr("“%1” was copied to the team library %2, inactive.")
                                .arg(sequences.first().name, teamLocation(url))
                          : tr("%n sequence(s) were copied to the team library %1, inactive.", "",
                               int(sequences.size()))
                                .arg(teamLocation(url));
    if (!copied.renamed.isEmpty()) {
        message += u' ' + tr("%n of the copies got a new id, because the team library already had "
                             "theirs; nothing there was replaced.",
                             "", int(copied.renamed.size()));
    }
    return succeeded(message);
}

void LibrarySession::watchTeamChanges()
{
    m_changeSocket.reset();
    m_changePoll.stop();
    const int socket = m_library ? teamChangeSocket(*m_library) : -1;
    if (socket < 0)
        return;
    const auto look = [this] {
        if (m_library && takeOthersChanges(*m_library))
            notifyChanged();
    };
    // The socket wakes us when a notification arrives between our own statements; one that
    // arrived during a statement of ours is already read into libpq's queue, which the poll
    // (a look at memory, no round trip to the server) empties.
    m_changeSocket = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(m_changeSocket.get(), &QSocketNotifier::activated, this, look);
    m_changePoll.setInterval(500);
    disconnect(&m_changePoll, nullptr, this, nullptr);
    connect(&m_changePoll, &QTimer::timeout, this, look);
    m_changePoll.start();
}

bool LibrarySession::mayChange(const QString &id) const
{
    return m_teamRole != u"seller" || (m_library && ownSequences(*m_library).contains(id));
}

bool LibrarySession::team() const
{
    return m_library && Library::isTeamLibrary(m_path);
}

QString LibrarySession::teamRoleOf(Library &library)
{
    const std::optional<TeamRole> role = sessionRole(library);
    return role ? TeamRoles::roleName(*role) : QString();
}

TeamLibraryAddress LibrarySession::teamLibraryAddress() const
{
    TeamLibraryAddress out;
    if (!Library::isTeamLibrary(m_path))
        return out;
    const TeamAddress a = teamAddress(m_path);
    out.host = a.host;
    out.port = a.port;
    out.database = a.database;
    out.user = a.user;
    return out;
}

} // namespace sd
