#include "signin/SignInDialog.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
const Argon2Cost kTestCost = Argon2Cost::insecureForTestsOnly();
}

class tst_SignInDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

    SignInDialog::Authenticator authenticator() const
    {
        const QString path = m_path;
        return [path](const SignInRequest &r) { return r.runOnOwnConnection(path, kTestCost); };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"signin.sqlite"_s);
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(m_path, options);
        QVERIFY(store);
        m_store = std::move(*store);
        Workflow workflow(*m_store, kTestCost);
        QVERIFY(SampleAccounts::populate(workflow));
    }

    void signsInOffTheGuiThread()
    {
        QThread *checkedOn = nullptr;
        const QString path = m_path;
        SignInDialog dialog([path, &checkedOn](const SignInRequest &r) {
            checkedOn = QThread::currentThread();
            return r.runOnOwnConnection(path, kTestCost);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog.userEdit(), u"supervisor"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"supervisor-demo"_s);
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.passwordEdit()->isEnabled());
        QVERIFY(accepted.wait(10000));
        QVERIFY(checkedOn && checkedOn != QThread::currentThread());
        QCOMPARE(dialog.session().user, u"supervisor"_s);
        QVERIFY(dialog.session().roles.testFlag(Role::Supervisor));
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // the password left the widget
    }

    void wrongPasswordAndUnknownUserGetTheSameMessage()
    {
        SignInDialog dialog(authenticator());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        for (const auto &[user, password] :
             { std::pair { u"officer"_s, u"guess"_s }, std::pair { u"nobody"_s, u"guess"_s } }) {
            dialog.userEdit()->clear();
            QTest::keyClicks(dialog.userEdit(), user);
            QTest::keyClicks(dialog.passwordEdit(), password);
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.last().at(0).toString(), Workflow::wrongCredentialsMessage());
            QCOMPARE(dialog.messageLabel()->text(), Workflow::wrongCredentialsMessage());
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.passwordEdit()->text().isEmpty());
            QVERIFY(dialog.passwordEdit()->isEnabled());
        }
        QCOMPARE(accepted.count(), 0);
    }

    void showsDemoAccountsOnlyWhenGiven()
    {
        SignInDialog dialog(authenticator());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.demoLabel()->isVisible());
        dialog.setDemoAccounts({ { u"officer"_s, u"officer-demo"_s } });
        QVERIFY(dialog.demoLabel()->isVisible());
        QVERIFY(dialog.demoLabel()->text().contains(u"officer-demo"_s));
    }

    void firstUserModeCreatesTheAdministrator()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(path, options);
        QVERIFY(store);
        SignInDialog dialog(
            [path](const SignInRequest &r) { return r.runOnOwnConnection(path, kTestCost); });
        dialog.setFirstUserMode(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.repeatEdit()->isVisible());
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog.userEdit(), u"chief"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"s3cret"_s);
        QTest::keyClicks(dialog.repeatEdit(), u"s3cre"_s);
        QVERIFY(!ok->isEnabled()); // the passwords differ
        QTest::keyClicks(dialog.repeatEdit(), u"t"_s);
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.session().user, u"chief"_s);
        QVERIFY(dialog.session().roles.testFlag(Role::Admin));
        Workflow workflow(**store, kTestCost);
        auto users = workflow.users();
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
    }

    void teamServerButtonLeavesForTheServer()
    {
        SignInDialog plain(authenticator());
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        // Only offered when the application can connect to one.
        QVERIFY(!plain.teamServerButton()->isVisible());

        SignInDialog dialog(authenticator());
        bool connects = false;
        int asked = 0;
        QWidget *parentGiven = nullptr;
        dialog.setTeamServerHandler([&](QWidget *parent) {
            ++asked;
            parentGiven = parent;
            return connects;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.teamServerButton()->isVisible());
        QSignalSpy finished(&dialog, &QDialog::finished);
        // Cancelled on the way: the sign-in stays.
        QTest::mouseClick(dialog.teamServerButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(parentGiven, &dialog);
        QCOMPARE(finished.count(), 0);
        QVERIFY(dialog.isVisible());
        connects = true;
        QTest::mouseClick(dialog.teamServerButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), SignInDialog::TeamServerChosen);
        QCOMPARE(dialog.result(), SignInDialog::TeamServerChosen);
    }
};

QTEST_MAIN(tst_SignInDialog)
#include "tst_SignInDialog.moc"
