// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sd {

// Where a team library is, from its postgresql:// URL (teamlibrary.h), every part decoded: the
// URL keeps a socket folder percent-encoded in its query (?host=%2Fvar%2Frun...), which is no
// way to show it to a person.
struct TeamAddress
{
    QString host; // a server's name, or the folder of its Unix socket
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
};

[[nodiscard]] TeamAddress teamAddress(const QString &url);
// How the window and its messages name a team library: user@host:port/database (no password).
[[nodiscard]] QString teamLocation(const QString &url);

} // namespace sd
