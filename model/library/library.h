// SPDX-License-Identifier: MIT
#pragma once

#include "storeresult.h"

#include <QList>
#include <QString>

#include <memory>

struct sqlite3;

namespace sd {

// One migration of the library schema: run in its own transaction to reach `version`.
struct Migration
{
    int version = 0;
    const char *sql = nullptr;
};

struct OpenOptions
{
    // Create an empty library when the file does not exist (the default library on first start,
    // `import` into a new file). Otherwise a missing file is OpenStatus::Missing.
    bool create = true;
    // The caller only reads (list, export): nothing is written, not even a migration (an
    // older or empty library is CannotUpgrade), and no write lock is ever taken.
    bool readOnly = false;
    // Tests only: another migration chain than the program's (to exercise upgrades); on a team
    // library, one of PostgreSQL migrations.
    const QList<Migration> *migrations = nullptr;
};

enum class OpenStatus {
    Opened,          // ready (see OpenResult::readOnly, created, upgradedFrom)
    Missing,         // no such file and OpenOptions::create was false
    NotSqlite,       // not an SQLite database at all
    ForeignDatabase, // an SQLite database of another program
    NewerSchema,     // written by a newer Sequence Designer
    Damaged,         // quick_check failed in a read transaction; see OpenResult::canRecover
    CannotUpgrade,   // an older schema, but the file is read-only so it cannot be migrated
    Failed,          // I/O error, busy, a failed migration...
    StrayWal,        // the -wal file beside it is another copy's or another library's
};

class Library;

struct OpenResult
{
    OpenStatus status = OpenStatus::Failed;
    std::unique_ptr<Library> library; // set exactly when status is Opened
    QString message; // translated; for failures what is wrong and what to do, else notices
    bool readOnly = false;
    bool created = false;    // a new empty library was made
    int upgradedFrom = 0;    // the schema version before migrating, 0 when none ran
    QString backupPath;      // the copy made before migrating
    bool canRecover = false; // Damaged: Library::recoverCopy can salvage rows

    explicit operator bool() const { return library != nullptr; }
};

struct RecoverReport
{
    QString copyPath;
    int sequencesRecovered = 0;
    int sequencesLost = 0; // rows seen but unreadable
};

namespace detail {
class Connection;
}

// A library: the SQLite file that holds a user's sequences, or a team library on PostgreSQL
// (docs/storage.md).
// Open it with Library::open; the operations live in SequenceStore, SequenceList, TagStore,
// Activation, RecoveryStore/RecoveryWriter and Transfer, which each take a Library&.
class Library
{
public:
    static constexpr int applicationId = 0x53444c42; // "SDLB", PRAGMA application_id
    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] static const QList<Migration> &migrations();

    // `library.sqlite` in QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultPath();
    // True for a team library's URL (postgresql://user@host:port/database, docs/storage.md).
    [[nodiscard]] static bool isTeamLibrary(const QString &name);
    // Opens (and when needed creates or upgrades) a library: a file, or a team library on
    // PostgreSQL when `path` is a postgresql:// URL. Refusals leave the file untouched.
    [[nodiscard]] static OpenResult open(const QString &path, const OpenOptions &options = {});
    // Salvages what SQLite can still read from a damaged library into a new library at
    // `copyPath` (default: "<name>-recovered.sqlite" beside it). The damaged file is only read.
    [[nodiscard]] static StoreResult<RecoverReport> recoverCopy(const QString &damagedPath,
                                                                const QString &copyPath = {});

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // The file, or a team library's URL without its password.
    [[nodiscard]] QString path() const;
    // True for a team library on PostgreSQL.
    [[nodiscard]] bool isTeam() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] int schemaVersion() const;
    // The name recorded as the author of changes: $USER, else $USERNAME.
    [[nodiscard]] QString user() const;
    void setUser(const QString &user);
    // PRAGMA integrity_check; "ok" when the file is sound.
    [[nodiscard]] QString integrityCheck() const;

    [[nodiscard]] detail::Connection &connection() const { return *m_connection; }

private:
    explicit Library(std::unique_ptr<detail::Connection> connection);
    friend class detail::Connection;
    std::unique_ptr<detail::Connection> m_connection;
};

} // namespace sd
