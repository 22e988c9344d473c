#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>

// newsroom-cli verbs of the supervisor's side and the history (issue 7):
//   diff ID REV_A REV_B [--json]      what changed from one revision to another: metadata field
//                                     by field, the body word by word ([-deleted-] {+inserted+})
//   restore ID REV                    saves revision REV's content as a new revision (acting
//                                     user as for the workflow verbs). `restore BACKUP` (one
//                                     argument) still restores a database backup.
//   queue [--json]                    articles in review, the longest-waiting first
//   notifications [--json] [--since N]  what the acting user should hear about since their
//                                     previous sign-in (or since audit row N)
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)

public:
    // Registers diff, queue and notifications, and extends the existing `restore` verb (a
    // backup) to take an article id and a revision.
    static void registerVerbs(QList<CliVerb> &verbs);

    static int diff(CliContext &context, const QStringList &arguments);
    static int restoreRevision(CliContext &context, const QStringList &arguments);
    static int queue(CliContext &context, const QStringList &arguments);
    static int notifications(CliContext &context, const QStringList &arguments);
};
