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

int ViewportModel::rowOf(qsizetype item) const
{
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), item);
    return it != m_visible.cend() && *it == item ? int(it - m_visible.cbegin()) : -1;
}

void ViewportModel::setViewport(const QRectF &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    const QList<qsizetype> wanted = visibleItems();
    // Remove the rows that left, from the end so earlier rows keep their numbers.
    for (qsizetype row = m_visible.size() - 1; row >= 0;) {
        if (std::binary_search(wanted.cbegin(), wanted.cend(), m_visible[row])) {
            --row;
            continue;
        }
        qsizetype first = row;
        while (first > 0 &&
               !std::binary_search(wanted.cbegin(), wanted.cend(), m_visible[first - 1]))
            --first;
        beginRemoveRows({}, int(first), int(row));
        m_visible.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Insert the rows that arrived, in runs.
    qsizetype row = 0;
    for (qsizetype w = 0; w < wanted.size();) {
        if (row < m_visible.size() && m_visible[row] == wanted[w]) {
            ++row;
            ++w;
            continue;
        }
        qsizetype end = w;
        while (end < wanted.size() && (row >= m_visible.size() || wanted[end] < m_visible[row]))
            ++end;
        beginInsertRows({}, int(row), int(row + end - w - 1));
        m_visible.insert(row, end - w, 0);
        for (qsizetype k = w; k < end; ++k)
            m_visible[row + k - w] = wanted[k];
        endInsertRows();
        row += end - w;
        w = end;
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
