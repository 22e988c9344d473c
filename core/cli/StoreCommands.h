#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>

// newsroom-cli verbs about the database itself:
//   init                 create the newsroom (or bring its schema up to date)
//   backup               take a backup now; prints its path
//   backups [--json]     list the backups, newest first
//   restore FILE         replace the database with a backup (the replaced file is kept)
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    static void registerVerbs(QList<CliVerb> &verbs);

    static int init(CliContext &context, const QStringList &arguments);
    static int backup(CliContext &context, const QStringList &arguments);
    static int backups(CliContext &context, const QStringList &arguments);
    static int restore(CliContext &context, const QStringList &arguments);
};
