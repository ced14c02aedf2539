// SPDX-License-Identifier: MIT
#pragma once

#include "sessionresults.h"
#include "templateentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

class Sequence;

// The template gallery of "Create a sequence": the bundled templates (qrc:/templates) and the
// sequence files in the user's templates folder, each with its title, record type, step count
// (waits not counted), duration and a small drawing of its flow. `recordType` shows only the
// templates of that record type.
class TemplateGallery : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TemplateGalleryModel)
    Q_PROPERTY(QString recordType READ recordType WRITE setRecordType NOTIFY recordTypeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString userFolder READ userTemplatesFolder CONSTANT)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        DescriptionRole,
        RecordTypeRole,
        RecordTypeTitleRole,
        StepsRole,
        DurationRole,
        SourceRole,
        BundledRole,
        NodesRole,
        LinesRole,
        FlowWidthRole,
        FlowHeightRole,
        CategoryRole,
    };

    explicit TemplateGallery(QObject *parent = nullptr);

    // Where the user's own templates live: <AppDataLocation>/templates.
    [[nodiscard]] static QString userTemplatesFolder();

    [[nodiscard]] QString recordType() const { return m_recordType; }
    void setRecordType(const QString &recordType);
    [[nodiscard]] int count() const { return int(m_shown.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the templates again (bundled and the user's folder).
    Q_INVOKABLE void reload();
    // The template at `row` (not `ok` when there is none).
    Q_INVOKABLE [[nodiscard]] sd::TemplateEntry get(int row) const;
    // "Browse…": any .sequence.json (url or path) as a template, else not `ok` with the reason.
    Q_INVOKABLE [[nodiscard]] sd::TemplateEntry readFile(const QVariant &file) const;
    // Deletes a user template (its `source` url or path) and reloads. Bundled templates and
    // files outside the user's templates folder are refused.
    Q_INVOKABLE sd::SessionOutcome remove(const QVariant &source);

signals:
    void recordTypeChanged();
    void countChanged();

private:
    struct Entry
    {
        QVariantMap values; // by role name
        QString recordType;
    };
    [[nodiscard]] static Entry describe(const Sequence &sequence, const QString &source,
                                        bool bundled);
    [[nodiscard]] static TemplateEntry entryOf(const QVariantMap &values);
    void filter();

    QList<Entry> m_all;
    QList<int> m_shown;
    QString m_recordType;
};

} // namespace sd
