// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace sd {

// The validator's findings for the problems panel: errors first, then warnings.
class ProblemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a SequenceDocument")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)

public:
    enum Role { StepIdRole = Qt::UserRole + 1, StepNameRole, SeverityRole, CodeRole, MessageRole };
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // `stepName` names a step for the list ("" for sequence-wide problems).
    void setDiagnostics(const Diagnostics &diagnostics,
                        const std::function<QString(const QString &)> &stepName);
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_items; }
    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] int errorCount() const { return m_errors; }
    [[nodiscard]] int warningCount() const { return count() - m_errors; }
    // The problems of one step that are about none of its parameters (those show under the
    // parameter), as StepProblem values, for the side pane.
    Q_INVOKABLE [[nodiscard]] QVariantList stepProblems(const QString &stepId) const;

signals:
    void countChanged();

private:
    Diagnostics m_items;
    QStringList m_names;
    int m_errors = 0;
};

} // namespace sd
