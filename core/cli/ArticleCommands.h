#pragma once

#include "cli/CliContext.h"
#include "storage/StoreTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// newsroom-cli verbs about articles:
//   article new --headline S [--lead S] [--section S] [--language L] [--body FILE|-] [FIELD…]
//                                         prints the new article's id
//   article set ID --FIELD VALUE … [--base-version N]   prints the new version
//   article show ID [--json]
//   list [--status S] [--section S] [--author S] [--language L] [--from T] [--to T]
//        [--sort KEY] [--ascending] [--limit N] [--json]
//   search QUERY [--limit N] [--json]
//   history ID [--json]
// Text output is tab-separated, one record a line; --json prints the records as a JSON array
// (article show: one object).
class ArticleCommands
{
    Q_DECLARE_TR_FUNCTIONS(ArticleCommands)

public:
    static void registerVerbs(QList<CliVerb> &verbs);

    static int article(CliContext &context, const QStringList &arguments);
    static int list(CliContext &context, const QStringList &arguments);
    static int search(CliContext &context, const QStringList &arguments);
    static int history(CliContext &context, const QStringList &arguments);

    static QJsonObject summaryToJson(const ArticleSummary &summary);
    // A body given on the command line (a file or standard input) as canonical HTML: markup is
    // sanitised (what had to go is listed in dropped), plain text becomes paragraphs (blank
    // lines between them).
    static QString bodyFromInput(const QString &text, QStringList *dropped = nullptr);

private:
    static int articleNew(CliContext &context, const QStringList &arguments);
    static int articleSet(CliContext &context, const QStringList &arguments);
    static int articleShow(CliContext &context, const QStringList &arguments);
};
