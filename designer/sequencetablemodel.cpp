// SPDX-License-Identifier: MIT
#include "sequencetablemodel.h"
#include "interfacelanguage.h"

#include "library/library.h"
#include "library/teamroles.h"
#include "librarysession.h"
#include "profile.h"
#include "stepsummary.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace sd {

SequenceTableModel::SequenceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    loadColumns();
}

SequenceTableModel::~SequenceTableModel() = default;

QStringList SequenceTableModel::defaultColumns()
{
    return {QStringLiteral("name"),     QStringLiteral("recordType"), QStringLiteral("steps"),
            QStringLiteral("duration"), QStringLiteral("status"),     QStringLiteral("tags"),
            QStringLiteral("modified"), QStringLiteral("modifiedBy")};
}

void SequenceTableModel::setSession(LibrarySession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &LibrarySession::changed, this, &SequenceTableModel::reload);
        connect(m_session, &LibrarySession::libraryChanged, this, &SequenceTableModel::reload);
    }
    emit sessionChanged();
    reload();
}

void SequenceTableModel::setLibrary(Library *library)
{
    m_library = library;
    load(library);
}

void SequenceTableModel::reload()
{
    load(m_session ? m_session->library() : m_library);
}

void SequenceTableModel::load(Library *library)
{
    beginResetModel();
    m_rows.clear();
    m_view.clear();
    m_error.clear();
    if (library) {
        const SequenceList list(*library);
        StoreResult<QList<SequenceSummary>> read = list.list();
        if (!read)
            m_error = read.message();
        bool stale = false;
        for (const SequenceSummary &s : std::as_const(read.value)) {
            const auto cached = m_durations.constFind(s.id);
            if (cached == m_durations.cend() || cached->first != s.version) {
                stale = true;
                break;
            }
        }
        if (stale) {
            // One pass over all steps; afterwards only changed versions miss the cache.
            const StoreResult<QHash<QString, int>> hours = list.durations();
            m_durations.clear();
            for (const SequenceSummary &s : std::as_const(read.value))
                m_durations.insert(s.id, {s.version, hours.value.value(s.id)});
        }
        const Profile &profile = Profile::defaultProfile();
        const QString language = interfaceLanguage();
        const QSet<QString> personal =
            sessionRole(*library) == TeamRole::Seller ? ownSequences(*library) : QSet<QString>();
        m_rows.reserve(read.value.size());
        for (SequenceSummary &s : read.value) {
            Row row;
            row.hours = m_durations.value(s.id).second;
            row.folded = foldedForSearch(s.name + u'\n' + s.description);
            row.sortName = s.name.toCaseFolded();
            row.modifiedMs = s.modified.toMSecsSinceEpoch();
            row.tagsText = s.tags.join(QStringLiteral(", "));
            const RecordType *type = profile.recordType(s.recordType);
            row.typeTitle = type ? type->displayName.text(language) : s.recordType;
            row.personal = personal.contains(s.id);
            row.summary = std::move(s);
            m_rows.append(std::move(row));
        }
    }
    rankNames();
    apply();
    endResetModel();
    emit countChanged();
}

void SequenceTableModel::rankNames()
{
    // Sorting by name once per load makes every later tie-break an integer comparison.
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const int c = m_rows[a].sortName.compare(m_rows[b].sortName);
        return c != 0 ? c < 0 : m_rows[a].summary.id < m_rows[b].summary.id;
    });
    for (int rank = 0; rank < order.size(); ++rank)
        m_rows[order[rank]].nameRank = rank;
}

bool SequenceTableModel::matches(const Row &row, const QStringList &words) const
{
    const SequenceSummary &s = row.summary;
    if (!m_status.isEmpty() && (s.status == Status::Active) != (m_status == u"active"))
        return false;
    if (!m_recordType.isEmpty() && s.recordType != m_recordType)
        return false;
    if (!m_tag.isEmpty()) {
        const QString below = m_tag + u'/';
        const bool tagged = std::any_of(s.tags.cbegin(), s.tags.cend(), [&](const QString &t) {
            return t == m_tag || t.startsWith(below);
        });
        if (!tagged)
            return false;
    }
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return row.folded.contains(w); });
}

void SequenceTableModel::apply()
{
    m_view.clear();
    const QStringList words =
        foldedForSearch(m_search).simplified().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows[i], words))
            m_view.append(i);
    }
    sortView();
}

void SequenceTableModel::applyAndReset()
{
    beginResetModel();
    apply();
    endResetModel();
    emit queryChanged();
    emit countChanged();
}

