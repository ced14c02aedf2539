// SPDX-License-Identifier: MIT
// Opening a team library on PostgreSQL: connect, look at the schema version without changing
// anything, refuse a database of another program or of a newer Sequence Designer, then run each
// due migration in its own transaction under the library's write lock. docs/storage.md.
#include "connection.h"
#include "migrations.h"
#include "pgsession.h"
#include "teamaddress.h"
#include "teamchanges.h"
#include "teamlibrary.h"

#include <QRegularExpression>

namespace sd::detail {

namespace {

OpenResult refusal(OpenStatus status, const QString &message)
{
    OpenResult r;
    r.status = status;
    r.message = message;
    return r;
}

// A team library keeps its schema version in the table schema_version; the library's write lock
// (the advisory lock of Connection::begin) also orders migrations, so two programs opening an
// empty database at once migrate it once (runMigrations, migrations.h).
class PgMigrations final : public MigrationTarget
{
public:
    explicit PgMigrations(PgSession &pg) : m_pg(pg) {}
    int version() override
    {
        if (m_pg.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
                        "tablename = 'schema_version'") == 0)
            return 0;
        return int(m_pg.scalar("SELECT coalesce(max(version), 0) FROM schema_version"));
    }
    void beginWrite() override
    {
        m_pg.exec(QByteArray("BEGIN; SELECT pg_advisory_xact_lock(" +
                             QByteArray::number(Library::applicationId) +
                             "); CREATE TABLE IF NOT EXISTS schema_version (version integer NOT "
                             "NULL)")
                      .constData());
    }
    void apply(const Migration &m) override
    {
        m_pg.exec(m.sql);
        m_pg.exec(QByteArray("DELETE FROM schema_version; INSERT INTO schema_version VALUES (" +
                             QByteArray::number(m.version) + ")")
                      .constData());
    }
    void commit() override { m_pg.exec("COMMIT"); }
    void rollback() noexcept override
    {
        try {
            m_pg.exec("ROLLBACK");
        } catch (...) { // the connection is gone: the server rolled back
        }
    }

private:
    PgSession &m_pg;
};

} // namespace

bool isTeamLibraryUrl(const QString &name)
{
    return name.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           name.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString withoutPassword(const QString &url)
{
    static const QRegularExpression password(QStringLiteral("^([A-Za-z]+://[^:/@?]*):[^@/?]*@"));
    QString shown = url;
    shown.replace(password, QStringLiteral("\\1@"));
    static const QRegularExpression parameter(QStringLiteral("([?&]password=)[^&]*"));
    shown.replace(parameter, QStringLiteral("\\1***"));
    return shown;
}

OpenResult openTeamLibrary(const QString &url, const OpenOptions &options)
{
    const QString shown = withoutPassword(url);
    const QString where = teamLocation(url); // decoded, for messages
    QString error;
    std::unique_ptr<PgSession> pg = PgSession::connect(url, &error);
    if (!pg) {
        return refusal(
            OpenStatus::Failed,
            LibraryText::tr("The team library %1 cannot be opened. %2").arg(where, error));
    }
    const QList<Migration> &chain = options.migrations ? *options.migrations : teamMigrations();
    const int latest = chain.last().version;
    int version = 0;
    PgMigrations target(*pg);
    try {
        version = target.version();
        if (version == 0 && pg->scalar("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "current_schema()") > 0) {
            return refusal(OpenStatus::ForeignDatabase,
                           LibraryText::tr("The database %1 holds tables of another program, so "
                                           "it is not a team library. Nothing was changed. Name "
                                           "an empty database, or one made by Sequence "
                                           "Designer.")
                               .arg(where));
        }
        if (version > latest) {
            return refusal(OpenStatus::NewerSchema,
                           LibraryText::tr("The team library %1 was set up by a newer Sequence "
                                           "Designer (library schema %2; this program knows up "
                                           "to %3). Nothing was changed. Update Sequence "
                                           "Designer to use it.")
                               .arg(where)
                               .arg(version)
                               .arg(latest));
        }
        if (version < latest && options.readOnly) {
            return refusal(OpenStatus::CannotUpgrade,
                           LibraryText::tr("The team library %1 must be set up or upgraded (to "
                                           "schema %2) before it can be read, and it was opened "
                                           "for reading only. Nothing was changed. Open it for "
                                           "editing once to set it up.")
                               .arg(where)
                               .arg(latest));
        }
        if (version < latest)
            runMigrations(target, chain);
    } catch (const sql::Failure &f) {
        return refusal(OpenStatus::Failed,
                       LibraryText::tr("The team library %1 could not be set up or read: %2")
                           .arg(where, pgStatusFor(f.sqlState).message));
    }
    // Every write transaction ends with NOTIFY sd_library_changed (Connection::commit): the
    // window refreshes when another session changed the library (changeSocket).
    try {
        pg->exec("LISTEN sd_library_changed");
    } catch (const sql::Failure &f) {
        return refusal(OpenStatus::Failed, pgStatusFor(f.sqlState).message);
    }
    // Changes are recorded under the server's name for the user, which the roles check.
    QString user;
    try {
        PgStatement current(*pg, "SELECT current_user", false);
        if (current.next())
            user = current.text(0);
    } catch (const sql::Failure &f) {
        return refusal(OpenStatus::Failed, pgStatusFor(f.sqlState).message);
    }
    OpenResult result;
    result.status = OpenStatus::Opened;
    result.readOnly = options.readOnly;
    result.created = version == 0;
    result.upgradedFrom = version > 0 && version < latest ? version : 0;
    auto connection = std::make_unique<Connection>(std::move(pg), shown, options.readOnly, latest);
    connection->setUser(user);
    result.library = Connection::wrap(std::move(connection));
    return result;
}

} // namespace sd::detail

namespace sd {

int teamChangeSocket(const Library &library)
{
    const detail::PgSession *pg = library.connection().pg();
    return pg ? pg->socket() : -1;
}

bool takeOthersChanges(Library &library)
{
    detail::PgSession *pg = library.connection().pg();
    return pg && pg->takeOthersNotifications();
}

} // namespace sd
