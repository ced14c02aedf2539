// SPDX-License-Identifier: MIT
#include "stepsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sd {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("StepSummary", text, nullptr, n);
}

QString eventName(const QString &event)
{
    if (event == u"opened")
        return tr("opened");
    if (event == u"replied")
        return tr("replied");
    if (event == u"linkClicked")
        return tr("clicked a link");
    if (event == u"attachmentDownloaded")
        return tr("downloaded the attachment");
    return event;
}

QString joined(const QJsonArray &values, bool all, QString (*name)(const QString &))
{
    QStringList names;
    for (const QJsonValue &v : values)
        names.append(name(v.toString()));
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return (all ? tr("%1 and %2") : tr("%1 or %2")).arg(names.join(QStringLiteral(", ")), last);
}

QString plain(const QString &s)
{
    return s;
}

} // namespace

QString durationText(int days, int hours)
{
    if (days > 0 && hours > 0)
        return tr("%1 %2").arg(tr("%n day(s)", days), tr("%n hour(s)", hours));
    if (days > 0)
        return tr("%n day(s)", days);
    return tr("%n hour(s)", hours);
}

QString stepSummary(const Step &step)
{
    const QJsonObject &p = step.params;
    const QString &type = step.type;
    if (type == u"wait")
        return tr("Wait %1").arg(durationText(p["days"].toInt(), p["hours"].toInt()));
    if (type == u"emailCondition") {
        const QJsonObject within = p["within"].toObject();
        const QString events =
            joined(p["events"].toArray(), p["match"].toString() == u"all", eventName);
        QString text =
            tr("%1 within %2")
                .arg(events, durationText(within["days"].toInt(), within["hours"].toInt()));
        text[0] = text[0].toUpper();
        return text;
    }
    if (type == u"callCondition")
        return tr("Call %1").arg(joined(p["outcomes"].toArray(), false, plain));
    if (type == u"fieldCondition") {
        const int rules = int(p["rules"].toArray().size());
        return p["match"].toString() == u"any" ? tr("Any of %n rule(s)", rules)
                                               : tr("All of %n rule(s)", rules);
    }
    if (type == u"stageCondition") {
        return tr("%1: %2").arg(p["process"].toString(),
                                joined(p["stages"].toArray(), false, plain));
    }
    if (type == u"advanceToSequence")
        return p["sequence"].toString().isEmpty() ? tr("No sequence chosen")
                                                  : tr("To %1").arg(p["sequence"].toString());
    if (type == u"updateField") {
        return tr("Update %1 = %2").arg(p["field"].toString(), p["value"].toVariant().toString());
    }
    if (type == u"abTest") {
        return tr("A %1% / B %2%").arg(p["splitA"].toInt(50)).arg(100 - p["splitA"].toInt(50));
    }
    if (p.contains(QStringLiteral("template")))
        return p["template"].toString();
    return {};
}

} // namespace sd
