// SPDX-License-Identifier: MIT
// What a screen reader says for the cards and "+" of the canvas: the card's place in the
// sequence, its type, its name and the condition path it is on; its problems in the description.
#include "canvasmodel.h"

#include "stepsummary.h"
#include "steptype.h"

#include <QCoreApplication>

namespace sd {

QString CanvasModel::cardAccessibleName(const QString &id) const
{
    if (id.isEmpty())
        return nodeName(id);
    const Step *step = m_sequence.step(id);
    const qsizetype index = m_nodeIndex.value(id, -1);
    if (!step || index < 0)
        return nodeName(id);
    const qsizetype start = m_nodeIndex.value(QString(), -1);
    const qsizetype number = index + 1 - (start >= 0 && start < index ? 1 : 0);
    const qsizetype total = m_layout.nodes.size() - (start >= 0 ? 1 : 0);
    const StepType *type = StepCatalogue::find(step->type);
    const QString typeName = type ? type->translatedName() : step->type;
    QString text = QCoreApplication::translate("CanvasModel", "Step %1 of %2: %3")
                       .arg(number)
                       .arg(total)
                       .arg(typeName);
    if (!step->name.trimmed().isEmpty() && step->name.trimmed() != typeName)
        text += QCoreApplication::translate("CanvasModel", ", %1").arg(step->name.trimmed());
    // The nearest condition above: which of its paths the step is on.
    for (std::optional<LinkRef> in = incomingLink(id); in && !in->parentId.isEmpty();
         in = incomingLink(in->parentId)) {
        if (in->branch == Branch::Yes)
            return text + QCoreApplication::translate("CanvasModel", ", on the Yes path of %1")
                              .arg(nodeName(in->parentId));
        if (in->branch == Branch::No)
            return text + QCoreApplication::translate("CanvasModel", ", on the No path of %1")
                              .arg(nodeName(in->parentId));
    }
    return text;
}

QString CanvasModel::cardAccessibleDescription(const QString &id) const
{
    QStringList parts;
    if (const Step *step = id.isEmpty() ? nullptr : m_sequence.step(id)) {
        const QString summary =
            step->type == u"advanceToSequence"
                ? advanceSummary(step->params["sequence"].toString(),
                                 sequenceName(step->params["sequence"].toString()))
                : stepSummary(*step, m_sequence.recordType);
        if (!summary.isEmpty())
            parts.append(summary);
    }
    const QStringList problems = m_problemTexts.value(id);
    if (!problems.isEmpty())
        parts.append(QCoreApplication::translate("CanvasModel", "%n problem(s):", nullptr,
                                                 int(problems.size())) +
                     u' ' + problems.join(u' '));
    const qsizetype index = m_nodeIndex.value(id, -1);
    if (index >= 0 && !m_layout.nodes[index].reachable)
        parts.append(QCoreApplication::translate("CanvasModel", "Not reached from the start."));
    return parts.join(u' ');
}

QString CanvasModel::plusAccessibleName(const LinkRef &link) const
{
    const QString parent = nodeName(link.parentId);
    switch (link.branch) {
    case Branch::Yes:
        return QCoreApplication::translate("CanvasModel", "Add a step on the Yes path of %1")
            .arg(parent);
    case Branch::No:
        return QCoreApplication::translate("CanvasModel", "Add a step on the No path of %1")
            .arg(parent);
    case Branch::Next:
        break;
    }
    return link.parentId.isEmpty()
               ? QCoreApplication::translate("CanvasModel",
                                             "Add a step at the start of the sequence")
               : QCoreApplication::translate("CanvasModel", "Add a step after %1").arg(parent);
}

} // namespace sd
