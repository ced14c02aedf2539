// SPDX-License-Identifier: MIT
#include "appinfo.h"

#include "stepicons.h"

#include "steptype.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace sd {

QString AppInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

QVariantList AppInfo::stepTypes() const
{
    QVariantList out;
    for (const StepType &t : StepCatalogue::all()) {
        out.append(QVariantMap{{"id", t.id},
                               {"group", StepCatalogue::groupName(t.group)},
                               {"name", t.translatedName()},
                               {"explanation", t.translatedExplanation()},
                               {"icon", t.icon}});
    }
    return out;
}

QString AppInfo::iconSource(const QString &icon)
{
    const QString file = stepIconFile(icon);
    return file.isEmpty() ? QString() : QStringLiteral("qrc") + file;
}

} // namespace sd
