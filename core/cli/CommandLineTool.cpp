#include "CommandLineTool.h"

#include "NewsroomVersion.h"
#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int CommandLineTool::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Drive a Newsroom newsroom from the command line."));
    const QCommandLineOption helpOption(QStringList { u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption versionOption(u"version"_s, tr("Show the version."));
    const QCommandLineOption dbOption(
        u"db"_s, tr("The newsroom database (default: %1).").arg(DatabaseLocation::defaultPath()),
        tr("path"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(dbOption);
    parser.addPositionalArgument(u"command"_s, tr("The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(versionOption)) {
        m_out << "newsroom-cli " << NEWSROOM_VERSION_STRING << '\n';
        return Ok;
    }
    if (parser.isSet(helpOption) || parser.positionalArguments().isEmpty()) {
        m_out << parser.helpText();
        return parser.isSet(helpOption) ? Ok : Usage;
    }
    m_err << tr("Unknown command: %1").arg(parser.positionalArguments().constFirst()) << '\n';
    return Usage;
}
