#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>

// newsroom-cli verbs of publishable bundles (issue 6):
//   export ID --out PATH [--embargoed]          PATH ending in .zip: a zip, else a directory;
//                                               prints the bundle's path
//   export --approved [--since DATE] --out DIR [--directories] [--embargoed]
//                                               every approved article (approved since DATE) as
//                                               DIR/<slug>.zip; progress and failures on stderr,
//                                               each bundle's path on stdout, a summary at the
//                                               end; exit 0 only if every export succeeded
//   verify BUNDLE [--key PUBKEY]                hashes, signature, approval and ninjs; exit 0
//                                               only if all hold (5 otherwise, 2 if missing)
//   import BUNDLE… [--json]                     our bundles and plain ninjs JSON files, as new
//                                               drafts, all in one transaction; prints the ids
//   pubkey NAME                                 a user's public key as a minisign .pub file
// Exporting signs in (--user, NEWSROOM_PASSWORD): the exporting user must be the supervisor who
// approved the article, whose key signs the manifest (see bundle/Exporter).
class BundleCommands
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    static void registerVerbs(QList<CliVerb> &verbs);

    static int exportBundles(CliContext &context, const QStringList &arguments);
    static int verify(CliContext &context, const QStringList &arguments);
    static int import(CliContext &context, const QStringList &arguments);
    static int pubkey(CliContext &context, const QStringList &arguments);
};
