// SPDX-License-Identifier: MIT
// LibrarySession: opening a team library (docs/storage.md, "Team library on PostgreSQL") from
// File ▸ Open team library… The password is put in the connection URL handed to libpq only;
// the library's path (shown, and all the window keeps) is the URL without it, and nothing of a
// team library is written to the settings, so no password reaches the disk.
#include "librarysession.h"

#include "library/library.h"
#include "library/teamchanges.h"

#include <QUrl>
#include <QUrlQuery>

namespace sd {

QVariantMap LibrarySession::openTeamLibrary(const QString &host, int port, const QString &database,
                                            const QString &user, const QString &password)
{
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty() || user.trimmed().isEmpty())
        return fail(tr("Fill in the server, the database and the user name."));
    // A libpq connection URI, every part percent-encoded. A host that is a folder names the
    // server's Unix socket, which goes in the query (a URL's host cannot hold a path).
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
    QString why;
    if (!adopt(url, false, &why))
        return fail(why);
    emit libraryChanged();
    emit changed();
    return {{"ok", true}, {"message", m_message}};
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

QVariantMap LibrarySession::teamLibraryAddress() const
{
    if (!Library::isTeamLibrary(m_path))
        return {};
    const QUrl url(m_path);
    const QUrlQuery query(url);
    const QString socket = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    return {{"host", socket.isEmpty() ? url.host() : socket},
            {"port", url.port(query.queryItemValue(QStringLiteral("port")).toInt())},
            {"database", url.path(QUrl::FullyDecoded).mid(1)},
            {"user", url.userName(QUrl::FullyDecoded)}};
}

} // namespace sd
