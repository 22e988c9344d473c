// The team server from the desk's side, against the throwaway PostgreSQL cluster of the
// "postgresql" CTest fixture: File ▸ Connect to Team Server moves a window from its local
// newsroom to the server through the real dialog, the list shows the server's articles, and
// what another desk commits appears without polling — the list, the review queue and the
// notifications — within a second. The server's refusals reach the dialog readable.

#include "InMemorySecretStore.h"
#include "PgTestServer.h"
#include "TestArticles.h"
#include "articlelist/ArticleListModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ReviewDocks.h"
#include "mainwindow/Settings.h"
#include "review/ReviewQueueModel.h"
#include "storage/postgresql/PgServerSchema.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "team/OpenNewsroom.h"
#include "team/TeamServerDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

const Argon2Cost kCost = Argon2Cost::insecureForTestsOnly();
const QByteArray kOfficerPassword = "officer-pw";
const QByteArray kSupervisorPassword = "supervisor-pw";

TeamServerDialog::Connector serverConnector()
{
    return [](const SignInRequest &request, const PgConnInfo &connection) {
        return request.runOnServer(connection, kCost);
    };
}

void fill(TeamServerDialog &dialog, const QString &host, const QString &database,
          const QString &user, const QByteArray &password)
{
    for (QLineEdit *e :
         { dialog.hostEdit(), dialog.databaseEdit(), dialog.userEdit(), dialog.passwordEdit() })
        e->clear();
    QTest::keyClicks(dialog.hostEdit(), host);
    QTest::keyClicks(dialog.databaseEdit(), database);
    QTest::keyClicks(dialog.userEdit(), user);
    QTest::keyClicks(dialog.passwordEdit(), QString::fromUtf8(password));
}

} // namespace

