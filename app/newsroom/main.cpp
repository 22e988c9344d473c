#include "NewsroomVersion.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Newsroom"));
    QApplication::setApplicationName(QStringLiteral("newsroom"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Newsroom"));
    QApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(NEWSROOM_APP_ID));

    MainWindow window;
    window.show();
    return app.exec();
}
