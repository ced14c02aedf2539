// SPDX-License-Identifier: MIT
#pragma once

#include "library/tagstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sd {

class Library;
class LibrarySession;

// The library's tag tree for the tag manager: one row per tag, parents before their children,
// with its depth for indenting. Creates, renames, moves and deletes through TagStore; every
// refusal is a message (`error`) that says what to do. QML sets `session` (the LibrarySession);
// C++ tests call setLibrary().
class TagModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("librarysession.h")
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int maxDepth READ maxDepth CONSTANT)
    // The tag paths of the open sequence: a row's `tagged` role says whether its path is one.
    Q_PROPERTY(QStringList tagged READ tagged WRITE setTagged NOTIFY taggedChanged)

public:
    enum Role {
        TagIdRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        DepthRole,
        ParentIdRole,
        SequenceCountRole,
        HasChildrenRole,
        TaggedRole,
    };
    Q_ENUM(Role)

    explicit TagModel(QObject *parent = nullptr);

    [[nodiscard]] LibrarySession *session() const;
    void setSession(LibrarySession *session);
    void setLibrary(Library *library);
    [[nodiscard]] int count() const { return int(m_tags.size()); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] static int maxDepth();
    [[nodiscard]] QStringList tagged() const { return m_tagged; }
    void setTagged(const QStringList &paths);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // Empty when `name` can name a tag, else why not ('/' inside, empty, too long).
    Q_INVOKABLE static QString nameProblem(const QString &name);
    // Creates `name` under `parentId` (0: top level); false with `error` when refused.
    Q_INVOKABLE bool create(qint64 parentId, const QString &name);
    Q_INVOKABLE bool rename(qint64 id, const QString &name);
    // Moves a tag with its subtree under `parentId` (0: top level).
    Q_INVOKABLE bool move(qint64 id, qint64 parentId);
    // Deletes a tag; its children move up a level.
    Q_INVOKABLE bool remove(qint64 id);
    // The row of the tag with this path, or -1.
    Q_INVOKABLE int rowOfPath(const QString &path) const;
    Q_INVOKABLE void clearError();
    // A sequence's tag paths after the tag at `oldPath` was renamed or moved to `newPath`.
    Q_INVOKABLE static QStringList pathsAfterRename(const QStringList &paths,
                                                    const QString &oldPath, const QString &newPath);
    // A sequence's tag paths after the tag at `path` was deleted (its children moved up).
    Q_INVOKABLE static QStringList pathsAfterRemove(const QStringList &paths, const QString &path);

    [[nodiscard]] const QList<Tag> &tags() const { return m_tags; }

signals:
    void sessionChanged();
    void countChanged();
    void errorChanged();
    void taggedChanged();

private:
    [[nodiscard]] Library *library() const;
    [[nodiscard]] const Tag *find(qint64 id) const;
    bool finish(const StoreStatus &status);
    void setError(const QString &message);

    QPointer<LibrarySession> m_session;
    Library *m_library = nullptr;
    QList<Tag> m_tags;
    QString m_error;
    QStringList m_tagged;
};

} // namespace sd