void SequenceTableModel::sortView()
{
    // One comparison per column, chosen once: negative, zero or positive as a sorts before,
    // with or after b in ascending order.
    using Compare = int (*)(const Row &, const Row &);
    static const QHash<QString, Compare> byKey{
        {"recordType",
         [](const Row &a, const Row &b) {
             return a.typeTitle.compare(b.typeTitle, Qt::CaseInsensitive);
         }},
        {"steps", [](const Row &a, const Row &b) { return a.summary.steps - b.summary.steps; }},
        {"duration", [](const Row &a, const Row &b) { return a.hours - b.hours; }},
        {"status",
         [](const Row &a, const Row &b) { return int(a.summary.status) - int(b.summary.status); }},
        {"tags", [](const Row &a,
                    const Row &b) { return a.tagsText.compare(b.tagsText, Qt::CaseInsensitive); }},
        {"modified",
         [](const Row &a, const Row &b) {
             return a.modifiedMs < b.modifiedMs ? -1 : (b.modifiedMs < a.modifiedMs ? 1 : 0);
         }},
        {"modifiedBy",
         [](const Row &a, const Row &b) {
             return a.summary.modifiedBy.compare(b.summary.modifiedBy, Qt::CaseInsensitive);
         }},
    };
    const Compare compare = byKey.value(m_sortKey, nullptr);
    const bool ascending = m_ascending;
    std::sort(m_view.begin(), m_view.end(), [&](int ia, int ib) {
        const Row &a = m_rows[ia];
        const Row &b = m_rows[ib];
        if (compare) {
            if (const int c = compare(a, b); c != 0)
                return ascending ? c < 0 : c > 0;
        }
        // By name; ties of another column stay in name order whichever way it sorts.
        return compare || ascending ? a.nameRank < b.nameRank : a.nameRank > b.nameRank;
    });
}

int SequenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int SequenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SequenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_view.size() || index.column() >= m_columns.size())
        return {};
    const Row &row = m_rows[m_view[index.row()]];
    const SequenceSummary &s = row.summary;
    switch (role) {
    case KeyRole:
        return m_columns[index.column()];
    case IdRole:
        return s.id;
    case NameRole:
        return s.name;
    case DescriptionRole:
        return s.description;
    case ActiveRole:
        return s.status == Status::Active;
    case TagsRole:
        return s.tags;
    case PersonalRole:
        return row.personal;
    default:
        return cell(row, m_columns[index.column()], role);
    }
}

QVariant SequenceTableModel::cell(const Row &row, const QString &key, int role) const
{
    const SequenceSummary &s = row.summary;
    if (role == Qt::ToolTipRole) {
        if (key == u"name")
            return s.description.isEmpty() ? s.name : s.name + u'\n' + s.description;
        if (key == u"modified")
            return QLocale().toString(s.modified.toLocalTime(), QLocale::LongFormat);
        return cell(row, key, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (key == u"name")
        return s.name;
    if (key == u"recordType")
        return row.typeTitle;
    if (key == u"steps")
        return s.steps;
    if (key == u"duration")
        return row.hours == 0 ? QStringLiteral("–") : durationText(row.hours / 24, row.hours % 24);
    if (key == u"status")
        return s.status == Status::Active ? tr("Active") : tr("Inactive");
    if (key == u"tags")
        return row.tagsText;
    if (key == u"modified")
        return QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat);
    if (key == u"modifiedBy")
        return s.modifiedBy;
    return {};
}

QHash<int, QByteArray> SequenceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "columnKey");
    names.insert(IdRole, "sequenceId");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(ActiveRole, "active");
    names.insert(TagsRole, "tags");
    names.insert(PersonalRole, "personal");
    return names;
}

void SequenceTableModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    applyAndReset();
}

void SequenceTableModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    applyAndReset();
}

void SequenceTableModel::setRecordTypeFilter(const QString &recordType)
{
    if (recordType == m_recordType)
        return;
    m_recordType = recordType;
    applyAndReset();
}

void SequenceTableModel::setTagFilter(const QString &tagPath)
{
    if (tagPath == m_tag)
        return;
    m_tag = tagPath;
    applyAndReset();
}

bool SequenceTableModel::filtered() const
{
    return !m_search.isEmpty() || !m_status.isEmpty() || !m_recordType.isEmpty() ||
           !m_tag.isEmpty();
}

void SequenceTableModel::clearFilters()
{
    m_search.clear();
    m_status.clear();
    m_recordType.clear();
    m_tag.clear();
    applyAndReset();
}

void SequenceTableModel::setSort(const QString &key, bool ascending)
{
    if (!defaultColumns().contains(key))
        return;
    m_sortKey = key;
    m_ascending = ascending;
    saveSort();
    beginResetModel();
    sortView();
    endResetModel();
    emit queryChanged();
}

void SequenceTableModel::sortBySection(int section)
{
    const QString key = columnKey(section);
    if (key.isEmpty())
        return;
    setSort(key, key == m_sortKey ? !m_ascending : true);
}

QString SequenceTableModel::idAt(int row) const
{
    return row >= 0 && row < m_view.size() ? m_rows[m_view[row]].summary.id : QString();
}

int SequenceTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_view.size(); ++i) {
        if (m_rows[m_view[i]].summary.id == id)
            return i;
    }
    return -1;
}

SequenceInfo SequenceTableModel::rowData(int row) const
{
    SequenceInfo info;
    if (row < 0 || row >= m_view.size())
        return info;
    const Row &r = m_rows[m_view[row]];
    info.ok = true;
    info.id = r.summary.id;
    info.name = r.summary.name;
    info.description = r.summary.description;
    info.recordType = r.summary.recordType;
    info.active = r.summary.status == Status::Active;
    info.steps = r.summary.steps;
    info.personal = r.personal;
    return info;
}

} // namespace sd
