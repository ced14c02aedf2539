// SPDX-License-Identifier: MIT
#include "appinfo.h"

#include "stepicons.h"

#include <QCoreApplication>

namespace sd {

QString AppInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

QString AppInfo::iconSource(const QString &icon)
{
    const QString file = stepIconFile(icon);
    return file.isEmpty() ? QString() : QStringLiteral("qrc") + file;
}

} // namespace sd