class tst_TeamServerWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_officer;
    QString m_supervisor;
    InMemorySecretStore m_secrets;

    // Another desk: its own connection, its own workflow.
    QUuid commitAs(const QString &user, const QByteArray &password, const QString &headline,
                   bool submit)
    {
        PgStore::Options o;
        o.migrate = false;
        o.listen = false;
        auto store = PgStore::open(
            PgTestServer::userConnection(m_database, user, QString::fromUtf8(password)), o);
        if (!store) {
            qWarning() << store.error().message;
            return {};
        }
        Workflow workflow(**store, kCost);
        Result<WorkflowSession> session = workflow.signIn(user, password);
        if (!session)
            return {};
        const Article a = newArticle(headline);
        if (Result<SaveResult> saved = workflow.saveArticle(*session, a, 0); !saved) {
            qWarning() << saved.error().message;
            return {};
        }
        if (submit) {
            if (Result<ArticleStatus> s = workflow.perform(*session, a.id, WorkflowAction::Submit);
                !s) {
                qWarning() << s.error().message << s.error().items;
                return {};
            }
        }
        return a.id;
    }

    // Fills the dialog the application shows (modal, so found as the active modal widget)
    // once its event loop runs, and presses Connect.
    void answerTheDialog(const QString &user, const QByteArray &password)
    {
        QTimer::singleShot(0, this, [this, user, password] {
            auto *dialog = qobject_cast<TeamServerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog, PgTestServer::host(), m_database, user, password);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

    // For the reviewers' eyes, on request (NEWSROOM_SCREENSHOT_DIR), never by default.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("NEWSROOM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"NewsroomTest"_s);
        QCoreApplication::setApplicationName(u"tst_TeamServerWindow"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QVERIFY2(PgTestServer::available(), PgTestServer::missingReason().constData());
        m_database = PgTestServer::createDatabase(u"tst_teamwindow"_s);
        QVERIFY(!m_database.isEmpty());
        // Login roles are cluster-wide: names of our own.
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_officer = u"desk_officer_"_s + suffix;
        m_supervisor = u"desk_supervisor_"_s + suffix;

        auto owner = PgStore::open(PgTestServer::ownerConnection(m_database),
                                   PgStore::Options { true, false, {} });
        QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().message));
        QVERIFY(PgServerSchema::install(**owner));
        QVERIFY(PgServerSchema::addUser(**owner, m_officer, u"Anna"_s, Role::Officer,
                                        kOfficerPassword, kCost));
        QVERIFY(PgServerSchema::addUser(**owner, m_supervisor, u"Igor"_s, Role::Supervisor,
                                        kSupervisorPassword, kCost));
        QVERIFY(!commitAs(m_officer, kOfficerPassword, u"Bridge reopened"_s, false).isNull());
        QVERIFY(!commitAs(m_officer, kOfficerPassword, u"Library hours"_s, true).isNull());
    }

    void cleanupTestCase()
    {
        PgTestServer::dropDatabase(m_database);
        PgTestServer::exec(u"postgres"_s,
                           { u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_officer),
                             u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_supervisor) });
    }

    void fileMenuMovesTheWindowToTheServer()
    {
        // The window starts on a local newsroom, as the application does without a server.
        const QString path = m_dir.filePath(u"local.sqlite"_s);
        SqliteStore::Options o;
        o.dailyBackup = false;
        auto sqlite = SqliteStore::open(path, o);
        QVERIFY(sqlite);
        auto newsroom = std::make_unique<OpenNewsroom>(
            std::move(*sqlite), OpenNewsroom::localLocation(path), false, kCost);
        QVERIFY(newsroom->workflow().addUser(std::nullopt, u"local"_s, {},
                                             Roles(Role::Admin) | Role::Officer, "local-pw"));
        auto local = newsroom->workflow().signIn(u"local"_s, "local-pw");
        QVERIFY(local);

        MainWindow window;
        window.setWorkflow(&newsroom->workflow(), *local);
        window.setLocation(newsroom->location());
        window.setSignIn([](QWidget *) { return std::optional<WorkflowSession>(); });
        QVERIFY(window.switchUserAction()->isEnabled());
        // As app/newsroom/main.cpp wires it.
        window.setConnectToServer([&](QWidget *parent) {
            TeamServerDialog dialog(m_secrets, serverConnector(), parent);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            auto team
                = OpenNewsroom::connectTeamServer(dialog.connection(), dialog.session(), kCost);
            if (!team) {
                qWarning() << team.error().message;
                return false;
            }
            window.useNewsroom(&(*team)->workflow(), (*team)->session());
            window.setLocation((*team)->location());
            window.setSignIn({});
            newsroom = std::move(*team);
            return true;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.listModel()->rowCount(), 0);
        QVERIFY(window.locationLabel()->text().startsWith(u"Local newsroom: "_s));

        QVERIFY(window.connectToServerAction()->isEnabled());
        answerTheDialog(m_officer, kOfficerPassword);
        window.connectToServerAction()->trigger();

        QVERIFY(newsroom->isTeamServer());
        QCOMPARE(window.session().user, m_officer);
        QCOMPARE(window.locationLabel()->text(), u"Team server: %1"_s.arg(m_database));
        // On the server the connection is the sign-in: switching user is connecting again.
        QVERIFY(!window.switchUserAction()->isEnabled());
        ArticleListModel *model = window.listModel();
        QCOMPARE(model->rowCount(), 2);
        QStringList headlines;
        for (int row = 0; row < model->rowCount(); ++row)
            headlines << model->index(row, ArticleListModel::HeadlineColumn).data().toString();
        headlines.sort();
        QCOMPARE(headlines, (QStringList { u"Bridge reopened"_s, u"Library hours"_s }));

        // Another desk commits: the server's notice refreshes the list, well within a second.
        const QUuid id = commitAs(m_officer, kOfficerPassword, u"Snow clearing plan"_s, false);
        QVERIFY(!id.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 1000);
        QCOMPARE(model->rowCount(), 3);
        saveScreenshot(&window, u"team-server-window.png"_s);
    }

    void aSubmissionReachesTheSupervisorLive()
    {
        TeamServerDialog dialog(m_secrets, serverConnector());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        fill(dialog, PgTestServer::host(), m_database, m_supervisor, kSupervisorPassword);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
        auto team = OpenNewsroom::connectTeamServer(dialog.connection(), dialog.session(), kCost);
        QVERIFY2(team, qPrintable(team ? QString() : team.error().message));

        MainWindow window;
        window.setWorkflow(&(*team)->workflow(), (*team)->session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReviewQueueModel *queue = window.reviewDocks()->queueModel();
        const int queued = queue->rowCount();
        QVERIFY(queued >= 1); // "Library hours", submitted in initTestCase
        const qsizetype news = window.reviewDocks()->notificationTexts().size();

        const QUuid id = commitAs(m_officer, kOfficerPassword, u"Water outage Tuesday"_s, true);
        QVERIFY(!id.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), queued + 1, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(window.listModel()->rowOf(id) >= 0, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(window.reviewDocks()->notificationTexts().size() > news, 1000);
        QVERIFY(window.reviewDocks()->notificationTexts().join(u'\n').contains(
            u"Water outage Tuesday"_s));
        window.close();
    }

    void theServersRefusalsAreReadable()
    {
        TeamServerDialog dialog(m_secrets, serverConnector());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy failed(&dialog, &TeamServerDialog::connectFailed);

        fill(dialog, PgTestServer::host(), m_database, m_officer, "not-the-password");
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QString shown = dialog.messageLabel()->text();
        QVERIFY2(shown.contains(u"did not accept the user name or password"_s), qPrintable(shown));
        // libpq's own words follow, for whoever has to look into it.
        QVERIFY2(shown.contains(u"password authentication failed"_s), qPrintable(shown));
        QCOMPARE(dialog.passwordEdit()->text(), QString());
        saveScreenshot(&dialog, u"team-server-wrong-password.png"_s);

        // No server listens in this directory.
        fill(dialog, m_dir.path(), m_database, m_officer, kOfficerPassword);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        shown = dialog.messageLabel()->text();
        QVERIFY2(shown.startsWith(u"Cannot connect to "_s), qPrintable(shown));
        QVERIFY2(shown.contains(m_dir.path()), qPrintable(shown));
        QVERIFY(dialog.isVisible());
    }
};

QTEST_MAIN(tst_TeamServerWindow)
#include "tst_TeamServerWindow.moc"
