// SPDX-License-Identifier: MIT
#include "librarypath.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace sd::detail {

bool looksLikeUrl(const QString &path)
{
    // A scheme (RFC 3986: a letter, then letters, digits, + - .) and "://". A Windows drive
    // ("C:\" or "C:/") has one letter and no "//", so it never matches.
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    return url.match(path).hasMatch();
}

PathCheck checkPath(const QString &path)
{
    if (looksLikeUrl(path))
        return {PathCheck::Url, {}};
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return {PathCheck::Missing, {}};
        if (error == ELOOP)
            return {PathCheck::LinkLoop, {}};
        return {PathCheck::Unreachable, QString::fromLocal8Bit(std::strerror(error))};
    }
    if (S_ISDIR(st.st_mode))
        return {PathCheck::Folder, {}};
    if (!S_ISREG(st.st_mode))
        return {PathCheck::Special, {}};
    return {PathCheck::Regular, {}};
}

} // namespace sd::detail
