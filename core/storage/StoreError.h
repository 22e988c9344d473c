#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Why a store operation failed. The message is one translated line a user can act on; the
// other fields let callers react without parsing it (a conflict dialog shows both versions, the
// corrupt-database dialog offers the newest backup).
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        NotFound, // no such article / revision / recovery slot
        Conflict, // the stored version moved on since the caller read it
        Invalid, // the input breaks a rule (duplicate slug, bad image, …)
        PermissionDenied, // the acting user may not do this (workflow, server roles)
        Busy, // another program holds the database lock longer than the timeout
        Corrupt, // the file is damaged or not a database at all; nothing was written
        NewerSchema, // written by a newer Newsroom; nothing was written
        Storage, // any other database or file-system failure
    };

    Kind kind = Kind::Storage;
    QString message; // translated, one line
    QString detail; // the driver's own words, for logs; may be empty
    QStringList items; // several findings at once (a checklist, integrity_check lines)

    int storedVersion = -1; // Conflict: the version now in the store
    int baseVersion = -1; // Conflict: the version the caller's change was based on
    QString path; // Corrupt/NewerSchema/Storage: the file concerned
    QString newestBackup; // Corrupt/NewerSchema: the newest backup of that file, if any

    static StoreError notFound(const QString &message);
    static StoreError conflict(int storedVersion, int baseVersion, const QString &what = {});
    static StoreError invalid(const QString &message, const QStringList &items = {});
    static StoreError permissionDenied(const QString &message);
    static StoreError storage(const QString &message, const QString &detail = {});

    // "not found", "conflict", … (stable, untranslated; for JSON output and logs).
    static QString kindName(Kind kind);
};
