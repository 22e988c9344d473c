#include "NewsroomVersion.h"
#include "cli/CommandLineTool.h"
#include "i18n/Translations.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // QGuiApplication (not QCoreApplication) because the core renders images and documents; the
    // offscreen platform keeps it headless on servers.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Newsroom"));
    QCoreApplication::setApplicationName(QStringLiteral("newsroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION_STRING));

    // Before the tool builds its (translated) help text.
    Translations translations;
    translations.installPreferred(QCoreApplication::arguments());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    CommandLineTool tool(out, err);
    tool.setInput(&in);
    return tool.run(QCoreApplication::arguments());
}
