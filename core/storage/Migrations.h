#pragma once

#include "storage/Result.h"
#include "storage/SqlFlavour.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// One forward step of the schema. Steps are applied in order, each in its own transaction
// together with its row in schema_migrations, so a database is always at exactly one version.
struct MigrationStep
{
    int version = 0;
    QString name; // what the step does (stored; not translated)
    QStringList statements; // portable SQL; {{BLOB}} and {{AUTO_PK}} per SqlFlavour
    // Data conversion after the statements, in the same transaction (may be empty).
    std::function<Result<void>(QSqlDatabase &db)> convert;
};

// The schema's whole history, in one place (Migrations.cpp). Append new steps at the end; never
// change a step that has shipped: databases out there are at its version already.
//
// schema_migrations(version, name, applied_at) records every applied step; the database's
// version is its highest row, 0 for an empty database.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static const QList<MigrationStep> &steps();
    static int latestVersion();

    // 0 for an empty database. Invalid when the database has tables but no schema_migrations:
    // it belongs to some other program.
    static Result<int> currentVersion(QSqlDatabase &db, const SqlFlavour &flavour);

    // Applies the steps after the current version up to targetVersion. appliedAtMs is stored
    // in schema_migrations (milliseconds since the epoch, UTC).
    static Result<void> migrate(QSqlDatabase &db, const SqlFlavour &flavour, int targetVersion,
                                qint64 appliedAtMs);
};
