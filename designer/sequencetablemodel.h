// SPDX-License-Identifier: MIT
#pragma once

#include "library/sequencelist.h"
#include "librarysession.h"
#include "sessionresults.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sd {

class Library;

// The home page grid: the library's sequences as a table for TableView. The rows are read once
// per change of the library (LibrarySession::changed) and then searched, filtered and sorted in
// memory, so typing in the search box or clicking a header stays fast at 10,000 sequences.
//
// Columns have stable keys (name, recordType, steps, duration, status, tags, modified,
// modifiedBy); `section` is the position on screen, which the user can change by dragging a
// header. Column order, widths and the sort are remembered in QSettings (group "home").
class SequenceTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY queryChanged)
    Q_PROPERTY(QString recordTypeFilter READ recordTypeFilter WRITE setRecordTypeFilter NOTIFY
                   queryChanged)
    Q_PROPERTY(QString tagFilter READ tagFilter WRITE setTagFilter NOTIFY queryChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY queryChanged)
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY queryChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QStringList columnOrder READ columnOrder NOTIFY columnsChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        IdRole,
        NameRole,
        DescriptionRole,
        ActiveRole,
        TagsRole,
        PersonalRole, // a seller's own sequence in a team library (teamroles.h)
    };
    Q_ENUM(Role)

    explicit SequenceTableModel(QObject *parent = nullptr);
    ~SequenceTableModel() override;

    // The column keys in their default order.
    [[nodiscard]] static QStringList defaultColumns();

    [[nodiscard]] LibrarySession *session() const { return m_session; }
    void setSession(LibrarySession *session);
    // For tests and benchmarks: read this library (no session). Reloads.
    void setLibrary(Library *library);

    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status); // "", "active", "inactive"
    [[nodiscard]] QString recordTypeFilter() const { return m_recordType; }
    void setRecordTypeFilter(const QString &recordType);
    [[nodiscard]] QString tagFilter() const { return m_tag; }
    void setTagFilter(const QString &tagPath); // the tag and the tags below it
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] QString sortKey() const { return m_sortKey; }
    [[nodiscard]] bool sortAscending() const { return m_ascending; }
    [[nodiscard]] int count() const { return int(m_view.size()); }
    [[nodiscard]] int totalCount() const { return int(m_rows.size()); }
    [[nodiscard]] QStringList columnOrder() const { return m_columns; }
    [[nodiscard]] QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the library again (after a change).
    Q_INVOKABLE void reload();

    // Sorting: by a column key; sortBySection toggles the order when it already sorts by it.
    Q_INVOKABLE void setSort(const QString &key, bool ascending);
    Q_INVOKABLE void sortBySection(int section);
    Q_INVOKABLE void clearFilters();
    // The filter of a column: "" for none; setFilter("status", "active") and so on.
    Q_INVOKABLE bool isFilterable(const QString &key) const;
    Q_INVOKABLE QString filterValue(const QString &key) const;
    Q_INVOKABLE void setFilter(const QString &key, const QString &value);
    // What a column's filter menu offers, as FilterChoice values, without the "all" entry.
    Q_INVOKABLE [[nodiscard]] QVariantList filterChoices(const QString &key) const;

    // Columns on screen: key and title by section, widths, moving by dragging a header.
    Q_INVOKABLE QString columnKey(int section) const;
    Q_INVOKABLE QString columnTitle(int section) const;
    Q_INVOKABLE int columnWidth(int section) const;
    Q_INVOKABLE void setColumnWidth(int section, int width);
    Q_INVOKABLE void moveColumn(int from, int to);
    Q_INVOKABLE void resetColumns();

    // Rows by position on screen.
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &id) const;
    // The sequence at `row` (not `ok` when there is none).
    Q_INVOKABLE [[nodiscard]] sd::SequenceInfo rowData(int row) const;

signals:
    void sessionChanged();
    void queryChanged();
    void countChanged();
    void columnsChanged();

private:
    struct Row
    {
        SequenceSummary summary;
        int hours = 0;
        QString folded;    // name and description for the search
        QString sortName;  // case-folded name
        QString tagsText;  // tags joined, for display and sorting
        QString typeTitle; // the record type's display name
        qint64 modifiedMs = 0;
        int nameRank = 0;      // position when sorted by name
        bool personal = false; // PersonalRole
    };

    void load(Library *library);
    void apply();
    void rankNames();
    void applyAndReset();
    void sortView();
    [[nodiscard]] bool matches(const Row &row, const QStringList &words) const;
    [[nodiscard]] QVariant cell(const Row &row, const QString &key, int role) const;
    void loadColumns();
    void saveColumns() const;
    void saveSort() const;

    QPointer<LibrarySession> m_session;
    Library *m_library = nullptr;
    QList<Row> m_rows;
    QList<int> m_view; // indices into m_rows: what the table shows, in order
    QHash<QString, QPair<qint64, int>> m_durations; // id -> (version, hours)
    QString m_search;
    QString m_status;
    QString m_recordType;
    QString m_tag;
    QString m_sortKey = QStringLiteral("name");
    bool m_ascending = true;
    QStringList m_columns;
    QHash<QString, int> m_widths;
    QString m_error;
};

} // namespace sd
