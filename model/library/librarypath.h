// SPDX-License-Identifier: MIT
#pragma once

// What a named path is, found with stat() before SQLite (or QFile) opens it: opening a FIFO or
// a device blocks, and a URL is not a path. Internal to model/library.

#include <QString>

namespace sd::detail {

struct PathCheck
{
    enum Kind {
        Regular,    // a regular file (or a symbolic link to one)
        Missing,    // nothing there (and the folder above can be looked at)
        Folder,     // a folder
        Special,    // a FIFO, socket or device: opening it could block forever
        LinkLoop,   // symbolic links that point at each other
        Url,        // scheme://... : not a path at all
        Unreachable // stat() failed otherwise (permission on a folder above, a name too long)
    } kind = Unreachable;
    QString error; // the system's words for Unreachable
};

[[nodiscard]] PathCheck checkPath(const QString &path);
// True for "scheme://..." (postgresql://, https://, file://): a path never looks like this.
[[nodiscard]] bool looksLikeUrl(const QString &path);

} // namespace sd::detail
