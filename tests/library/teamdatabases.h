// SPDX-License-Identifier: MIT
#pragma once
// The store a library test suite runs on. Without SD_TEST_PG_STATE: SQLite files, as named.
// With it (the *_pg ctest tests, whose fixture tests/library/pgcluster.sh starts a throwaway
// PostgreSQL server and writes its URL to that file): each file name the suite uses stands for
// a database of its own on that server, made on first use and dropped when the program ends.
// So the same suite runs, unchanged, on both stores (docs/storage.md, "Tests on a real server").

#include "library/library.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <libpq-fe.h>

namespace lt {

// The maintenance database's URL of the test server; empty when the suite runs on SQLite.
inline QString teamServer()
{
    static const QString url = [] {
        const QString state = qEnvironmentVariable("SD_TEST_PG_STATE");
        if (state.isEmpty())
            return QString();
        QFile f(state);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("SD_TEST_PG_STATE names %s, which cannot be read: is the pgcluster fixture "
                   "running?",
                   qPrintable(state));
        return QString::fromUtf8(f.readAll()).trimmed();
    }();
    return url;
}

// Runs SQL on the database of `url`; false (with a warning) on failure.
inline bool adminExecOn(const QString &url, const QByteArray &sql)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    PGresult *r = PQexec(conn, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        qWarning("%s: %s", sql.constData(), PQerrorMessage(conn));
    PQclear(r);
    PQfinish(conn);
    return ok;
}

// The first column of the first row of `sql` on the database of `url`; -1 on failure.
inline int adminScalarOn(const QString &url, const char *sql)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    PGresult *r = PQexec(conn, sql);
    const int value = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0
                          ? QByteArray(PQgetvalue(r, 0, 0)).toInt()
                          : -1;
    PQclear(r);
    PQfinish(conn);
    return value;
}

// Runs SQL on the test server's maintenance database.
inline bool adminExec(const QByteArray &sql)
{
    return adminExecOn(teamServer(), sql);
}

class TeamDatabases
{
public:
    static TeamDatabases &instance()
    {
        static TeamDatabases databases;
        return databases;
    }
    ~TeamDatabases()
    {
        for (const QString &name : std::as_const(m_names))
            adminExec("DROP DATABASE IF EXISTS " + name.toUtf8() + " WITH (FORCE)");
    }

    // A new empty database's URL.
    QString create()
    {
        const QString name =
            QStringLiteral("sdt_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_names.size());
        if (!adminExec("CREATE DATABASE " + name.toUtf8()))
            return {};
        m_names.append(name);
        QString url = teamServer();
        url.replace(QStringLiteral("/postgres?"), u'/' + name + u'?');
        return url;
    }

    // The database that stands for `path` (the same one each time).
    QString urlFor(const QString &path)
    {
        auto it = m_urls.find(path);
        if (it == m_urls.end())
            it = m_urls.insert(path, create());
        return *it;
    }

private:
    QHash<QString, QString> m_urls;
    QStringList m_names;
};

// True when the suite runs on the team library store.
inline bool onTeamStore()
{
    return !teamServer().isEmpty();
}

// What to open for `path`: the path itself, or on the team store the database standing for it
// (a URL is used as it is).
inline QString libraryName(const QString &path)
{
    if (!onTeamStore() || sd::Library::isTeamLibrary(path))
        return path;
    return TeamDatabases::instance().urlFor(path);
}

} // namespace lt
