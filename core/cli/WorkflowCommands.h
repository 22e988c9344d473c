#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>

// newsroom-cli verbs of the review workflow (issue 4). The acting user is --user NAME, the
// password NEWSROOM_PASSWORD or, with --password-stdin, the first line of standard input.
//   user add NAME --role R [--role R2] [--display-name S]   (password: NEWSROOM_NEW_PASSWORD or
//                                      the next stdin line; the first user needs no --user and
//                                      must be an admin)
//   user list [--json] | user passwd NAME | user disable NAME | user roles NAME --role R …
//   submit ID | withdraw ID | approve ID | request-changes ID --comment TEXT | archive ID |
//   unarchive ID
//   comment ID --text TEXT [--quote TEXT] [--reply-to COMMENT_ID] | comments ID [--json] |
//   resolve COMMENT_ID | reopen COMMENT_ID
//   audit [--json] | audit --verify [--anchor N:HASH]
class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommands)

public:
    static void registerVerbs(QList<CliVerb> &verbs);

    static int user(CliContext &context, const QStringList &arguments);
    static int comment(CliContext &context, const QStringList &arguments);
    static int comments(CliContext &context, const QStringList &arguments);
    static int resolve(CliContext &context, const QStringList &arguments, bool resolved);
    static int audit(CliContext &context, const QStringList &arguments);
};
