// SPDX-License-Identifier: MIT
#include "tagstore.h"
#include "library.h"
#include "tagrows.h"

#include <algorithm>

namespace sd {

using namespace detail;

namespace {

struct TagRow
{
    qint64 parent = 0;
    QString name;
};

TagRow loadTag(Connection &c, qint64 id)
{
    const Query q = c.query("SELECT parent_id, name FROM tags WHERE id = ?1");
    if (!q->bind(1, id).next())
        refuse(StoreError::NotFound,
               LibraryText::tr("That tag no longer exists; it may have been deleted. Refresh the "
                               "tag list."));
    return {q->integer(0), q->text(1)};
}

// The child of `parent` (0: top level) named `name`, other than `except`; 0 when none.
qint64 sibling(Connection &c, qint64 parent, const QString &name, qint64 except)
{
    const Query q = c.query(
        "SELECT id FROM tags WHERE parent_id IS NOT DISTINCT FROM ?1 AND name = ?2 AND id <> ?3");
    if (parent == 0)
        q->bindNull(1);
    else
        q->bind(1, parent);
    q->bind(2, name).bind(3, except);
    return q->next() ? q->integer(0) : 0;
}

QList<qint64> children(Connection &c, qint64 id)
{
    QList<qint64> ids;
    const Query q = c.query("SELECT id FROM tags WHERE parent_id = ?1");
    q->bind(1, id);
    while (q->next())
        ids.append(q->integer(0));
    return ids;
}

void setParent(Connection &c, qint64 id, qint64 parent)
{
    const Query q = c.query("UPDATE tags SET parent_id = ?2 WHERE id = ?1");
    q->bind(1, id);
    if (parent == 0)
        q->bindNull(2);
    else
        q->bind(2, parent);
    q->run();
}

// Levels from the top down to `id` (1 for a top-level tag; 0 for id 0).
int depthOf(Connection &c, qint64 id)
{
    int depth = 0;
    for (; id != 0 && depth < limits::maxTagLevels * 4; ++depth)
        id = loadTag(c, id).parent;
    return depth;
}

// Levels of the subtree under `id`, `id` included (1 for a leaf).
int heightOf(Connection &c, qint64 id)
{
    int height = 1;
    for (const qint64 child : children(c, id))
        height = std::max(height, 1 + heightOf(c, child));
    return height;
}

void putChild(Connection &c, qint64 child, qint64 newParent);

// Moves the sequences and children of `from` into `into`, then deletes `from`.
void merge(Connection &c, qint64 from, qint64 into)
{
    {
        // A sequence tagged with both keeps its link to `into`; its link to `from` cascades.
        const Query q = c.query("UPDATE sequence_tags SET tag_id = ?2 WHERE tag_id = ?1 AND seq "
                                "NOT IN (SELECT seq FROM sequence_tags WHERE tag_id = ?2)");
        q->bind(1, from).bind(2, into).run();
    }
    for (const qint64 child : children(c, from))
        putChild(c, child, into);
    const Query q = c.query("DELETE FROM tags WHERE id = ?1");
    q->bind(1, from).run(); // sequence_tags rows left (already tagged with `into`) cascade
}

// Puts `child` under `newParent`, merging it into a same-named tag already there.
void putChild(Connection &c, qint64 child, qint64 newParent)
{
    const qint64 existing = sibling(c, newParent, loadTag(c, child).name, child);
    if (existing != 0)
        merge(c, child, existing);
    else
        setParent(c, child, newParent);
}

Tag describe(Connection &c, qint64 id)
{
    const TagRow row = loadTag(c, id);
    Tag tag{id, row.parent, row.name, tagPath(c, id), 1, 0};
    tag.depth = int(tag.path.count(u'/')) + 1;
    const Query q = c.query("SELECT count(*) FROM sequence_tags WHERE tag_id = ?1");
    tag.sequenceCount = q->bind(1, id).next() ? int(q->integer(0)) : 0;
    return tag;
}

} // namespace

StoreResult<QList<Tag>> TagStore::tags() const
{
    return guardedValue<QList<Tag>>([&] {
        Connection &c = m_library.connection();
        Transaction t(c, Transaction::Kind::Read);
        const QHash<qint64, QString> paths = allTagPaths(c);
        QList<Tag> list;
        const Query q = c.query("SELECT t.id, t.parent_id, t.name, (SELECT count(*) FROM "
                                "sequence_tags st WHERE st.tag_id = t.id) FROM tags t");
        while (q->next()) {
            Tag tag{q->integer(0),     q->integer(1), q->text(2), paths.value(q->integer(0)), 1,
                    int(q->integer(3))};
            tag.depth = int(tag.path.count(u'/')) + 1;
            list.append(tag);
        }
        std::sort(list.begin(), list.end(), [](const Tag &a, const Tag &b) {
            return a.path.split(u'/') < b.path.split(u'/');
        });
        return list;
    });
}

StoreResult<Tag> TagStore::create(const QString &path)
{
    return guardedValue<Tag>([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        const qint64 id = ensureTagPath(c, path);
        const Tag tag = describe(c, id);
        t.commit();
        return tag;
    });
}

StoreStatus TagStore::rename(qint64 id, const QString &name)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        if (const QString problem = tagNameProblem(name); !problem.isEmpty())
            refuse(StoreError::Invalid, problem);
        Transaction t(c);
        const TagRow row = loadTag(c, id);
        if (sibling(c, row.parent, name, id) != 0)
            refuse(StoreError::Conflict,
                   LibraryText::tr("A tag named “%1” already exists at that level. Choose another "
                                   "name, or delete one of the two tags.")
                       .arg(name));
        const Query q = c.query("UPDATE tags SET name = ?2 WHERE id = ?1");
        q->bind(1, id).bind(2, name).run();
        t.commit();
    });
}

StoreStatus TagStore::move(qint64 id, qint64 newParentId)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        const TagRow row = loadTag(c, id);
        for (qint64 up = newParentId; up != 0; up = loadTag(c, up).parent) {
            if (up == id)
                refuse(StoreError::Invalid,
                       LibraryText::tr("A tag cannot move below itself. Choose a parent outside "
                                       "“%1”.")
                           .arg(row.name));
        }
        if (depthOf(c, newParentId) + heightOf(c, id) > limits::maxTagLevels)
            refuse(
                StoreError::Invalid,
                LibraryText::tr("Moving “%1” there would make the tag tree deeper than 4 levels. "
                                "Choose a parent higher up, or flatten the tags below it first.")
                    .arg(row.name));
        if (sibling(c, newParentId, row.name, id) != 0)
            refuse(
                StoreError::Conflict,
                LibraryText::tr("A tag named “%1” already exists there. Rename one of them first.")
                    .arg(row.name));
        setParent(c, id, newParentId);
        t.commit();
    });
}

StoreStatus TagStore::remove(qint64 id)
{
    return guarded([&] {
        Connection &c = m_library.connection();
        c.requireWritable();
        Transaction t(c);
        const TagRow row = loadTag(c, id);
        for (const qint64 child : children(c, id))
            putChild(c, child, row.parent);
        const Query q = c.query("DELETE FROM tags WHERE id = ?1");
        q->bind(1, id).run();
        t.commit();
    });
}

} // namespace sd
