#pragma once

#include "storage/SqlStore.h"
#include "storage/sqlite/SqliteBackups.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>
#include <optional>

struct sqlite3;

// The embedded store: one SQLite file through Qt's QSQLITE driver.
//
// open() refuses, without writing a byte, a file that is not a database, a damaged database
// (PRAGMA quick_check) and one written by a newer Newsroom; the error names the file and the
// newest backup. Otherwise it sets WAL, synchronous=NORMAL, foreign keys and a busy timeout,
// backs up and migrates an older schema, brings the search index up to date, and takes the
// daily backup when one is due.
class SqliteStore : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)

public:
    // When open() runs PRAGMA quick_check. It reads the whole file: on a large newsroom that is
    // seconds, which a window must not wait for before its first paint.
    enum class IntegrityCheck {
        AtOpen, // open() returns after the check (the CLI, tests, tools)
        // open() looks at the file's header and schema, then checks it on a worker thread (and
        // takes the daily backup after); reads go ahead, the first write waits for the check and
        // every write is refused when it found damage. Open with a migration due, or of a file
        // not yet in WAL mode, checks first all the same: those write at once. Connections of one
        // process share the check of a file: the second waits for the first's.
        InBackground,
    };

    // What the background check found; nothing when the file is sound.
    struct BackgroundCheck
    {
        std::optional<StoreError> problem; // damaged, unreadable or locked: writes are refused
        std::optional<StoreError> backupError; // the daily backup failed (work goes on)
        QString backup; // the daily backup taken, if one was due
    };

    struct Options
    {
        bool dailyBackup = true; // at open, when the newest backup is a day old
        int keepBackups = 7;
        QString backupDirectory; // empty: SqliteBackups::defaultDirectory(path)
        int busyTimeoutMs = 5000;
        Clock clock; // "now" (tests); empty: the system clock
        IntegrityCheck integrityCheck = IntegrityCheck::AtOpen;
    };

    static Result<std::unique_ptr<SqliteStore>> open(const QString &path);
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path, const Options &options);

    ~SqliteStore() override;

    Result<QList<SearchHit>> search(const SearchRequest &request) override;
    // PRAGMA data_version: moves when another connection commits.
    Result<qint64> externalChangeCounter() override;

    QString path() const { return location(); }
    QString backupDirectory() const { return m_backupDirectory; }
    QList<SqliteBackups::Backup> backups() const;
    // A backup now (reason: lower-case letters, digits, dashes). Returns its path.
    Result<QString> backupNow(const QString &reason = QStringLiteral("manual"));
    // A backup if the newest is a day old or there is none; returns its path, or empty when
    // none was due.
    Result<QString> backupIfDue();
    // The outcome of the daily backup attempted by open() (a failed backup does not stop work).
    // With IntegrityCheck::InBackground the backup is the worker's: see backgroundCheck().
    const StoreError *lastBackupError() const { return m_backupError ? &*m_backupError : nullptr; }
    // The check open() left running (IntegrityCheck::InBackground); already finished otherwise.
    QFuture<BackgroundCheck> backgroundCheck() const { return m_check; }

    // PRAGMA quick_check (full = false) or integrity_check: the problems found, empty when sound.
    Result<QStringList> checkIntegrity(bool full = true);
    // Drops and refills the search index from the articles.
    Result<void> rebuildSearchIndex();
    // The connection's sqlite3 handle (for registering functions and tokenizers).
    sqlite3 *handle() const;

    // Replaces the database at databasePath with a copy of the backup, after checking the
    // backup like open() checks a database. The database it replaces (and its WAL) is kept
    // beside it as <name>.replaced-<time>; that path is returned (empty when there was none).
    // No store may have the database open.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath);

    // Whether the file begins like a SQLite database (an empty or absent file counts as new).
    static bool looksLikeSqlite(const QString &path);

protected:
    // Waits for the background check before the first write; refuses writes after damage.
    Result<void> beginTransaction() override;
    Result<void> indexArticle(qint64 rowKey, const SearchText::Document &text) override;

private:
    SqliteStore(QSqlDatabase db, QString path, Options options);
    Result<void> ensureSearchIndex();

    Options m_options;
    QString m_backupDirectory;
    std::optional<StoreError> m_backupError;
    QFuture<BackgroundCheck> m_check;
    bool m_checkPassed = false;
};
