// SPDX-License-Identifier: MIT
#include "pgsession.h"
#include "connection.h"

#include <libpq-fe.h>

namespace sd::detail {

namespace {

constexpr Oid byteaOid = 17;

[[noreturn]] void failWith(pg_conn *conn, const pg_result *result)
{
    QByteArray state;
    if (result) {
        if (const char *s = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            state = s;
    }
    if (state.isEmpty()) // no answer from the server: the connection is gone
        state = PQstatus(conn) == CONNECTION_OK ? "XX000" : "08006";
    throw sql::Failure{SQLITE_ERROR, QString::fromUtf8(PQerrorMessage(conn)), state};
}

} // namespace

void PgResultDeleter::operator()(pg_result *r) const
{
    PQclear(r);
}

std::unique_ptr<PgSession> PgSession::connect(const QString &url, QString *error)
{
    // Defaults first: what the URL says overrides them. Without a timeout, a server that never
    // answers would keep the program waiting forever.
    const QByteArray dbname = url.toUtf8();
    const char *const keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char *const values[] = {"10", "Sequence Designer", dbname.constData(), nullptr};
    pg_conn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = conn ? connectionProblem(QString::fromUtf8(PQerrorMessage(conn)),
                                          PQconnectionNeedsPassword(conn) != 0)
                      : LibraryText::tr("There is not enough memory to connect. Close other "
                                        "programs, then try again.");
        PQfinish(conn);
        return nullptr;
    }
    std::unique_ptr<PgSession> session(new PgSession(conn));
    try {
        // Like SQLite's busy timeout: a change waits up to 5 s for another one, then says so.
        // UTC and no surprises from the server's settings.
        session->exec("SET lock_timeout = '5s'; SET TIME ZONE 'UTC'; "
                      "SET client_encoding = 'UTF8'; SET standard_conforming_strings = on");
    } catch (const sql::Failure &f) {
        *error = f.message.trimmed();
        return nullptr;
    }
    return session;
}

QString connectionProblem(const QString &libpq, bool needsPassword)
{
    const auto says = [&](const char *words) {
        return libpq.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (needsPassword || says("password authentication failed") || says("no password supplied") ||
        (says("role") && says("does not exist"))) {
        return LibraryText::tr("The server refused the user name or the password. Check both "
                               "(ask the team's administrator when in doubt), then try again.");
    }
    if (says("does not exist") && says("database")) {
        return LibraryText::tr("The server has no such database. Check the database name, or "
                               "ask the team's administrator to create it.");
    }
    if (says("could not translate host name")) {
        return LibraryText::tr("The server's name is not known on this network. Check the "
                               "host name.");
    }
    if (says("timeout expired")) {
        return LibraryText::tr("The server did not answer within 10 seconds. Check the host "
                               "and the port, and that this computer may reach the server.");
    }
    if (says("connection refused") || says("no such file or directory") ||
        says("could not connect")) {
        return LibraryText::tr("Nothing answered at that address: the server is not running "
                               "there, or it listens on another port. Check the host and the "
                               "port, and that the server is running.");
    }
    return LibraryText::tr("The server could not be reached (%1). Check the address, the user "
                           "name and the password, and that the server is running.")
        .arg(libpq.trimmed());
}

int PgSession::socket() const
{
    return PQsocket(m_conn);
}

bool PgSession::takeOthersNotifications()
{
    if (PQconsumeInput(m_conn) == 0)
        return false; // the connection is gone: the next operation says so
    bool others = false;
    const int self = PQbackendPID(m_conn);
    while (PGnotify *n = PQnotifies(m_conn)) {
        others = others || n->be_pid != self;
        PQfreemem(n);
    }
    return others;
}

PgSession::~PgSession()
{
    PQfinish(m_conn);
}

void PgSession::check(const PgResult &result) const
{
    const ExecStatusType s = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        failWith(m_conn, result.get());
}

void PgSession::exec(const char *sql)
{
    check(PgResult(PQexec(m_conn, sql)));
}

qint64 PgSession::scalar(const char *sql)
{
    const PgResult r(PQexec(m_conn, sql));
    check(r);
    return PQntuples(r.get()) > 0 ? QByteArray(PQgetvalue(r.get(), 0, 0)).toLongLong() : 0;
}

QByteArray PgSession::identifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        failWith(m_conn, nullptr);
    QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

QByteArray pgParameters(const char *sql, QList<int> *numbering)
{
    QByteArray out;
    int used = 0;
    bool quoted = false;
    for (const char *p = sql; *p; ++p) {
        if (*p == '\'')
            quoted = !quoted;
        if (quoted || *p != '?' || !(p[1] >= '0' && p[1] <= '9')) {
            out += *p;
            continue;
        }
        int n = 0;
        while (p[1] >= '0' && p[1] <= '9')
            n = n * 10 + (*++p - '0');
        if (numbering->size() <= n)
            numbering->resize(n + 1, -1);
        if ((*numbering)[n] < 0)
            (*numbering)[n] = used++;
        out += '$' + QByteArray::number((*numbering)[n] + 1);
    }
    return out;
}

PgStatement::PgStatement(PgSession &session, const char *sql, bool named)
    : m_session(session), m_sql(pgParameters(sql, &m_slot))
{
    qsizetype count = 0;
    for (const int s : std::as_const(m_slot))
        count = std::max(count, qsizetype(s + 1));
    m_values.resize(count);
    m_null.fill(true, count);
    m_binary.fill(false, count);
    if (named) {
        m_name = session.nextStatementName();
        session.check(PgResult(PQprepare(session.handle(), m_name.constData(), m_sql.constData(),
                                         int(count), nullptr)));
    }
}

void PgStatement::set(int i, QByteArray value, bool binary)
{
    const int slot = i < m_slot.size() ? m_slot[i] : -1;
    if (slot < 0)
        return; // SQLite ignores a parameter the SQL does not use, and so do we
    m_values[slot] = std::move(value);
    m_null[slot] = false;
    m_binary[slot] = binary;
}

void PgStatement::bindText(int i, const QByteArray &utf8)
{
    set(i, utf8, false);
}

void PgStatement::bindInteger(int i, qint64 v)
{
    set(i, QByteArray::number(v), false);
}

void PgStatement::bindReal(int i, double v)
{
    set(i, QByteArray::number(v, 'g', 17), false);
}

void PgStatement::bindNullValue(int i)
{
    const int slot = i < m_slot.size() ? m_slot[i] : -1;
    if (slot >= 0)
        m_null[slot] = true;
}

void PgStatement::bindBlobValue(int i, const QByteArray &bytes)
{
    set(i, bytes, true);
}

void PgStatement::execute()
{
    const qsizetype n = m_values.size();
    QList<const char *> values(n);
    QList<int> lengths(n);
    QList<int> formats(n);
    for (qsizetype k = 0; k < n; ++k) {
        values[k] = m_null[k] ? nullptr : m_values[k].constData();
        lengths[k] = int(m_values[k].size());
        formats[k] = m_binary[k] ? 1 : 0;
    }
    pg_conn *conn = m_session.handle();
    m_result.reset(m_name.isEmpty()
                       ? PQexecParams(conn, m_sql.constData(), int(n), nullptr, values.constData(),
                                      lengths.constData(), formats.constData(), 0)
                       : PQexecPrepared(conn, m_name.constData(), int(n), values.constData(),
                                        lengths.constData(), formats.constData(), 0));
    m_row = -1;
    m_session.check(m_result);
}

bool PgStatement::next()
{
    if (!m_result)
        execute();
    return ++m_row < PQntuples(m_result.get());
}

void PgStatement::run()
{
    execute();
    reset();
}

void PgStatement::reset()
{
    m_result.reset();
    m_row = -1;
    m_null.fill(true);
    m_binary.fill(false);
}

QString PgStatement::text(int col) const
{
    if (isNull(col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), m_row, col),
                             PQgetlength(m_result.get(), m_row, col));
}

QByteArray PgStatement::bytes(int col) const
{
    if (isNull(col))
        return {};
    const char *value = PQgetvalue(m_result.get(), m_row, col);
    if (PQftype(m_result.get(), col) != byteaOid)
        return QByteArray(value, PQgetlength(m_result.get(), m_row, col));
    size_t size = 0;
    unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &size);
    if (!raw)
        throw std::bad_alloc();
    QByteArray bytes(reinterpret_cast<const char *>(raw), qsizetype(size));
    PQfreemem(raw);
    return bytes;
}

