// SPDX-License-Identifier: MIT
#pragma once

#include "comparisonview.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

// The comparison shown on the canvas (SequenceDocument::compareVersions, compareWithFile): the
// list of changes beside it, the change chosen with next/previous, and each step's mark for its
// card ({kinds, details}). The document puts `view().display` on the canvas, read-only.
class Comparison : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a SequenceDocument")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString olderLabel READ olderLabel NOTIFY changed)
    Q_PROPERTY(QString newerLabel READ newerLabel NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    // The step of the current change; "" for a sequence property or none.
    Q_PROPERTY(QString currentStep READ currentStep NOTIFY currentIndexChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, StepRole, TitleRole, DetailRole };

    explicit Comparison(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] QString olderLabel() const { return m_olderLabel; }
    [[nodiscard]] QString newerLabel() const { return m_newerLabel; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    [[nodiscard]] QString currentStep() const;
    [[nodiscard]] const ComparisonView &view() const { return m_view; }

    // Compares `older` (shown as `olderLabel`) with `newer`; no change is current.
    void show(const Sequence &older, const Sequence &newer, const QString &olderLabel,
              const QString &newerLabel);
    void clear();
    // {kinds: ["changed", "moved"], details: "Name: "A" → "B"\n..."}; empty for an unmarked step.
    [[nodiscard]] QVariantMap stepMark(const QString &id) const;
    [[nodiscard]] const QHash<QString, QVariantMap> &stepMarks() const { return m_marks; }

    // The next / previous change, wrapping around.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();
    void currentIndexChanged();

private:
    struct Row
    {
        QString kind; // changeKindKey
        QString step;
        QString title;
        QString detail;
    };
    [[nodiscard]] Row rowOf(const Change &change) const;
    [[nodiscard]] QString stepName(const QString &id) const;
    [[nodiscard]] QString linkText(const std::optional<ParentLink> &link) const;
    void buildMarks();

    bool m_active = false;
    Sequence m_older;
    ComparisonView m_view;
    QList<Row> m_rows;
    QHash<QString, QVariantMap> m_marks;
    QString m_olderLabel;
    QString m_newerLabel;
    int m_current = -1;
};

} // namespace sd
