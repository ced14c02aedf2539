// SPDX-License-Identifier: MIT
#include "schemacheck.h"

#include <QHash>

namespace sd::detail {

namespace {

struct Shape
{
    QHash<QString, QStringList> tables; // name -> "column type notnull pk", in order
    QHash<QString, QString> indexes;    // name -> its table
};

QStringList columns(sqlite3 *db, const QString &table)
{
    QStringList list;
    sql::Statement st(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)");
    st.bind(1, table);
    while (st.next())
        list.append(st.text(0) + u' ' + st.text(1).toUpper() + u' ' + st.text(2) + u' ' +
                    st.text(3));
    return list;
}

Shape shapeOf(sqlite3 *db)
{
    Shape shape;
    sql::Statement st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                          "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' "
                          "ESCAPE '\\'");
    while (st.next()) {
        const QString name = st.text(1);
        if (st.text(0) == u"index") {
            shape.indexes.insert(name, st.text(2));
        } else if (st.text(3).startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
            shape.tables.insert(name, {QStringLiteral("(virtual)")}); // never one of ours
        } else {
            shape.tables.insert(name, {});
        }
    }
    for (auto it = shape.tables.begin(); it != shape.tables.end(); ++it) {
        if (it->isEmpty())
            *it = columns(db, it.key());
    }
    return shape;
}

Shape expectedShape(const QList<Migration> &chain, int version)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    const sql::DbHandle db(raw);
    for (const Migration &m : chain) {
        if (m.version <= version)
            sql::exec(db.get(), m.sql);
    }
    return shapeOf(db.get());
}

} // namespace

QStringList schemaDifferences(sqlite3 *db, const QList<Migration> &chain, int version)
{
    const Shape expected = expectedShape(chain, version);
    Shape found;
    try {
        found = shapeOf(db);
    } catch (const sql::Failure &) {
        // A table SQLite cannot describe (a virtual table of an unknown module): compare
        // table by table below, each on its own.
        sql::Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
        while (st.next()) {
            const QString name = st.text(0);
            try {
                found.tables.insert(name, columns(db, name));
            } catch (const sql::Failure &) {
                found.tables.insert(name, {QStringLiteral("(unreadable)")});
            }
        }
    }
    QStringList differences;
    for (auto it = expected.tables.cbegin(); it != expected.tables.cend(); ++it) {
        const auto there = found.tables.constFind(it.key());
        if (there == found.tables.cend()) {
            differences.append(QStringLiteral("table %1").arg(it.key()));
            continue;
        }
        for (const QString &column : *it) {
            if (!there->contains(column))
                differences.append(
                    QStringLiteral("column %1.%2").arg(it.key(), column.section(u' ', 0, 0)));
        }
        if (there->size() != it->size() && differences.isEmpty())
            differences.append(QStringLiteral("columns of %1").arg(it.key()));
    }
    for (auto it = expected.indexes.cbegin(); it != expected.indexes.cend(); ++it) {
        if (found.indexes.value(it.key()) != *it)
            differences.append(QStringLiteral("index %1").arg(it.key()));
    }
    differences.sort();
    return differences;
}

} // namespace sd::detail
