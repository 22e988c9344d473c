#include "NewsroomVersion.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Newsroom"));
    QApplication::setApplicationName(QStringLiteral("newsroom"));
    QApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(NEWSROOM_APP_ID));
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/" NEWSROOM_APP_ID ".png").arg(size),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);

    // Before any translated text is made; the settings it reads need the names above.
    Translations translations;
    translations.installPreferred(QApplication::arguments());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Newsroom"));

    MainWindow window;
    window.show();
    return app.exec();
}
