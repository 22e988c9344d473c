// The review queue: articles in review only, the longest-waiting first, with who submitted them
// and when.

#include "article/CanonicalBody.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/ReviewQueue.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ReviewQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_anna, m_gleb, m_boris;
    QDateTime m_now;

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = m_wf->signIn(name, name.toUtf8() + "-pw");
        return s ? *s : WorkflowSession {};
    }

    QUuid write(const WorkflowSession &who, const QString &headline)
    {
        Article a;
        a.id = QUuid::createUuid();
        a.meta.headline = headline;
        a.meta.lead = u"Lead"_s;
        a.meta.section = u"news"_s;
        a.meta.language = u"ru"_s;
        a.body = CanonicalBody::fromPlainText(u"Текст статьи."_s);
        return m_wf->saveArticle(who, a, 0) ? a.id : QUuid();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(m_dir->filePath(u"newsroom.sqlite"_s), options);
        QVERIFY(opened);
        m_store = std::move(*opened);
        m_now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        m_store->setClock([this] { return m_now; });
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"));
        const WorkflowSession admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(admin, u"gleb"_s, {}, Role::Officer, "gleb-pw"));
        QVERIFY(m_wf->addUser(admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        m_anna = signIn(u"anna"_s);
        m_gleb = signIn(u"gleb"_s);
        m_boris = signIn(u"boris"_s);
    }

    void cleanup()
    {
        m_wf.reset();
        m_store.reset();
        m_dir.reset();
    }

    void oldestSubmissionFirst()
    {
        ReviewQueue queue(*m_store);
        QCOMPARE(queue.entries()->size(), 0);
        QCOMPARE(*queue.count(), 0);
        // Written in one order, submitted in another: the queue follows the submissions.
        const QUuid first = write(m_anna, u"Written first"_s);
        const QUuid second = write(m_gleb, u"Written second"_s);
        const QUuid draft = write(m_anna, u"Stays a draft"_s);
        QVERIFY(!draft.isNull());
        m_now = m_now.addSecs(600);
        QVERIFY(m_wf->perform(m_gleb, second, WorkflowAction::Submit));
        m_now = m_now.addSecs(600);
        QVERIFY(m_wf->perform(m_anna, first, WorkflowAction::Submit));

        Result<QList<QueueEntry>> entries = queue.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).articleId, second);
        QCOMPARE(entries->at(0).headline, u"Written second"_s);
        QCOMPARE(entries->at(0).submittedBy, u"gleb"_s);
        QCOMPARE(entries->at(0).author, u"gleb"_s);
        QCOMPARE(entries->at(0).submittedAt,
                 QDateTime(QDate(2026, 11, 2), QTime(9, 10), QTimeZone::UTC));
        QCOMPARE(entries->at(1).articleId, first);
        QCOMPARE(entries->at(1).submittedBy, u"anna"_s);
        QCOMPARE(entries->at(1).submittedAt,
                 QDateTime(QDate(2026, 11, 2), QTime(9, 20), QTimeZone::UTC));
        QCOMPARE(*queue.count(), 2);
        // A window shows the oldest few: the count still says how many there are.
        entries = queue.entries(1);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).articleId, second);

        // Reviewed articles leave the queue.
        QVERIFY(m_wf->perform(m_boris, second, WorkflowAction::RequestChanges, u"Fix"_s));
        entries = queue.entries();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).articleId, first);
        QVERIFY(m_wf->approve(m_boris, "boris-pw", first));
        QCOMPARE(queue.entries()->size(), 0);
    }

    void theQueueIsReadInSubmissionOrderFromAnIndex()
    {
        // 8,000 articles in review in a 100,000-article newsroom were sorted at every refresh.
        QSqlQuery plan(m_store->database());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM articles WHERE status = 'in_review' "
                          "ORDER BY status_changed_at, num LIMIT 300"_s));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString all = steps.join(u" | "_s);
        QVERIFY2(all.contains(u"articles_review_queue"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"TEMP B-TREE"_s), qPrintable(all));
    }
};

QTEST_MAIN(tst_ReviewQueue)
#include "tst_ReviewQueue.moc"
