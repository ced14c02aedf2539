// SPDX-License-Identifier: MIT
#include "templategallery.h"
#include "interfacelanguage.h"

#include "librarysession.h"
#include "profile.h"
#include "sequencefile.h"
#include "stepstyle.h"
#include "stepsummary.h"
#include "steptype.h"
#include "templatetexts.h"
#include "treelayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>

namespace sd {

namespace {

const QList<QByteArray> roleKeys{
    "title",   "description", "recordType", "recordTypeTitle", "steps",      "duration", "source",
    "bundled", "nodes",       "lines",      "flowWidth",       "flowHeight", "category"};

} // namespace

TemplateGallery::TemplateGallery(QObject *parent) : QAbstractListModel(parent)
{
    reload();
}

QString TemplateGallery::userTemplatesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/templates");
}

TemplateGallery::Entry TemplateGallery::describe(const Sequence &s, const QString &source,
                                                 bool bundled)
{
    const QString language = interfaceLanguage();
    const RecordType *type = Profile::defaultProfile().recordType(s.recordType);
    const int hours = s.durationHours();
    const TreeLayout layout = layoutTree(s);
    QVariantList nodes;
    const QPointF origin = layout.bounds.topLeft();
    for (const LayoutNode &n : layout.nodes) {
        const QRectF r = n.rect.translated(-origin);
        const Step *step = n.id.isEmpty() ? nullptr : s.step(n.id);
        nodes.append(QVariantMap{{"x", r.x()},
                                 {"y", r.y()},
                                 {"w", r.width()},
                                 {"h", r.height()},
                                 {"kind", StepGroup::key(step ? StepGroup::ofType(step->type)
                                                              : StepGroup::Kind::Start)}});
    }
    // Each link as right-angled segments: down from the parent, across, down to the child.
    QVariantList lines;
    for (const LayoutEdge &e : layout.edges) {
        const QPointF a = e.from - origin;
        const QPointF b = e.toPoint - origin;
        const qreal midY = (a.y() + b.y()) / 2;
        lines.append(QVariantMap{{"x1", a.x()}, {"y1", a.y()}, {"x2", a.x()}, {"y2", midY}});
        if (a.x() != b.x())
            lines.append(QVariantMap{{"x1", a.x()}, {"y1", midY}, {"x2", b.x()}, {"y2", midY}});
        lines.append(QVariantMap{{"x1", b.x()}, {"y1", midY}, {"x2", b.x()}, {"y2", b.y()}});
    }
    Entry e;
    e.recordType = s.recordType;
    e.values = {
        {"title",
         s.templateInfo && !s.templateInfo->title.isEmpty() ? s.templateInfo->title : s.name},
        {"description", s.description},
        {"recordType", s.recordType},
        {"recordTypeTitle", type ? type->displayName.text(language) : s.recordType},
        {"steps", s.activityCount()},
        {"duration", hours == 0 ? QStringLiteral("–") : durationText(hours / 24, hours % 24)},
        {"source", source},
        {"bundled", bundled},
        {"nodes", nodes},
        {"lines", lines},
        {"flowWidth", layout.bounds.width()},
        {"flowHeight", layout.bounds.height()},
        {"category", s.templateInfo ? s.templateInfo->category : QString()}};
    return e;
}

void TemplateGallery::reload()
{
    QList<Entry> all;
    auto add = [&all](const QString &path, const QString &source, bool bundled) {
        const ReadResult read = readSequenceFile(path);
        if (!read.ok())
            return; // a broken file in the folder is left out, not fatal to the gallery
        for (Sequence s : read.sequences) {
            if (bundled)
                translateTemplate(s, path);
            all.append(describe(s, source, bundled));
        }
    };
    const QStringList bundled =
        QDir(QStringLiteral(":/templates")).entryList({"*.sequence.json"}, QDir::Files);
    for (const QString &name : bundled)
        add(":/templates/" + name, "qrc:/templates/" + name, true);
    const QDir user(userTemplatesFolder());
    for (const QFileInfo &info : user.entryInfoList({"*.sequence.json"}, QDir::Files)) {
        add(info.absoluteFilePath(), QUrl::fromLocalFile(info.absoluteFilePath()).toString(),
            false);
    }
    std::stable_sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) {
        return a.values["title"].toString().compare(b.values["title"].toString(),
                                                    Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_all = std::move(all);
    filter();
    endResetModel();
    emit countChanged();
}

void TemplateGallery::filter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_recordType.isEmpty() || m_all[i].recordType == m_recordType)
            m_shown.append(i);
    }
}

void TemplateGallery::setRecordType(const QString &recordType)
{
    if (recordType == m_recordType)
        return;
    beginResetModel();
    m_recordType = recordType;
    filter();
    endResetModel();
    emit recordTypeChanged();
    emit countChanged();
}

int TemplateGallery::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TemplateGallery::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size() || role <= Qt::UserRole ||
        role > CategoryRole)
        return {};
    return m_all[m_shown[index.row()]].values.value(roleKeys[role - TitleRole]);
}

QHash<int, QByteArray> TemplateGallery::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < roleKeys.size(); ++i)
        names.insert(TitleRole + i, roleKeys[i]);
    return names;
}

TemplateEntry TemplateGallery::entryOf(const QVariantMap &values)
{
    TemplateEntry entry;
    entry.ok = true;
    entry.title = values.value("title").toString();
    entry.description = values.value("description").toString();
    entry.recordType = values.value("recordType").toString();
    entry.steps = values.value("steps").toInt();
    entry.duration = values.value("duration").toString();
    entry.source = values.value("source").toString();
    return entry;
}

TemplateEntry TemplateGallery::get(int row) const
{
    return row >= 0 && row < m_shown.size() ? entryOf(m_all[m_shown[row]].values) : TemplateEntry();
}

TemplateEntry TemplateGallery::readFile(const QVariant &file) const
{
    const QString path = LibrarySession::localPath(file);
    const ReadResult read = readSequenceFile(path);
    if (!read.ok() || read.sequences.isEmpty()) {
        const QString why = read.diagnostics.isEmpty() ? tr("The file holds no sequence.")
                                                       : read.diagnostics.first().message;
        TemplateEntry refused;
        refused.message =
            tr("%1 cannot be used as a template. %2").arg(QFileInfo(path).fileName(), why);
        return refused;
    }
    return entryOf(
        describe(read.sequences.first(), QUrl::fromLocalFile(path).toString(), false).values);
}

SessionOutcome TemplateGallery::remove(const QVariant &source)
{
    const QString path = LibrarySession::localPath(source);
    const QFileInfo info(path);
    const QString folder = QFileInfo(userTemplatesFolder()).canonicalFilePath();
    if (isBundledTemplate(path) || path.startsWith(u"qrc:") || path.startsWith(u':'))
        return refused(tr("The templates that come with the program cannot be removed."));
    if (!info.isFile() || folder.isEmpty() || info.canonicalPath() != folder)
        return refused(tr("%1 is not one of your templates, so it was not removed.")
                           .arg(QDir::toNativeSeparators(path)));
    QFile file(info.canonicalFilePath());
    if (!file.remove())
        return refused(
            tr("%1 could not be removed (%2). Check that you can write to %3.")
                .arg(info.fileName(), file.errorString(), QDir::toNativeSeparators(folder)));
    reload();
    return succeeded();
}

} // namespace sd