qint64 PgStatement::integer(int col) const
{
    if (isNull(col))
        return 0;
    const char *value = PQgetvalue(m_result.get(), m_row, col);
    if (value[0] == 't' || value[0] == 'f') // a boolean
        return value[0] == 't' ? 1 : 0;
    return QByteArray::fromRawData(value, PQgetlength(m_result.get(), m_row, col)).toLongLong();
}

double PgStatement::real(int col) const
{
    if (isNull(col))
        return 0;
    const char *value = PQgetvalue(m_result.get(), m_row, col);
    return QByteArray::fromRawData(value, PQgetlength(m_result.get(), m_row, col)).toDouble();
}

bool PgStatement::isNull(int col) const
{
    return !m_result || m_row < 0 || PQgetisnull(m_result.get(), m_row, col);
}

// What happened and what to do, by SQLSTATE class; never the server's own words (they name
// tables and columns).
StoreStatus pgStatusFor(const QByteArray &state)
{
    const QByteArray cls = state.left(2);
    if (state == "40001" || state == "40P01" || state == "55P03" || state == "57014")
        return {StoreError::Busy,
                LibraryText::tr("The team library is busy: another change held it longer than 5 "
                                "seconds, so nothing was changed. Try again in a moment.")};
    if (state == "42704")
        return {StoreError::NotFound,
                LibraryText::tr("There is no user or role of that name on the team library's "
                                "server. Check the name.")};
    if (state == "42501")
        return {StoreError::Refused,
                LibraryText::tr("Your role in the team library does not allow this change, so "
                                "nothing was changed. Ask the team library's administrator for "
                                "the sequence manager role.")};
    if (cls == "25" && state == "25006")
        return {StoreError::ReadOnly,
                LibraryText::tr("The team library's server accepts only reading now (a standby "
                                "or read-only server), so nothing was changed. Connect to the "
                                "primary server to make changes.")};
    if (cls == "23" || cls == "22")
        return {StoreError::Invalid,
                LibraryText::tr("The change breaks a rule of the library (a name too long or "
                                "empty, an id used twice, a tag level with /), so it was not "
                                "saved. Correct it and try again.")};
    if (cls == "08" || cls == "57" || cls == "53")
        return {StoreError::Failed,
                LibraryText::tr("The connection to the team library was lost or its server is "
                                "out of resources, so nothing was changed. Check the network and "
                                "the server, then open the team library again.")};
    if (cls == "42")
        return {StoreError::Failed,
                LibraryText::tr("The team library's tables are not as this program expects "
                                "(another program may have changed them), so nothing was "
                                "changed. Ask the team library's administrator to check the "
                                "database.")};
    return {StoreError::Failed,
            LibraryText::tr("The team library could not complete the operation (PostgreSQL "
                            "error %1), so nothing was changed. Try again; if this repeats, "
                            "open the team library again.")
                .arg(QString::fromLatin1(state))};
}

} // namespace sd::detail
