// SPDX-License-Identifier: MIT
#include "recoveryformat.h"

#include "sequencefile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sd::detail {

namespace {

std::optional<QPointF> positionOf(const Sequence &s, const QString &id)
{
    const auto it = s.layout.constFind(id);
    return it == s.layout.cend() ? std::nullopt : std::optional<QPointF>(*it);
}

bool sameStep(const Sequence &a, const Sequence &b, const QString &id)
{
    const Step *x = a.step(id);
    const Step *y = b.step(id);
    if (!x || !y)
        return x == y;
    return *x == *y && positionOf(a, id) == positionOf(b, id);
}

bool sameOrder(const Sequence &a, const Sequence &b)
{
    if (a.stepCount() != b.stepCount())
        return false;
    for (qsizetype i = 0; i < a.stepCount(); ++i) {
        if (a.steps()[i].id != b.steps()[i].id)
            return false;
    }
    return true;
}

QByteArray idsToJson(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

QStringList idsFromJson(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        ids.append(v.toString());
    return ids;
}

} // namespace

RecoveryEdits recoveryEdits(const Sequence &current, const Sequence &base)
{
    Sequence changed = current;
    QList<Step> steps;
    QHash<QString, QPointF> layout;
    // The start step always goes in, so that `start` names a step of the document and the
    // reader accepts it as a file.
    for (const Step &step : current.steps()) {
        if (sameStep(current, base, step.id) && step.id != current.start)
            continue;
        steps.append(step);
        if (const std::optional<QPointF> position = positionOf(current, step.id))
            layout.insert(step.id, *position);
    }
    changed.setSteps(std::move(steps));
    changed.layout = std::move(layout);
    QStringList removed;
    QStringList order;
    for (const Step &step : base.steps()) {
        if (!current.contains(step.id))
            removed.append(step.id);
    }
    RecoveryEdits edits{writeSequenceFile({changed}), idsToJson(removed), std::nullopt};
    if (!sameOrder(current, base)) {
        for (const Step &step : current.steps())
            order.append(step.id);
        edits.order = idsToJson(order);
    }
    return edits;
}

std::optional<Sequence> applyRecoveryEdits(const Sequence &base, const RecoveryEdits &edits)
{
    // Edits in progress may break the format's rules (a name cleared to be retyped): what the
    // reader could read despite them is the user's work all the same.
    const ReadResult read = readSequenceFile(edits.content);
    if (read.toValidate().size() != 1)
        return std::nullopt;
    Sequence s = read.toValidate().first();
    s.id = base.id;
    s.status = base.status;

    // Steps by id, starting from the saved ones; the content's steps replace or add, `removed`
    // takes away. A step the content holds has its position from the content alone.
    QHash<QString, Step> steps;
    QStringList order;
    for (const Step &step : base.steps()) {
        steps.insert(step.id, step);
        order.append(step.id);
    }
    QHash<QString, QPointF> layout = base.layout;
    for (const Step &step : s.steps()) {
        steps.insert(step.id, step);
        layout.remove(step.id);
        if (const std::optional<QPointF> position = positionOf(s, step.id))
            layout.insert(step.id, *position);
    }
    for (const QString &id : idsFromJson(edits.removed)) {
        steps.remove(id);
        layout.remove(id);
    }
    if (edits.order)
        order = idsFromJson(*edits.order);
    // Any step the order does not name still comes back (sorted, so restores repeat).
    QSet<QString> placed;
    QList<Step> list;
    list.reserve(steps.size());
    for (const QString &id : std::as_const(order)) {
        const auto it = steps.constFind(id);
        if (it != steps.cend() && !placed.contains(id)) {
            list.append(*it);
            placed.insert(id);
        }
    }
    QStringList rest;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (!placed.contains(it.key()))
            rest.append(it.key());
    }
    std::sort(rest.begin(), rest.end());
    for (const QString &id : std::as_const(rest))
        list.append(steps.value(id));
    s.setSteps(std::move(list));
    s.layout = std::move(layout);
    return s;
}

QString nameInContent(const QByteArray &content)
{
    return QJsonDocument::fromJson(content)
        .object()
        .value(QLatin1String("sequences"))[0]
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

} // namespace sd::detail
