#include "CommandLineTool.h"

#include "NewsroomVersion.h"
#include "cli/ArticleCommands.h"
#include "cli/BundleCommands.h"
#include "cli/HistoryCommands.h"
#include "cli/ServerCommands.h"
#include "cli/StoreCommands.h"
#include "cli/WorkflowCommands.h"
#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    StoreCommands::registerVerbs(m_verbs);
    ArticleCommands::registerVerbs(m_verbs);
    WorkflowCommands::registerVerbs(m_verbs);
    BundleCommands::registerVerbs(m_verbs);
    HistoryCommands::registerVerbs(m_verbs);
    ServerCommands::registerVerbs(m_verbs);
}

int CommandLineTool::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Drive a Newsroom newsroom from the command line."));
    const QCommandLineOption helpOption(QStringList { u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption versionOption(u"version"_s, tr("Show the version."));
    const QCommandLineOption dbOption(
        u"db"_s, tr("The newsroom database (default: %1).").arg(DatabaseLocation::defaultPath()),
        tr("path"));
    // Read by the entry point before this parser runs (see Translations); declared so that it is
    // accepted and shown in the help.
    const QCommandLineOption languageOption(
        u"language"_s, tr("The language of the messages: en, ru or be (default: the system's)."),
        tr("code"));
    // Accepted before the command as well as after it, like --db: scripts say who acts once.
    const QCommandLineOption userOption(
        u"user"_s, tr("The acting user (password from NEWSROOM_PASSWORD)."), tr("name"));
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s, tr("Read passwords from standard input, one a line."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    const QCommandLineOption pgOption(
        u"pg"_s,
        tr("A team server instead of --db: a PostgreSQL connection string (libpq's "
           "\"host=… dbname=… user=…\", or a postgresql:// address)."),
        tr("conninfo"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.addOption(userOption);
    parser.addOption(passwordStdinOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(u"command"_s, tr("The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    QString commands = tr("Commands:");
    for (const CliVerb &verb : std::as_const(m_verbs))
        commands += u"\n  "_s + verb.name.leftJustified(16) + verb.summary;

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(versionOption)) {
        m_out << "newsroom-cli " << NEWSROOM_VERSION_STRING << '\n';
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        m_out << parser.helpText() << '\n' << commands << '\n';
        return parser.isSet(helpOption) ? Ok : Usage;
    }
    for (const CliVerb &verb : std::as_const(m_verbs)) {
        if (verb.name != positional.constFirst())
            continue;
        CliContext context(m_out, m_err, m_in,
                           parser.isSet(dbOption) ? parser.value(dbOption)
                                                  : DatabaseLocation::defaultPath());
        if (parser.isSet(pgOption))
            context.setServerConnection(parser.value(pgOption));
        context.setActingUser(parser.value(userOption), parser.isSet(passwordStdinOption));
        const int code = verb.run(context, positional.mid(1));
        m_out.flush();
        m_err.flush();
        return code;
    }
    m_err << tr("Unknown command: %1").arg(positional.constFirst()) << '\n';
    return Usage;
}
