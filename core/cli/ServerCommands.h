#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>

// newsroom-cli verbs of a team server (PostgreSQL), run by the database owner:
//   server init --pg CONNINFO
//       creates the schema, the group roles newsroom_officer / newsroom_supervisor /
//       newsroom_admin and the functions that enforce the workflow, in an empty database (or
//       refreshes them); prints the schema version
//   server add-user NAME --role R [--role R2] [--display-name S] --pg CONNINFO
//       creates the user's login role (or gives an existing one a new password and these
//       roles); password from NEWSROOM_NEW_PASSWORD or, with --password-stdin, the first line
//   migrate-to-server --db FILE --pg CONNINFO
//       copies a local newsroom onto an initialised, empty server in one transaction; the users
//       become login roles without passwords (set them with server add-user)
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static void registerVerbs(QList<CliVerb> &verbs);

    static int server(CliContext &context, const QStringList &arguments);
    static int migrateToServer(CliContext &context, const QStringList &arguments);
};
