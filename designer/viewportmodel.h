// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QRectF>

namespace sd {

// A list model that shows only the items of a large canvas that meet the viewport (plus a
// margin), so QML creates delegates for what can be seen. Moving the viewport inserts and
// removes rows, never resets, so the delegates that stay visible are kept.
class ViewportModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    // Canvas units; an empty rect shows nothing.
    void setViewport(const QRectF &viewport);
    [[nodiscard]] QRectF viewport() const { return m_viewport; }
    // After the items changed: recomputes the visible rows with a reset.
    void reload();
    // The index of row `row` among all items.
    [[nodiscard]] qsizetype itemAt(int row) const { return m_visible.value(row, -1); }
    // The row of item `item`, -1 when it is not visible.
    [[nodiscard]] int rowOf(qsizetype item) const;
    // Rows whose data changed (problem badges): a dataChanged over all rows.
    void refreshAll();

protected:
    [[nodiscard]] virtual qsizetype itemCount() const = 0;
    [[nodiscard]] virtual QRectF itemRect(qsizetype item) const = 0;

private:
    [[nodiscard]] QList<qsizetype> visibleItems() const;

    QRectF m_viewport;
    QList<qsizetype> m_visible; // ascending item indexes
};

} // namespace sd
