#include "ServerCommands.h"

#include "storage/postgresql/PgMigration.h"
#include "storage/postgresql/PgServerSchema.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Sodium.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

// The server's store, opened by its owner (who may create and upgrade the schema).
Result<PgStore *> ownerStore(CliContext &context)
{
    if (!context.usesServer())
        return StoreError::invalid(ServerCommands::tr("Name the server with --pg CONNINFO."));
    context.setServerMayMigrate(true);
    Result<Store *> store = context.store();
    if (!store)
        return store.error();
    auto *pg = dynamic_cast<PgStore *>(*store);
    if (!pg)
        return StoreError::invalid(ServerCommands::tr("Name the server with --pg CONNINFO."));
    return pg;
}

} // namespace

void ServerCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append({ u"server"_s, tr("Set up a team server: init, add-user."), server });
    verbs.append({ u"migrate-to-server"_s, tr("Copy a local newsroom onto a team server."),
                   migrateToServer });
}

int ServerCommands::server(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("server init --pg CONNINFO | server add-user NAME --role R [--role R2] "
           "[--display-name S] --pg CONNINFO. Run as the database's owner."));
    parser.addPositionalArgument(u"action"_s, tr("init or add-user."));
    const QCommandLineOption roleOption(u"role"_s, tr("officer, supervisor or admin."), tr("role"));
    const QCommandLineOption displayOption(u"display-name"_s, tr("The name shown to people."),
                                           tr("name"));
    parser.addOption(roleOption);
    parser.addOption(displayOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"server"_s, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);

    if (action == u"init"_s) {
        if (args.size() != 1)
            return context.fail(CliContext::Usage, tr("server init takes no arguments."));
        Result<PgStore *> pg = ownerStore(context);
        if (!pg)
            return context.fail(pg.error());
        if (Result<void> r = PgServerSchema::install(**pg); !r)
            return context.fail(r.error());
        context.out << tr("The team server %1 is ready (schema version %2; roles %3).")
                           .arg((*pg)->location())
                           .arg((*pg)->schemaVersion())
                           .arg(PgServerSchema::groupRoles().join(u", "_s))
                    << '\n';
        return CliContext::Ok;
    }
    if (action == u"add-user"_s) {
        if (args.size() != 2)
            return context.fail(CliContext::Usage,
                                tr("Usage: server add-user NAME --role R [--role R2]."));
        Roles roles;
        if (!parser.isSet(roleOption))
            return context.fail(CliContext::Usage, tr("server add-user needs --role."));
        if (!rolesFromNames(parser.values(roleOption), &roles))
            return context.fail(CliContext::InvalidInput,
                                tr("Unknown role: roles are officer, supervisor and admin."));
        Result<PgStore *> pg = ownerStore(context);
        if (!pg)
            return context.fail(pg.error());
        if (!(*pg)->serverEnforcesWorkflow())
            return context.fail(CliContext::InvalidInput,
                                tr("The server has not been set up yet: run “newsroom-cli "
                                   "server init” first."));
        Result<QByteArray> password = context.newPassword();
        if (!password)
            return context.fail(password.error());
        Result<void> added = PgServerSchema::addUser(**pg, args.at(1), parser.value(displayOption),
                                                     roles, *password);
        Sodium::wipe(*password);
        if (!added)
            return context.fail(added.error());
        context.out << tr("%1 can now sign in to %2 as %3.")
                           .arg(args.at(1), (*pg)->location(), roleNames(roles).join(u", "_s))
                    << '\n';
        return CliContext::Ok;
    }
    return context.fail(CliContext::Usage, tr("Usage: server init | server add-user NAME."));
}

int ServerCommands::migrateToServer(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies the local newsroom (--db FILE) onto the team server (--pg CONNINFO) in one "
           "transaction. The server must be set up (server init) and hold no newsroom yet. Its "
           "users become login roles without passwords: set them with server add-user."));
    context.addCommonOptions(parser);
    // --db and --pg are both wanted here; CliContext keeps only one, so read them ourselves.
    if (int code = context.parse(parser, u"migrate-to-server"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("migrate-to-server takes no arguments."));
    const QString file = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : context.databasePath();
    if (!parser.isSet(u"pg"_s) && !context.usesServer())
        return context.fail(CliContext::Usage,
                            tr("migrate-to-server needs --db FILE and --pg CONNINFO."));
    if (parser.isSet(u"pg"_s))
        context.setServerConnection(parser.value(u"pg"_s));
    if (!QFileInfo(file).isFile())
        return context.fail(CliContext::NotFound, tr("There is no newsroom %1.").arg(file));

    SqliteStore::Options options;
    options.dailyBackup = false;
    Result<std::unique_ptr<SqliteStore>> local = SqliteStore::open(file, options);
    if (!local)
        return context.fail(local.error());
    Result<PgStore *> pg = ownerStore(context);
    if (!pg)
        return context.fail(pg.error());
    Result<PgMigration::Summary> done
        = PgMigration::copy(**local, **pg, QFileInfo(file).absoluteFilePath());
    if (!done)
        return context.fail(done.error());
    context.out << tr("Copied %1 articles, %2 revisions, %3 comments, %4 approvals and %5 audit "
                      "rows to %6.")
                       .arg(done->rows.value(u"articles"_s))
                       .arg(done->rows.value(u"revisions"_s))
                       .arg(done->rows.value(u"comments"_s))
                       .arg(done->rows.value(u"approvals"_s))
                       .arg(done->rows.value(u"audit_log"_s))
                       .arg((*pg)->location())
                << '\n';
    if (!done->users.isEmpty())
        context.out << tr("Login roles without a password yet (set each with “server add-user "
                          "NAME --role …”): %1")
                           .arg(done->users.join(u", "_s))
                    << '\n';
    return CliContext::Ok;
}
