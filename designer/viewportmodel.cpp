// SPDX-License-Identifier: MIT
#include "viewportmodel.h"

#include <QHash>

#include <algorithm>

namespace sd {

int ViewportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ViewportModel::data(const QModelIndex &index, int role) const
{
    const qsizetype item = itemAt(index.row());
    if (role == ShownRole)
        return item >= 0;
    return item < 0 ? QVariant() : itemData(item, role);
}

QHash<int, QByteArray> ViewportModel::roleNames() const
{
    QHash<int, QByteArray> names = itemRoleNames();
    names.insert(ShownRole, "shown");
    return names;
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

QList<int> ViewportModel::roles() const
{
    QList<int> out = roleNames().keys();
    std::sort(out.begin(), out.end());
    return out;
}

void ViewportModel::dropRows(const QList<int> &rows)
{
    for (qsizetype k = rows.size() - 1; k >= 0;) {
        qsizetype first = k;
        while (first > 0 && rows[first - 1] == rows[first] - 1)
            --first;
        beginRemoveRows({}, rows[first], rows[k]);
        m_visible.remove(rows[first], k - first + 1);
        endRemoveRows();
        k = first - 1;
    }
}

void ViewportModel::appendRows(const QList<qsizetype> &items)
{
    if (items.isEmpty())
        return;
    const int row = int(m_visible.size());
    beginInsertRows({}, row, row + int(items.size()) - 1);
    m_visible.append(items);
    endInsertRows();
}

int ViewportModel::shownCount() const
{
    return int(m_visible.size() - std::count(m_visible.cbegin(), m_visible.cend(), -1));
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
    // A row whose item left, or a spare, takes an item that arrived: its delegate is kept and
    // shows the new item (dataChanged), so panning creates and destroys no items.
    QList<int> spares;
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        const bool spare = m_visible[row] < 0;
        if (!spare && std::binary_search(wanted.cbegin(), wanted.cend(), m_visible[row]))
            continue;
        if (!arrived.isEmpty()) {
            m_visible[row] = arrived.takeLast();
            emit dataChanged(index(int(row)), index(int(row)));
        } else {
            if (!spare) {
                m_visible[row] = -1;
                emit dataChanged(index(int(row)), index(int(row)), {ShownRole});
            }
            spares.append(int(row));
        }
    }
    // More arrived than there were rows: new rows at the end. Too many spares: the last go.
    dropRows(spares.mid(std::min(spares.size(), maxSpares)));
    appendRows(arrived);
}

ViewportModel::Shown ViewportModel::shown() const
{
    Shown out;
    const QList<int> all = roles();
    out.keys.reserve(m_visible.size());
    out.values.reserve(m_visible.size());
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_visible[row] < 0) { // a spare: nothing to compare
            out.keys.append(QString());
            out.values.append(QVariantList());
            continue;
        }
        out.keys.append(itemKey(m_visible[row]));
        QVariantList values;
        values.reserve(all.size());
        for (int role : all)
            values.append(data(index(int(row)), role));
        out.values.append(values);
    }
    return out;
}

void ViewportModel::refresh()
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_visible[row] >= 0)
            emit dataChanged(index(int(row)), index(int(row)));
    }
}

void ViewportModel::update(const Shown &before)
{
    Q_ASSERT(before.keys.size() == m_visible.size());
    const QList<qsizetype> wanted = visibleItems();
    QHash<QString, qsizetype> position; // key → index in `wanted`
    position.reserve(wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i)
        position.insert(itemKey(wanted[i]), i);
    // A row keeps the item of its key while that is in view; the other rows are free.
    QList<bool> placed(wanted.size(), false);
    QList<bool> kept(m_visible.size(), false);
    QList<int> freed;
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        const auto found =
            m_visible[row] < 0 ? position.cend() : position.constFind(before.keys.value(row));
        if (found == position.cend() || placed[*found]) {
            freed.append(int(row));
            continue;
        }
        placed[*found] = true;
        kept[row] = true;
        m_visible[row] = wanted[*found];
    }
    QList<qsizetype> arrived;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (!placed[i])
            arrived.append(wanted[i]);
    }
    // A free row shows an item that arrived (its delegate is reused); rows left over go.
    QList<int> gone;
    qsizetype next = 0;
    for (int row : std::as_const(freed)) {
        if (next < arrived.size())
            m_visible[row] = arrived[next++];
        else
            gone.append(row);
    }
    for (int row : std::as_const(gone))
        m_visible[row] = -1; // shows nothing until removed below
    // Kept rows say which roles changed; reused rows that all did.
    const QList<int> all = roles();
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_visible[row] < 0)
            continue;
        const QModelIndex at = index(int(row));
        if (!kept[row]) {
            emit dataChanged(at, at);
            continue;
        }
        QList<int> changed;
        for (qsizetype r = 0; r < all.size(); ++r) {
            if (data(at, all[r]) != before.values[row].value(r))
                changed.append(all[r]);
        }
        if (!changed.isEmpty())
            emit dataChanged(at, at, changed);
    }
    dropRows(gone);
    appendRows(arrived.mid(next));
}

} // namespace sd
