// SPDX-License-Identifier: MIT
#include "tagrows.h"
#include "sequencefile.h"

#include <QLocale>

namespace sd::detail {

namespace {

qint64 findChild(Connection &c, qint64 parent, const QString &name)
{
    const Query q =
        c.query("SELECT id FROM tags WHERE parent_id IS NOT DISTINCT FROM ?1 AND name = ?2");
    if (parent == 0)
        q->bindNull(1);
    else
        q->bind(1, parent);
    q->bind(2, name);
    return q->next() ? q->integer(0) : 0;
}

} // namespace

QString tagNameProblem(const QString &name)
{
    if (name.isEmpty())
        return LibraryText::tr("A tag name cannot be empty. Type a name of 1 to %L1 characters.")
            .arg(limits::maxTagLevelLength);
    if (name.contains(u'/'))
        return LibraryText::tr("The tag name “%1” contains /, which separates levels. Use another "
                               "character.")
            .arg(name);
    if (codePoints(name) > limits::maxTagLevelLength)
        return LibraryText::tr("The tag name “%1” is longer than %2 characters. Shorten it.")
            .arg(name, QLocale().toString(limits::maxTagLevelLength));
    if (hasControlCharacter(name))
        return LibraryText::tr("A tag name contains a control character (a line break, tab, "
                               "escape or similar). Remove it.");
    return {};
}

QString tagPathProblem(const QString &path)
{
    const QStringList levels = path.split(u'/');
    if (levels.size() > limits::maxTagLevels)
        return LibraryText::tr("The tag “%1” has more than %2 levels. Use at most %2, such as "
                               "Region/Country/Team/Topic.")
            .arg(path, QString::number(limits::maxTagLevels));
    for (const QString &level : levels) {
        if (level.isEmpty())
            return LibraryText::tr("The tag “%1” has an empty level. Remove the extra /.")
                .arg(path);
        if (const QString problem = tagNameProblem(level); !problem.isEmpty())
            return problem;
    }
    return {};
}

qint64 ensureTagPath(Connection &c, const QString &path)
{
    if (const QString problem = tagPathProblem(path); !problem.isEmpty())
        refuse(StoreError::Invalid, problem);
    qint64 parent = 0;
    for (const QString &level : path.split(u'/')) {
        qint64 id = findChild(c, parent, level);
        if (id == 0) {
            const Query q =
                c.query("INSERT INTO tags (parent_id, name) VALUES (?1, ?2) RETURNING id");
            if (parent == 0)
                q->bindNull(1);
            else
                q->bind(1, parent);
            q->bind(2, level).next();
            id = q->integer(0);
        }
        parent = id;
    }
    return parent;
}

qint64 findTagPath(Connection &c, const QString &path)
{
    qint64 id = 0;
    for (const QString &level : path.split(u'/')) {
        id = findChild(c, id, level);
        if (id == 0)
            return 0;
    }
    return id;
}

QString tagPath(Connection &c, qint64 id)
{
    QStringList levels;
    // The depth bound also stops a cycle a damaged or hostile file might hold.
    for (int depth = 0; id != 0 && depth < limits::maxTagLevels * 4; ++depth) {
        const Query q = c.query("SELECT parent_id, name FROM tags WHERE id = ?1");
        q->bind(1, id);
        if (!q->next())
            break;
        levels.prepend(q->text(1));
        id = q->integer(0);
    }
    return levels.join(u'/');
}

QHash<qint64, QString> allTagPaths(Connection &c)
{
    QHash<qint64, std::pair<qint64, QString>> rows;
    {
        const Query q = c.query("SELECT id, parent_id, name FROM tags");
        while (q->next())
            rows.insert(q->integer(0), {q->integer(1), q->text(2)});
    }
    QHash<qint64, QString> paths;
    paths.reserve(rows.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList levels{it->second};
        qint64 parent = it->first;
        for (int depth = 0; parent != 0 && depth < limits::maxTagLevels * 4; ++depth) {
            const auto up = rows.constFind(parent);
            if (up == rows.cend())
                break;
            levels.prepend(up->second);
            parent = up->first;
        }
        paths.insert(it.key(), levels.join(u'/'));
    }
    return paths;
}

} // namespace sd::detail
