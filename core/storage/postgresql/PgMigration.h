#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

class PgStore;
class SqlStore;

// Moves a local newsroom onto a team server (`newsroom-cli migrate-to-server`): every table of
// the SQLite database — articles, revisions, images, comments, approvals, signing keys,
// settings, recovery slots and the audit log row for row, so its hash chain stays intact — in
// one server transaction; then each user becomes a login role in the newsroom group roles, with
// no password until an administrator sets one (`server add-user`), and the move itself is
// audited. The server must have the layer (PgServerSchema) and no articles, users or audit rows
// yet; otherwise nothing is written.
class PgMigration
{
    Q_DECLARE_TR_FUNCTIONS(PgMigration)

public:
    struct Summary
    {
        QMap<QString, qint64> rows; // per table copied
        QStringList users; // login roles made, all without a password yet
    };

    static Result<Summary> copy(SqlStore &local, PgStore &server, const QString &sourceName);

    // The tables in copy order (parents before children).
    static QStringList tables();
};
