// SPDX-License-Identifier: MIT
#include "viewportmodel.h"

#include <algorithm>

namespace sd {

int ViewportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QList<qsizetype> ViewportModel::visibleItems() const
{
    QList<qsizetype> out;
    if (m_viewport.isEmpty())
        return out;
    const qsizetype n = itemCount();
    for (qsizetype i = 0; i < n; ++i) {
        if (itemRect(i).intersects(m_viewport))
            out.append(i);
    }
    return out;
}

void ViewportModel::setViewport(const QRectF &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    const QList<qsizetype> wanted = visibleItems();
    QList<qsizetype> shown = m_visible;
    std::sort(shown.begin(), shown.end());
    QList<qsizetype> arrived;
    for (qsizetype item : wanted) {
        if (!std::binary_search(shown.cbegin(), shown.cend(), item))
            arrived.append(item);
    }
    // A row whose item left takes an item that arrived: its delegate is kept and shows the
    // new item (dataChanged), so panning creates and destroys no items.
    QList<int> freed;
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (std::binary_search(wanted.cbegin(), wanted.cend(), m_visible[row]))
            continue;
        if (arrived.isEmpty()) {
            freed.append(int(row));
            continue;
        }
        m_visible[row] = arrived.takeLast();
        emit dataChanged(index(int(row)), index(int(row)));
    }
    // More left than arrived: those rows go, from the end so earlier rows keep their numbers.
    for (qsizetype k = freed.size() - 1; k >= 0;) {
        qsizetype first = k;
        while (first > 0 && freed[first - 1] == freed[first] - 1)
            --first;
        beginRemoveRows({}, freed[first], freed[k]);
        m_visible.remove(freed[first], k - first + 1);
        endRemoveRows();
        k = first - 1;
    }
    // More arrived than left: new rows at the end.
    if (!arrived.isEmpty()) {
        const int row = int(m_visible.size());
        beginInsertRows({}, row, row + int(arrived.size()) - 1);
        m_visible.append(arrived);
        endInsertRows();
    }
}

void ViewportModel::reload()
{
    beginResetModel();
    m_visible = visibleItems();
    endResetModel();
}

void ViewportModel::refreshAll()
{
    if (!m_visible.isEmpty())
        emit dataChanged(index(0), index(int(m_visible.size()) - 1));
}

} // namespace sd
