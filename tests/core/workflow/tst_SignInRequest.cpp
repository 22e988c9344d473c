#include "storage/sqlite/SqliteStore.h"
#include "workflow/SignInRequest.h"
#include "workflow/Workflow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SignInRequest : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SqliteStore> openStore(const QString &path)
    {
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(path, options);
        return store ? std::move(*store) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signsInOnItsOwnConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"own.sqlite"_s);
        auto store = openStore(path);
        QVERIFY(store);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());

        // An empty newsroom: the request creates its first user, an admin who writes.
        SignInRequest first { u"chief"_s, "first-pw", true };
        auto chief = first.runOnOwnConnection(path, Argon2Cost::insecureForTestsOnly());
        QVERIFY2(chief, chief ? "" : qPrintable(chief.error().message));
        QVERIFY(chief->roles.testFlag(Role::Admin));
        QVERIFY(chief->roles.testFlag(Role::Officer));
        // Only once.
        SignInRequest second { u"other"_s, "pw", true };
        QVERIFY(!second.runOnOwnConnection(path, Argon2Cost::insecureForTestsOnly()));

        SignInRequest wrong { u"chief"_s, "nope", false };
        auto refused = wrong.runOnOwnConnection(path, Argon2Cost::insecureForTestsOnly());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, Workflow::wrongCredentialsMessage());
        // Visible to the GUI thread's connection: the audit has both attempts.
        auto audit = workflow.auditRecords();
        QVERIFY(audit);
        QStringList actions;
        for (const AuditRecord &r : *audit)
            actions << r.action;
        QVERIFY2(actions.contains(u"sign_in"_s), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(u"sign_in_failed"_s), qPrintable(actions.join(u',')));
    }
};

QTEST_MAIN(tst_SignInRequest)
#include "tst_SignInRequest.moc"
