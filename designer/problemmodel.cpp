// SPDX-License-Identifier: MIT
#include "problemmodel.h"

#include "stepproblem.h"

#include <algorithm>

namespace sd {

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Diagnostic &d = m_items[index.row()];
    switch (role) {
    case StepIdRole:
        return d.stepId;
    case StepNameRole:
        return m_names[index.row()];
    case SeverityRole:
        return d.severityKey();
    case CodeRole:
        return d.code;
    case MessageRole:
        return d.message;
    }
    return {};
}

QHash<int, QByteArray> ProblemModel::roleNames() const
{
    return {{StepIdRole, "stepId"},
            {StepNameRole, "stepName"},
            {SeverityRole, "severity"},
            {CodeRole, "code"},
            {MessageRole, "message"}};
}

void ProblemModel::setDiagnostics(const Diagnostics &diagnostics,
                                  const std::function<QString(const QString &)> &stepName)
{
    Diagnostics sorted = diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.isError() && !b.isError();
    });
    if (sorted == m_items)
        return;
    beginResetModel();
    m_items = sorted;
    m_names.clear();
    m_errors = 0;
    for (const Diagnostic &d : m_items) {
        m_names.append(d.stepId.isEmpty() ? QString() : stepName(d.stepId));
        m_errors += d.isError() ? 1 : 0;
    }
    endResetModel();
    emit countChanged();
}

QVariantList ProblemModel::stepProblems(const QString &stepId) const
{
    QVariantList out;
    for (const Diagnostic &d : m_items) {
        if (d.stepId == stepId && d.param.isEmpty())
            out.append(QVariant::fromValue(StepProblem{d.severityKey(), d.code, d.message}));
    }
    return out;
}

} // namespace sd
