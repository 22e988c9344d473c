#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SampleAccounts : public QObject
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

    void populatesPeopleAndArticles()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"sample.sqlite"_s));
        QVERIFY(store);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(!SampleAccounts::isSampleNewsroom(*store));
        auto n = SampleAccounts::populate(workflow);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, int(SampleNewsroom::articles().size()));
        QVERIFY(SampleAccounts::isSampleNewsroom(*store));

        auto users = workflow.users();
        QVERIFY(users);
        QCOMPARE(users->size(), SampleAccounts::accounts().size());
        for (const SampleAccounts::Account &a : SampleAccounts::accounts()) {
            auto session = workflow.signIn(a.name, a.password.toUtf8());
            QVERIFY2(session, qPrintable(a.name));
            QCOMPARE(session->roles, a.roles);
        }
        // The workflow's first user is an admin; the supervisor got a signing key.
        QVERIFY(SampleAccounts::accounts().constFirst().roles.testFlag(Role::Admin));
        auto supervisor = workflow.user(u"supervisor"_s);
        QVERIFY(supervisor);
        QVERIFY(!supervisor->publicKey.isEmpty());

        // The officer wrote the articles, so the supervisor may review them (four eyes).
        const Article inReview = SampleNewsroom::articles().at(3);
        QCOMPARE(inReview.status, ArticleStatus::InReview);
        auto stored = store->article(inReview.id);
        QVERIFY(stored);
        QCOMPARE(stored->createdBy, u"officer"_s);
        auto reviewer = workflow.signIn(u"supervisor"_s, "supervisor-demo");
        QVERIFY(reviewer);
        auto actions = workflow.availableActions(*reviewer, inReview.id);
        QVERIFY(actions);
        QVERIFY(actions->contains(WorkflowAction::Approve));
    }

    void failureLeavesNothing()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"taken.sqlite"_s));
        QVERIFY(store);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        // An article already holding a sample slug makes the sample's save fail.
        Article a = SampleNewsroom::articles().constLast();
        a.id = QUuid::createUuid();
        QVERIFY(store->saveArticle(a, 0, u"someone"_s));
        QVERIFY(!SampleAccounts::populate(workflow));
        auto users = workflow.hasUsers();
        QVERIFY(users);
        QVERIFY(!*users);
        QVERIFY(!SampleAccounts::isSampleNewsroom(*store));
    }
};

QTEST_MAIN(tst_SampleAccounts)
#include "tst_SampleAccounts.moc"
