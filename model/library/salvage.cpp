// SPDX-License-Identifier: MIT
// "Open a recovered copy": copies every sequence SQLite can still read whole out of a damaged
// library into a new one. The damaged file is opened read-only and immutable, so it is never
// changed.
#include "connection.h"
#include "hardening.h"
#include "library.h"
#include "sequencerows.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace sd {

using namespace detail;

namespace {

QString recoveredPathFor(const QString &damaged)
{
    const QFileInfo fi(damaged);
    const QString suffix = fi.suffix().isEmpty() ? QStringLiteral("sqlite") : fi.suffix();
    QString candidate =
        fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-recovered.") + suffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = fi.dir().filePath(fi.completeBaseName() +
                                      QStringLiteral("-recovered-%1.").arg(n) + suffix);
    }
    return candidate;
}

// Sequence ids from the table row by row (jumping ahead past a damaged spot), then from the
// primary-key index, which may be whole where the table is not.
QStringList salvageIds(sqlite3 *db)
{
    QStringList ids;
    QSet<QString> seen;
    const auto add = [&](const QString &id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    qint64 last = 0;
    qint64 jump = 1;
    for (int misses = 0; misses < 62;) {
        try {
            sql::Statement st(db, "SELECT rowid, id FROM sequences NOT INDEXED WHERE rowid > ?1 "
                                  "ORDER BY rowid LIMIT 1");
            st.bind(1, last);
            if (!st.next())
                break;
            last = st.integer(0);
            add(st.text(1));
            jump = 1;
            misses = 0;
        } catch (const sql::Failure &) {
            last += jump;
            jump *= 2;
            ++misses;
        }
    }
    try {
        sql::Statement st(db, "SELECT id FROM sequences INDEXED BY sqlite_autoindex_sequences_1");
        while (st.next())
            add(st.text(0));
    } catch (const sql::Failure &) {
        // The index is damaged too: the table walk found what there is.
    }
    return ids;
}

// Copies the rows of `table` whose sequence_id is `id` as they are (every column, in order).
void copyRows(sqlite3 *from, sqlite3 *to, const char *table, const QString &id)
{
    sql::Statement get(from, QByteArray("SELECT * FROM ") + table + " WHERE sequence_id = ?1");
    get.bind(1, id);
    const int columns = sqlite3_column_count(get.handle());
    QByteArray insert = QByteArray("INSERT INTO ") + table + " VALUES (?";
    for (int c = 1; c < columns; ++c)
        insert += ", ?";
    sql::Statement put(to, insert + ')');
    while (get.next()) {
        for (int c = 0; c < columns; ++c)
            sql::check(
                to, sqlite3_bind_value(put.handle(), c + 1, sqlite3_column_value(get.handle(), c)));
        put.run();
    }
}

// A library of schema 1 to 4 keeps unsaved edits in the recovery area's own JSON, which the
// strict reader does not read (schema.cpp, version 5). They are copied into a scratch library in
// memory at the damaged file's version, with each sequence's status (which the conversion
// reads), and upgraded there by the same migrations as an open, so the copy gets them in the file
// format as an upgrade of the undamaged file would.
sql::DbHandle upgradedRecovery(sqlite3 *damaged, int version, const QStringList &ids)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    sql::DbHandle scratch(raw);
    const QList<Migration> &chain = Library::migrations();
    for (const Migration &m : chain) {
        if (m.version <= version)
            sql::exec(scratch.get(), m.sql);
    }
    for (const QString &id : ids) {
        sql::exec(scratch.get(), "SAVEPOINT one");
        try {
            sql::Statement status(damaged, "SELECT status FROM sequences WHERE id = ?1");
            if (status.bind(1, id).next()) {
                sql::Statement put(scratch.get(),
                                   "INSERT INTO sequences (id, name, record_type, status, "
                                   "created_at, created_by, modified_at, modified_by) VALUES "
                                   "(?1, 'scratch', 'lead', ?2, 0, '', 0, '')");
                put.bind(1, id).bind(2, status.text(0)).run();
            }
            for (const char *table : {"recovery", "recovery_steps", "recovery_order"})
                copyRows(damaged, scratch.get(), table, id);
            sql::exec(scratch.get(), "RELEASE one");
        } catch (const sql::Failure &) {
            sql::exec(scratch.get(), "ROLLBACK TO one; RELEASE one");
        }
    }
    for (const Migration &m : chain) {
        if (m.version > version)
            sql::exec(scratch.get(), m.sql);
    }
    return scratch;
}

