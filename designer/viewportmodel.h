// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QRectF>

namespace sd {

// A list model that shows only the items of a large canvas that meet the viewport (plus a
// margin), so QML creates delegates for what can be seen. Moving the viewport never resets: an
// item that stays keeps its row (and delegate), and the row of an item that left is given to one
// that arrived, so its delegate is reused rather than destroyed and another created; rows are
// added or removed only when the number of visible items changes. Rows are in no order.
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
    // Rows whose data changed (problem badges): a dataChanged over all rows.
    void refreshAll();

protected:
    [[nodiscard]] virtual qsizetype itemCount() const = 0;
    [[nodiscard]] virtual QRectF itemRect(qsizetype item) const = 0;

private:
    [[nodiscard]] QList<qsizetype> visibleItems() const;

    QRectF m_viewport;
    QList<qsizetype> m_visible; // the item of each row
};

} // namespace sd
