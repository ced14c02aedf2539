// SPDX-License-Identifier: MIT
#include "teamaddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace sd {

TeamAddress teamAddress(const QString &url)
{
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    const QString socket = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    TeamAddress address;
    address.host = socket.isEmpty() ? parsed.host(QUrl::FullyDecoded) : socket;
    address.port = parsed.port(query.queryItemValue(QStringLiteral("port")).toInt());
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    address.user = parsed.userName(QUrl::FullyDecoded);
    return address;
}

QString teamLocation(const QString &url)
{
    const TeamAddress a = teamAddress(url);
    QString location = a.user.isEmpty() ? a.host : a.user + u'@' + a.host;
    if (a.port > 0)
        location += u':' + QString::number(a.port);
    return location + u'/' + a.database;
}

} // namespace sd
