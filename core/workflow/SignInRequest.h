#pragma once

#include "storage/Result.h"
#include "workflow/Argon2Cost.h"

#include <QByteArray>
#include <QString>

class PgConnInfo;
struct WorkflowSession;

// What someone typed to sign in.
struct SignInRequest
{
    QString name;
    QByteArray password;
    // The newsroom has no users yet: create this one (an administrator who also writes) first.
    bool createFirstUser = false;

    // Signs in on a connection of its own to the SQLite newsroom at databasePath, so that it
    // may run on a worker thread while the GUI thread keeps its connection (an Argon2id
    // verification takes a tenth of a second and 64 MiB by design; the GUI stays responsive).
    Result<WorkflowSession> runOnOwnConnection(const QString &databasePath,
                                               Argon2Cost cost = Argon2Cost::production()) const;

    // Signs in to a team server: the connection is the sign-in (PostgreSQL checks the
    // password of the login role `name`), then the server confirms the newsroom account. Opens
    // a connection of its own for that (worker threads, as above) and closes it again; refused
    // when the database has not been set up as a team server (`newsroom-cli server init`),
    // since only then does the server enforce the roles.
    Result<WorkflowSession> runOnServer(const PgConnInfo &connection,
                                        Argon2Cost cost = Argon2Cost::production()) const;
};
