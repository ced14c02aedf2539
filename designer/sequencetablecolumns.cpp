// SPDX-License-Identifier: MIT
// The columns of the home page grid: titles, widths and order (remembered), and what each
// column's filter menu offers.
#include "interfacelanguage.h"
#include "sequencetablemodel.h"

#include "filterchoice.h"
#include "library/tagstore.h"
#include "librarysession.h"
#include "profile.h"

#include <QLocale>
#include <QSettings>

namespace sd {

namespace {

const QString group = QStringLiteral("home");

int defaultWidth(const QString &key)
{
    static const QHash<QString, int> widths{{"name", 300},     {"recordType", 150}, {"steps", 80},
                                            {"duration", 110}, {"status", 110},     {"tags", 180},
                                            {"modified", 150}, {"modifiedBy", 130}};
    return widths.value(key, 120);
}

constexpr int minWidth = 60;
constexpr int maxWidth = 1200;

} // namespace

QVariant SequenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString SequenceTableModel::columnKey(int section) const
{
    return m_columns.value(section);
}

QString SequenceTableModel::columnTitle(int section) const
{
    const QString key = columnKey(section);
    if (key == u"name")
        return tr("Name");
    if (key == u"recordType")
        return tr("Record type");
    if (key == u"steps")
        return tr("Steps");
    if (key == u"duration")
        return tr("Duration");
    if (key == u"status")
        return tr("Status");
    if (key == u"tags")
        return tr("Tags");
    if (key == u"modified")
        return tr("Modified");
    if (key == u"modifiedBy")
        return tr("Modified by");
    return {};
}

int SequenceTableModel::columnWidth(int section) const
{
    const QString key = columnKey(section);
    return m_widths.value(key, defaultWidth(key));
}

void SequenceTableModel::setColumnWidth(int section, int width)
{
    const QString key = columnKey(section);
    if (key.isEmpty())
        return;
    width = std::clamp(width, minWidth, maxWidth);
    if (m_widths.value(key, defaultWidth(key)) == width)
        return;
    m_widths.insert(key, width);
    saveColumns();
    emit columnsChanged();
}

void SequenceTableModel::moveColumn(int from, int to)
{
    if (from < 0 || from >= m_columns.size() || to < 0 || to >= m_columns.size() || from == to)
        return;
    beginResetModel();
    m_columns.move(from, to);
    endResetModel();
    saveColumns();
    emit columnsChanged();
}

void SequenceTableModel::resetColumns()
{
    beginResetModel();
    m_columns = defaultColumns();
    m_widths.clear();
    endResetModel();
    saveColumns();
    emit columnsChanged();
}

void SequenceTableModel::loadColumns()
{
    QSettings settings;
    settings.beginGroup(group);
    const QStringList known = defaultColumns();
    m_columns.clear();
    for (const QString &key : settings.value("columns").toStringList()) {
        if (known.contains(key) && !m_columns.contains(key))
            m_columns.append(key);
    }
    for (const QString &key : known) {
        if (!m_columns.contains(key))
            m_columns.append(key); // a column added by a newer version goes at the end
    }
    const QVariantMap widths = settings.value("widths").toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (known.contains(it.key()))
            m_widths.insert(it.key(), std::clamp(it.value().toInt(), minWidth, maxWidth));
    }
    const QString sort = settings.value("sort").toString();
    if (known.contains(sort)) {
        m_sortKey = sort;
        m_ascending = settings.value("ascending", true).toBool();
    }
}

void SequenceTableModel::saveSort() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue("sort", m_sortKey);
    settings.setValue("ascending", m_ascending);
}

void SequenceTableModel::saveColumns() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue("columns", m_columns);
    QVariantMap widths;
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
        widths.insert(it.key(), it.value());
    settings.setValue("widths", widths);
}

bool SequenceTableModel::isFilterable(const QString &key) const
{
    return key == u"status" || key == u"recordType" || key == u"tags";
}

QString SequenceTableModel::filterValue(const QString &key) const
{
    if (key == u"status")
        return m_status;
    if (key == u"recordType")
        return m_recordType;
    if (key == u"tags")
        return m_tag;
    return {};
}

void SequenceTableModel::setFilter(const QString &key, const QString &value)
{
    if (key == u"status")
        setStatusFilter(value);
    else if (key == u"recordType")
        setRecordTypeFilter(value);
    else if (key == u"tags")
        setTagFilter(value);
}

QVariantList SequenceTableModel::filterChoices(const QString &key) const
{
    QVariantList out;
    if (key == u"status") {
        out.append(QVariant::fromValue(FilterChoice{QStringLiteral("active"), tr("Active")}));
        out.append(QVariant::fromValue(FilterChoice{QStringLiteral("inactive"), tr("Inactive")}));
    } else if (key == u"recordType") {
        const QString language = interfaceLanguage();
        for (const RecordType &t : Profile::defaultProfile().recordTypes)
            out.append(QVariant::fromValue(FilterChoice{t.name, t.displayName.text(language)}));
    } else if (key == u"tags") {
        Library *library = m_session ? m_session->library() : m_library;
        if (!library)
            return out;
        const StoreResult<QList<Tag>> tags = TagStore(*library).tags();
        for (const Tag &t : tags.value)
            out.append(QVariant::fromValue(FilterChoice{t.path, t.path}));
    }
    return out;
}

} // namespace sd
