#include "FirstPaintProbe.h"
#include "NewsroomVersion.h"
#include "i18n/Translations.h"
#include "mainwindow/BackgroundCheckReport.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Settings.h"
#include "signin/SignInDialog.h"
#include "storage/DatabaseLocation.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "team/KeychainSecretStore.h"
#include "team/OpenNewsroom.h"
#include "team/TeamServerDialog.h"
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

    // Remembered team-server passwords: the desktop keychain, under the application's name.
    KeychainSecretStore secrets(QApplication::applicationName());
    // The dialog signs in on its worker thread, on a connection of its own.
    const TeamServerDialog::Connector connector
        = [](const SignInRequest &request, const PgConnInfo &connection) {
              return request.runOnServer(connection);
          };
    // Shows the dialog; on success the window's own connection to the server.
    const auto connectTeamServer
        = [&](QWidget *parent, bool atStart) -> std::unique_ptr<OpenNewsroom> {
        TeamServerDialog dialog(secrets, connector, parent);
        if (atStart) {
            dialog.setRejectText(QApplication::translate("main", "Use &Local Newsroom"));
            dialog.connectWithRememberedPassword();
        }
        if (dialog.exec() != QDialog::Accepted)
            return {};
        if (!dialog.rememberError().isEmpty())
            QMessageBox::warning(parent, QApplication::translate("main", "Newsroom"),
                                 dialog.rememberError());
        auto opened = OpenNewsroom::connectTeamServer(dialog.connection(), dialog.session());
        if (!opened) {
            QMessageBox::critical(parent, QApplication::translate("main", "Newsroom"),
                                  opened.error().message);
            return {};
        }
        return std::move(*opened);
    };

    std::unique_ptr<OpenNewsroom> newsroom;
    // The local file's check behind the first window (none on a team server).
    std::unique_ptr<BackgroundCheckReport> checkReport;
    // The remembered team server first; the local newsroom when there is none or the user
    // chooses it.
    if (!Settings().teamServer().isEmpty())
        newsroom = connectTeamServer(nullptr, true);

    const QString path = DatabaseLocation::defaultPath();
    if (!newsroom) {
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
        const QFuture<SqliteStore::BackgroundCheck> check = (*store)->backgroundCheck();
        auto local = std::make_unique<OpenNewsroom>(std::move(*store),
                                                    OpenNewsroom::localLocation(path), false);
        Workflow &workflow = local->workflow();
        if (firstStart) {
            // Three accounts and a signing key: a few Argon2id hashes, once, on first start.
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
        checkReport = std::make_unique<BackgroundCheckReport>(check);

        // The password check runs on the dialog's worker thread, on a connection of its own.
        SignInDialog signIn(
            [path](const SignInRequest &request) { return request.runOnOwnConnection(path); });
        signIn.setFirstUserMode(!*hasUsers);
        if (SampleAccounts::isSampleNewsroom(local->store())) {
            QList<std::pair<QString, QString>> demo;
            for (const SampleAccounts::Account &a : SampleAccounts::accounts())
                demo.append({ a.name, a.password });
            signIn.setDemoAccounts(demo);
        }
        FirstPaintProbe::mark("signin-dialog");
        std::unique_ptr<OpenNewsroom> team;
        signIn.setTeamServerHandler([&](QWidget *parent) {
            team = connectTeamServer(parent, false);
            return team != nullptr;
        });
        const int answer = signIn.exec();
        if (answer == SignInDialog::TeamServerChosen && team) {
            newsroom = std::move(team);
            checkReport.reset(); // the window will not be on that file
        } else if (answer == QDialog::Accepted) {
            local->setSession(signIn.session());
            newsroom = std::move(local);
        } else {
            return 0;
        }
    }

    MainWindow window;
    window.setSections(SampleNewsroom::sections());
    // Switch User: the same sign-in, over the open window. On a team server the connection is
    // the sign-in: another user connects again (Connect to Team Server).
    const auto localSignIn = [path](QWidget *parent) -> std::optional<WorkflowSession> {
        SignInDialog again(
            [path](const SignInRequest &request) { return request.runOnOwnConnection(path); },
            parent);
        if (again.exec() != QDialog::Accepted)
            return std::nullopt;
        return again.session();
    };
    window.setWorkflow(&newsroom->workflow(), newsroom->session());
    window.setLocation(newsroom->location());
    window.setSignIn(newsroom->isTeamServer() ? MainWindow::SignIn {} : localSignIn);
    window.setConnectToServer([&](QWidget *parent) {
        std::unique_ptr<OpenNewsroom> team = connectTeamServer(parent, false);
        if (!team)
            return false;
        window.useNewsroom(&team->workflow(), team->session());
        window.setLocation(team->location());
        window.setSignIn({});
        // The window has let go of the previous newsroom.
        newsroom = std::move(team);
        return true;
    });
    if (checkReport)
        checkReport->setWindow(&window);
    window.show();
    // Unsaved text a crash left behind is offered before anything else.
    window.offerRecovery();
    return app.exec();
}