// The unsaved edits of one sequence, if they can be read.
void copyRecoveryRows(sqlite3 *from, sqlite3 *to, const QString &id)
{
    sql::exec(to, "SAVEPOINT recovery_copy");
    try {
        sql::Statement row(from, "SELECT base_version, saved_at, saved_by, content, removed, "
                                 "step_ids FROM recovery WHERE sequence_id = ?1");
        if (row.bind(1, id).next()) {
            sql::Statement put(to, "INSERT INTO recovery (sequence_id, base_version, "
                                   "saved_at, saved_by, content, removed, step_ids) VALUES "
                                   "(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            put.bind(1, id)
                .bind(2, row.integer(0))
                .bind(3, row.integer(1))
                .bind(4, row.text(2))
                .bind(5, row.bytes(3))
                .bind(6, row.bytes(4));
            if (row.isNull(5))
                put.bindNull(7);
            else
                put.bind(7, row.bytes(5));
            put.run();
        }
        sql::exec(to, "RELEASE recovery_copy");
    } catch (const sql::Failure &) {
        sql::exec(to, "ROLLBACK TO recovery_copy; RELEASE recovery_copy");
    }
}

// The schema version from which the recovery area holds the file format (schema.cpp).
constexpr int recoveryInFileFormat = 5;

// The unsaved edits of the recovered sequences, converted first when the library is older.
void copyUnsavedEdits(sqlite3 *damaged, sqlite3 *out, const QStringList &ids)
{
    int version = Library::latestSchemaVersion();
    try {
        version = int(sql::scalar(damaged, "PRAGMA user_version"));
    } catch (const sql::Failure &) {
    }
    sql::DbHandle converted;
    if (version < recoveryInFileFormat) {
        try {
            converted = upgradedRecovery(damaged, version, ids);
        } catch (const sql::Failure &) {
            return; // the old recovery area cannot be read: the saved sequences are what there is
        }
    }
    for (const QString &id : ids)
        copyRecoveryRows(converted ? converted.get() : damaged, out, id);
}

} // namespace

StoreResult<RecoverReport> Library::recoverCopy(const QString &damagedPath, const QString &copyPath)
{
    const QString target = copyPath.isEmpty() ? recoveredPathFor(damagedPath) : copyPath;
    if (QFileInfo::exists(target)) {
        return StoreStatus{
            StoreError::Conflict,
            LibraryText::tr("%1 exists already. Choose another name for the recovered "
                            "copy.")
                .arg(QDir::toNativeSeparators(target))};
    }
    OpenedDb source = openHardened(damagedPath, AccessMode::Inspect);
    if (!source.db) {
        return StoreStatus{
            StoreError::Damaged,
            LibraryText::tr("Nothing can be recovered from %1: it cannot be opened even for "
                            "reading. Restore it from a backup.")
                .arg(QDir::toNativeSeparators(damagedPath))};
    }
    OpenResult opened = Library::open(target);
    if (!opened)
        return StoreStatus{StoreError::Failed, opened.message};

    Connection damaged(std::move(source.db), damagedPath, true, 0);
    Connection &out = opened.library->connection();
    RecoverReport report;
    report.copyPath = target;
    const StoreStatus status = guarded([&] {
        sql::Transaction t(out.db());
        QStringList recovered;
        for (const QString &id : salvageIds(damaged.db())) {
            std::optional<SequenceRecord> record;
            try {
                record = readSequence(damaged, id);
            } catch (const sql::Failure &) {
            }
            if (!record) {
                ++report.sequencesLost;
                continue;
            }
            const SequenceRecord &r = *record;
            const RowMeta meta{r.sequence.status,     r.version,
                               timestamp(r.created),  r.createdBy,
                               timestamp(r.modified), r.modifiedBy};
            try {
                sql::exec(out.db(), "SAVEPOINT one");
                writeSequence(out, r.sequence, meta, false);
                sql::exec(out.db(), "RELEASE one");
            } catch (...) {
                // Damage that still parses but breaks a rule or a constraint: not a sequence to
                // hand back.
                sql::exec(out.db(), "ROLLBACK TO one; RELEASE one");
                ++report.sequencesLost;
                continue;
            }
            recovered.append(id);
            ++report.sequencesRecovered;
        }
        copyUnsavedEdits(damaged.db(), out.db(), recovered);
        t.commit();
    });
    if (!status)
        return status;
    return report;
}

} // namespace sd
