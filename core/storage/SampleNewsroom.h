#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "article/Article.h"

class Store;

// The demo content a fresh installation opens with: the sections of a district executive
// committee's site and about ten articles of the kind it publishes (Russian, Belarusian,
// English), in every workflow state. Used by the GUI on first start, the CLI and tests.
class SampleNewsroom
{
    Q_DECLARE_TR_FUNCTIONS(SampleNewsroom)

public:
    // The newsroom's sections (until the newsroom has its own settings table).
    static QStringList sections();
    // The sample articles, with fixed ids and slugs; created/updated times are left to the store.
    static QList<Article> articles();
    // Saves every sample article in one transaction (as user), so a failure leaves nothing.
    static Result<int> populate(Store &store, const QString &user);
};
