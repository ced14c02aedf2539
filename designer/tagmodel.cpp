// SPDX-License-Identifier: MIT
#include "tagmodel.h"

#include "library/library.h"
#include "librarysession.h"
#include "sequencelimits.h"

namespace sd {

TagModel::TagModel(QObject *parent) : QAbstractListModel(parent) {}

int TagModel::maxDepth()
{
    return int(limits::maxTagLevels);
}

LibrarySession *TagModel::session() const
{
    return m_session;
}

void TagModel::setSession(LibrarySession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &LibrarySession::changed, this, &TagModel::reload);
        connect(session, &LibrarySession::libraryChanged, this, &TagModel::reload);
        connect(session, &LibrarySession::libraryAboutToChange, this, [this] {
            beginResetModel();
            m_tags.clear();
            endResetModel();
            emit countChanged();
        });
    }
    emit sessionChanged();
    reload();
}

void TagModel::setTagged(const QStringList &paths)
{
    if (m_tagged == paths)
        return;
    m_tagged = paths;
    if (!m_tags.isEmpty())
        emit dataChanged(index(0), index(int(m_tags.size()) - 1), {TaggedRole});
    emit taggedChanged();
}

void TagModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

Library *TagModel::library() const
{
    if (m_library)
        return m_library;
    return m_session ? m_session->library() : nullptr;
}

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tags.size())
        return {};
    const Tag &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tag.name;
    case TagIdRole:
        return tag.id;
    case PathRole:
        return tag.path;
    case DepthRole:
        return tag.depth;
    case ParentIdRole:
        return tag.parentId;
    case SequenceCountRole:
        return tag.sequenceCount;
    case HasChildrenRole:
        return index.row() + 1 < m_tags.size() && m_tags.at(index.row() + 1).parentId == tag.id;
    case TaggedRole:
        return m_tagged.contains(tag.path);
    default:
        return {};
    }
}

QHash<int, QByteArray> TagModel::roleNames() const
{
    return {{TagIdRole, "tagId"},
            {NameRole, "name"},
            {PathRole, "path"},
            {DepthRole, "depth"},
            {ParentIdRole, "parentId"},
            {SequenceCountRole, "sequenceCount"},
            {HasChildrenRole, "hasChildren"},
            {TaggedRole, "tagged"}};
}

void TagModel::reload()
{
    Library *lib = library();
    QList<Tag> tags;
    if (lib) {
        const StoreResult<QList<Tag>> got = TagStore(*lib).tags();
        if (!got)
            setError(tr("The tags could not be read: %1").arg(got.message()));
        else
            tags = got.value;
    }
    beginResetModel();
    m_tags = tags;
    endResetModel();
    emit countChanged();
}

QString TagModel::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the tag a name.");
    if (trimmed.contains(u'/'))
        return tr("A tag name cannot contain “/”, which separates the levels of a tag. Use "
                  "another character, or create the level as a tag below its parent.");
    if (codePoints(trimmed) > limits::maxTagLevelLength)
        return tr("A tag name can have at most %1 characters.").arg(limits::maxTagLevelLength);
    return {};
}

const Tag *TagModel::find(qint64 id) const
{
    for (const Tag &tag : m_tags) {
        if (tag.id == id)
            return &tag;
    }
    return nullptr;
}

void TagModel::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged();
}

void TagModel::clearError()
{
    setError({});
}

bool TagModel::finish(const StoreStatus &status)
{
    if (!status) {
        setError(status.message);
        return false;
    }
    setError({});
    // The home page's tag filter and other views reload too.
    if (m_session)
        m_session->notifyChanged();
    else
        reload();
    return true;
}

bool TagModel::create(qint64 parentId, const QString &name)
{
    Library *lib = library();
    if (!lib) {
        setError(tr("No library is open. Open a library first."));
        return false;
    }
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    QString path = name.trimmed();
    if (parentId != 0) {
        const Tag *parent = find(parentId);
        if (!parent) {
            setError(tr("That tag no longer exists. Choose another parent."));
            return false;
        }
        if (parent->depth >= limits::maxTagLevels) {
            setError(tr("Tags can be nested %1 levels deep at most. Create the tag higher up.")
                         .arg(limits::maxTagLevels));
            return false;
        }
        path = parent->path + u'/' + path;
    }
    if (rowOfPath(path) >= 0) {
        setError(
            tr("A tag named “%1” already exists there. Choose another name.").arg(name.trimmed()));
        return false;
    }
    const StoreResult<Tag> made = TagStore(*lib).create(path);
    return finish(made.status);
}

bool TagModel::rename(qint64 id, const QString &name)
{
    Library *lib = library();
    if (!lib) {
        setError(tr("No library is open. Open a library first."));
        return false;
    }
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    return finish(TagStore(*lib).rename(id, name.trimmed()));
}

bool TagModel::move(qint64 id, qint64 parentId)
{
    Library *lib = library();
    if (!lib) {
        setError(tr("No library is open. Open a library first."));
        return false;
    }
    return finish(TagStore(*lib).move(id, parentId));
}

bool TagModel::remove(qint64 id)
{
    Library *lib = library();
    if (!lib) {
        setError(tr("No library is open. Open a library first."));
        return false;
    }
    return finish(TagStore(*lib).remove(id));
}

int TagModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).path == path)
            return row;
    }
    return -1;
}

QStringList TagModel::pathsAfterRename(const QStringList &paths, const QString &oldPath,
                                       const QString &newPath)
{
    QStringList out;
    for (const QString &p : paths) {
        QString changed = p;
        if (p == oldPath)
            changed = newPath;
        else if (p.startsWith(oldPath + u'/'))
            changed = newPath + p.mid(oldPath.size());
        if (!out.contains(changed))
            out.append(changed);
    }
    return out;
}

QStringList TagModel::pathsAfterRemove(const QStringList &paths, const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/');
    const QString parent = cut < 0 ? QString() : path.left(cut);
    QStringList out;
    for (const QString &p : paths) {
        if (p == path)
            continue;
        QString changed = p;
        if (p.startsWith(path + u'/')) {
            const QString rest = p.mid(path.size() + 1);
            changed = parent.isEmpty() ? rest : parent + u'/' + rest;
        }
        if (!out.contains(changed))
            out.append(changed);
    }
    return out;
}

} // namespace sd
