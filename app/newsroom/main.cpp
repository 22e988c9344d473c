#include "FirstPaintProbe.h"
#include "NewsroomVersion.h"
#include "i18n/Translations.h"
#include "mainwindow/BackgroundCheckReport.h"
#include "mainwindow/MainWindow.h"
#include "signin/SignInDialog.h"
#include "storage/DatabaseLocation.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    FirstPaintProbe::mark("main");
    QApplication app(argc, argv);
    FirstPaintProbe::mark("qapplication");
    if (FirstPaintProbe::wanted())
        app.installEventFilter(new FirstPaintProbe(&app));
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
    FirstPaintProbe::mark("translations");

    const QString path = DatabaseLocation::defaultPath();
    QString error;
    if (!DatabaseLocation::ensureParentExists(path, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsroom"), error);
        return 1;
    }
    const bool firstStart = !QFileInfo::exists(path);
    // The file is checked on a worker thread while the sign-in shows: on a large newsroom
    // quick_check takes seconds. Writes wait for it; damage found is reported below.
    SqliteStore::Options options;
    options.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
    auto store = SqliteStore::open(path, options);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsroom"),
                              store.error().message);
        return 1;
    }
    FirstPaintProbe::mark("store");
    Workflow workflow(**store);
    if (firstStart) {
        // Three accounts and a signing key: a few Argon2id hashes, once, on first start only.
        if (auto filled = SampleAccounts::populate(workflow); !filled)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Newsroom"),
                                 filled.error().message);
    }
    auto hasUsers = workflow.hasUsers();
    if (!hasUsers) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsroom"),
                              hasUsers.error().message);
        return 1;
    }

    FirstPaintProbe::mark("workflow");
    BackgroundCheckReport checkReport((*store)->backgroundCheck());

    // The password check runs on the dialog's worker thread, on a connection of its own.
    SignInDialog signIn(
        [path](const SignInRequest &request) { return request.runOnOwnConnection(path); });
    signIn.setFirstUserMode(!*hasUsers);
    if (SampleAccounts::isSampleNewsroom(**store)) {
        QList<std::pair<QString, QString>> demo;
        for (const SampleAccounts::Account &a : SampleAccounts::accounts())
            demo.append({ a.name, a.password });
        signIn.setDemoAccounts(demo);
    }
    FirstPaintProbe::mark("signin-dialog");
    if (signIn.exec() != QDialog::Accepted)
        return 0;

    MainWindow window;
    window.setSections(SampleNewsroom::sections());
    window.setWorkflow(&workflow, signIn.session());
    // Switch User: the same sign-in, over the open window.
    window.setSignIn([path](QWidget *parent) -> std::optional<WorkflowSession> {
        SignInDialog again(
            [path](const SignInRequest &request) { return request.runOnOwnConnection(path); },
            parent);
        if (again.exec() != QDialog::Accepted)
            return std::nullopt;
        return again.session();
    });
    checkReport.setWindow(&window);
    window.show();
    // Unsaved text a crash left behind is offered before anything else.
    window.offerRecovery();
    return app.exec();
}
