// SPDX-License-Identifier: MIT
// The comparison as `diff --json` prints it and as people read it (one line per change, and the
// history's one-line summary).
#include "sequencediff.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sd {

namespace {

QJsonValue linkJson(const std::optional<ParentLink> &link)
{
    if (!link)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("parent"), link->parent.isEmpty()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(link->parent)},
                       {QStringLiteral("branch"), link->branch}};
}

QString linkText(const std::optional<ParentLink> &link)
{
    if (!link)
        return SequenceDiffText::tr("unreachable");
    if (link->branch == u"start")
        return SequenceDiffText::tr("the start");
    if (link->branch == u"yes")
        return SequenceDiffText::tr("Yes of %1").arg(link->parent);
    if (link->branch == u"no")
        return SequenceDiffText::tr("No of %1").arg(link->parent);
    return SequenceDiffText::tr("after %1").arg(link->parent);
}

} // namespace

QString changeValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return SequenceDiffText::tr("(none)");
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Moved:
        return QStringLiteral("moved");
    case ChangeKind::Property:
        return QStringLiteral("property");
    }
    return {};
}

QJsonObject changeToJson(const Change &change)
{
    QJsonObject o{{QStringLiteral("kind"), changeKindKey(change.kind)}};
    switch (change.kind) {
    case ChangeKind::Added:
    case ChangeKind::Removed:
        o.insert(QStringLiteral("step"), change.step);
        break;
    case ChangeKind::Changed:
        o.insert(QStringLiteral("step"), change.step);
        o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(change.keys));
        break;
    case ChangeKind::Moved:
        o.insert(QStringLiteral("step"), change.step);
        o.insert(QStringLiteral("from"), linkJson(change.fromLink));
        o.insert(QStringLiteral("to"), linkJson(change.toLink));
        break;
    case ChangeKind::Property:
        o.insert(QStringLiteral("key"), change.key);
        o.insert(QStringLiteral("from"), change.from.isUndefined() ? QJsonValue() : change.from);
        o.insert(QStringLiteral("to"), change.to.isUndefined() ? QJsonValue() : change.to);
        break;
    }
    return o;
}

QJsonObject changesToJson(const QList<Change> &changes)
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(changeToJson(c));
    return {{QStringLiteral("changes"), list}};
}

QString describeChange(const Change &change)
{
    switch (change.kind) {
    case ChangeKind::Added:
        return SequenceDiffText::tr("added step %1").arg(change.step);
    case ChangeKind::Removed:
        return SequenceDiffText::tr("removed step %1").arg(change.step);
    case ChangeKind::Changed:
        return SequenceDiffText::tr("changed step %1: %2")
            .arg(change.step, change.keys.join(QStringLiteral(", ")));
    case ChangeKind::Moved:
        return SequenceDiffText::tr("moved step %1 from %2 to %3")
            .arg(change.step, linkText(change.fromLink), linkText(change.toLink));
    case ChangeKind::Property:
        return SequenceDiffText::tr("changed %1 from %2 to %3")
            .arg(change.key, changeValueText(change.from), changeValueText(change.to));
    }
    return {};
}

QString summarizeChanges(const QList<Change> &changes)
{
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    QStringList properties;
    for (const Change &c : changes) {
        switch (c.kind) {
        case ChangeKind::Added:
            ++added;
            break;
        case ChangeKind::Removed:
            ++removed;
            break;
        case ChangeKind::Changed:
            ++changed;
            break;
        case ChangeKind::Moved:
            ++moved;
            break;
        case ChangeKind::Property:
            properties.append(c.key);
            break;
        }
    }
    return summarizeCounts(added, removed, changed, moved, properties);
}

QString summarizeCounts(int added, int removed, int changed, int moved,
                        const QStringList &properties)
{
    QStringList parts;
    if (added > 0)
        parts.append(SequenceDiffText::tr("+%n step(s)", nullptr, added));
    if (removed > 0)
        parts.append(SequenceDiffText::tr("-%n step(s)", nullptr, removed));
    if (changed > 0)
        parts.append(SequenceDiffText::tr("%n changed", nullptr, changed));
    if (moved > 0)
        parts.append(SequenceDiffText::tr("%n moved", nullptr, moved));
    for (const QString &property : properties) {
        // options.exitOnEmailReply reads as "options" in one line.
        const QString key = property.section(u'.', 0, 0);
        if (!parts.contains(key))
            parts.append(key);
    }
    if (parts.isEmpty())
        return SequenceDiffText::tr("no changes");
    return parts.join(QStringLiteral(", "));
}

} // namespace sd
