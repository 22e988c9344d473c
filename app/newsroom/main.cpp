#include "NewsroomVersion.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "storage/DatabaseLocation.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

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

    const QString path = DatabaseLocation::defaultPath();
    QString error;
    if (!DatabaseLocation::ensureParentExists(path, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsroom"), error);
        return 1;
    }
    const bool firstStart = !QFileInfo::exists(path);
    auto store = SqliteStore::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsroom"),
                              store.error().message);
        return 1;
    }
    // Until sign-in lands (workflow service), the desktop user's name acts.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("officer");
    if (firstStart) {
        if (auto filled = SampleNewsroom::populate(**store, user); !filled)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Newsroom"),
                                 filled.error().message);
    }

    MainWindow window;
    window.setSections(SampleNewsroom::sections());
    window.setStore(store->get(), user);
    window.show();
    return app.exec();
}
