#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Online backups of a SQLite newsroom: `VACUUM INTO` a new file beside the database (a
// consistent copy taken while the database stays in use), the newest few kept.
//
// Files are <directory>/<database base name>-<yyyyMMdd-HHmmss-zzz UTC>-<reason>.sqlite, so they
// sort by time and several databases can share a directory.
class SqliteBackups
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackups)

public:
    struct Backup
    {
        QString path;
        QDateTime created; // UTC, from the name
        QString reason; // "daily", "before-migration-v4", "manual", "before-restore"
        qint64 size = 0;
    };

    // <database folder>/backups
    static QString defaultDirectory(const QString &databasePath);
    // Newest first.
    static QList<Backup> list(const QString &databasePath, const QString &directory);
    static QString newest(const QString &databasePath, const QString &directory);
    // Whether the daily backup is due at `now`: none yet, or the newest a day old.
    static bool isDailyDue(const QString &databasePath, const QString &directory,
                           const QDateTime &now);

    // Copies the database behind `db` into a new backup file (written under a temporary name,
    // then renamed: a half-written backup never looks like a backup), then keeps only the
    // newest `keep`. Returns the new file's path.
    static Result<QString> create(QSqlDatabase &db, const QString &databasePath,
                                  const QString &directory, const QString &reason,
                                  const QDateTime &now, int keep);

    // Deletes all but the newest `keep` backups of the database (and leftovers of interrupted
    // backups).
    static void rotate(const QString &databasePath, const QString &directory, int keep);
};
