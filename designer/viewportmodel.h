// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sd {

// A list model that shows only the items of a large canvas that meet the viewport (plus a
// margin), so QML creates delegates for what can be seen. Moving the viewport never resets: an
// item that stays keeps its row (and delegate), and the row of an item that left is given to one
// that arrived, so its delegate is reused rather than destroyed and another created. When fewer
// arrive than leave, the rows left over are kept as spares (ShownRole false: the delegate hides,
// keeping what it showed) for the items that arrive later, up to maxSpares; rows are added only
// when more are in view than there are rows. Changing the items (an edit) never resets either:
// rows follow their item by key (update()), and spares beyond need go. Rows are in no order.
class ViewportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    // What the rows show: the key of each row's item and the value of every role, taken before
    // the items change so that update() can tell which rows changed and how.
    struct Shown
    {
        QStringList keys;
        QList<QVariantList> values;
    };

    // True on a row that shows an item, false on a spare (every model's role "shown").
    static constexpr int ShownRole = Qt::UserRole + 100;
    // How many spare rows are kept: a pan's change in the number of items in view.
    static constexpr qsizetype maxSpares = 48;

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    // ShownRole here; the roles of a shown row's item from itemData().
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const final;
    // itemRoleNames() and "shown".
    [[nodiscard]] QHash<int, QByteArray> roleNames() const final;
    // Canvas units; an empty rect shows nothing.
    void setViewport(const QRectF &viewport);
    [[nodiscard]] QRectF viewport() const { return m_viewport; }
    // The index of row `row` among all items; -1 on a spare row.
    [[nodiscard]] qsizetype itemAt(int row) const { return m_visible.value(row, -1); }
    // The rows that show an item (rowCount() less the spares).
    [[nodiscard]] int shownCount() const;

    [[nodiscard]] Shown shown() const;
    // After the items changed, given what the rows showed before: a row whose item (by key) is
    // still in view keeps it and its delegate, with dataChanged for the roles whose value
    // changed; the row of an item that went shows one that came; the rest are removed or added.
    void update(const Shown &before);
    // Every row's roles anew (their texts after a change of language).
    void refresh();

protected:
    [[nodiscard]] virtual qsizetype itemCount() const = 0;
    [[nodiscard]] virtual QRectF itemRect(qsizetype item) const = 0;
    // What names an item across changes of the items (a step's id, a link).
    [[nodiscard]] virtual QString itemKey(qsizetype item) const = 0;
    // The value of `role` for an item (never called for ShownRole or a spare).
    [[nodiscard]] virtual QVariant itemData(qsizetype item, int role) const = 0;
    [[nodiscard]] virtual QHash<int, QByteArray> itemRoleNames() const = 0;

private:
    [[nodiscard]] QList<qsizetype> visibleItems() const;
    [[nodiscard]] QList<int> roles() const;
    // Removes `rows` (ascending), a range at a time from the end.
    void dropRows(const QList<int> &rows);
    void appendRows(const QList<qsizetype> &items);

    QRectF m_viewport;
    QList<qsizetype> m_visible; // the item of each row, -1 for a spare
};

} // namespace sd
