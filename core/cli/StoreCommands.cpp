#include "StoreCommands.h"

#include "article/ArticleJson.h"
#include "storage/sqlite/SqliteStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

void StoreCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append({ u"init"_s, tr("Create the newsroom database or update its schema."), init });
    verbs.append({ u"backup"_s, tr("Back up the database now."), backup });
    verbs.append({ u"backups"_s, tr("List the backups of the database."), backups });
    verbs.append({ u"restore"_s, tr("Replace the database with one of its backups."), restore });
}

int StoreCommands::init(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates the newsroom database, or brings an existing "
                                        "one up to the current schema."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"init"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("init takes no arguments."));
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    context.out << tr("The newsroom database %1 is ready (schema version %2).")
                       .arg((*store)->location())
                       .arg((*store)->schemaVersion())
                << '\n';
    return CliContext::Ok;
}

int StoreCommands::backup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Backs up the database now and prints the backup's path."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"backup"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("backup takes no arguments."));
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    auto *sqlite = dynamic_cast<SqliteStore *>(*store);
    if (!sqlite)
        return context.fail(CliContext::Usage, tr("Only a local database can be backed up here."));
    Result<QString> path = sqlite->backupNow();
    if (!path)
        return context.fail(path.error());
    context.out << *path << '\n';
    return CliContext::Ok;
}

int StoreCommands::backups(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the backups of the database, newest first: path, "
                                        "time (UTC), reason and size in bytes."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"backups"_s, arguments); code >= 0)
        return code;
    const QString db = QFileInfo(context.databasePath()).absoluteFilePath();
    const QList<SqliteBackups::Backup> list
        = SqliteBackups::list(db, SqliteBackups::defaultDirectory(db));
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SqliteBackups::Backup &b : list) {
            array.append(QJsonObject { { u"path"_s, b.path },
                                       { u"created"_s, ArticleJson::timeToJson(b.created) },
                                       { u"reason"_s, b.reason },
                                       { u"size"_s, b.size } });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliContext::Ok;
    }
    for (const SqliteBackups::Backup &b : list) {
        context.out << b.path << '\t' << b.created.toString(Qt::ISODate) << '\t' << b.reason << '\t'
                    << b.size << '\n';
    }
    return CliContext::Ok;
}

int StoreCommands::restore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the database with a copy of a backup. The database it replaces is kept "
           "beside it. No other program may have the database open."));
    parser.addPositionalArgument(u"backup"_s, tr("The backup file."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"restore"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("restore needs exactly one backup file."));
    const QString db = QFileInfo(context.databasePath()).absoluteFilePath();
    Result<QString> replaced = SqliteStore::restore(parser.positionalArguments().constFirst(), db);
    if (!replaced)
        return context.fail(replaced.error());
    if (replaced->isEmpty())
        context.out << tr("Restored %1.").arg(db) << '\n';
    else
        context.out << tr("Restored %1; the database it replaced is now %2.").arg(db, *replaced)
                    << '\n';
    return CliContext::Ok;
}
