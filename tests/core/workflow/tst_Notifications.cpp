// In-app notifications from the audit log: since the user's previous sign-in, a supervisor hears
// of others' submissions, an officer of approvals and change requests on their own articles.

#include "article/CanonicalBody.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Notifications.h"
#include "workflow/Workflow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Notifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_admin;

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

    static QStringList summary(const QList<Notification> &list)
    {
        QStringList lines;
        for (const Notification &n : list)
            lines.append(n.kindName() + u' ' + n.actor + u' ' + n.headline);
        return lines;
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
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"));
        m_admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(m_admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"gleb"_s, {}, Role::Officer, "gleb-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"vera"_s, {}, Roles(Role::Officer) | Role::Supervisor,
                              "vera-pw"));
    }

    void cleanup()
    {
        m_wf.reset();
        m_store.reset();
        m_dir.reset();
    }

    void sinceThePreviousSignIn()
    {
        const WorkflowSession anna = signIn(u"anna"_s);
        const WorkflowSession gleb = signIn(u"gleb"_s);
        WorkflowSession boris = signIn(u"boris"_s);
        WorkflowSession vera = signIn(u"vera"_s);
        Notifications notes(*m_store);

        const QUuid harvest = write(anna, u"Урожай"_s);
        const QUuid roads = write(gleb, u"Дороги"_s);
        const QUuid own = write(vera, u"Vera own"_s);
        QVERIFY(m_wf->perform(anna, harvest, WorkflowAction::Submit));
        QVERIFY(m_wf->perform(gleb, roads, WorkflowAction::Submit));
        QVERIFY(m_wf->perform(vera, own, WorkflowAction::Submit));

        // boris signs in again: the submissions since his previous sign-in, not his own actions.
        boris = signIn(u"boris"_s);
        Result<QList<Notification>> forBoris = notes.sinceLastSignIn(boris);
        QVERIFY(forBoris);
        QCOMPARE(summary(*forBoris),
                 (QStringList { u"submitted anna Урожай"_s, u"submitted gleb Дороги"_s,
                                u"submitted vera Vera own"_s }));
        QVERIFY(forBoris->at(0).text().contains(u"Урожай"_s));
        QCOMPARE(forBoris->at(0).articleId, harvest);

        QVERIFY(
            m_wf->perform(boris, harvest, WorkflowAction::RequestChanges, u"Уточните цифры."_s));
        QVERIFY(m_wf->approve(boris, "boris-pw", roads));

        // anna: the change request on her article, with its comment; not gleb's approval.
        const WorkflowSession anna2 = signIn(u"anna"_s);
        Result<QList<Notification>> forAnna = notes.sinceLastSignIn(anna2);
        QVERIFY(forAnna);
        QCOMPARE(summary(*forAnna), QStringList { u"changes_requested boris Урожай"_s });
        QCOMPARE(forAnna->at(0).comment, u"Уточните цифры."_s);
        QVERIFY(forAnna->at(0).text().contains(u"Уточните цифры."_s));
        // gleb: his approval.
        const WorkflowSession gleb2 = signIn(u"gleb"_s);
        QCOMPARE(summary(*notes.sinceLastSignIn(gleb2)),
                 QStringList { u"approved boris Дороги"_s });
        // vera (officer and supervisor): others' submissions, never her own.
        vera = signIn(u"vera"_s);
        QCOMPARE(summary(*notes.sinceLastSignIn(vera)),
                 (QStringList { u"submitted anna Урожай"_s, u"submitted gleb Дороги"_s }));
        // Signing in again starts afresh.
        boris = signIn(u"boris"_s);
        QCOMPARE(notes.sinceLastSignIn(boris)->size(), 0);
        // An admin hears nothing of articles.
        const WorkflowSession admin = signIn(u"admin"_s);
        QCOMPARE(notes.since(admin, 0)->size(), 0);
    }

    void firstSignInSeesEverything()
    {
        const WorkflowSession anna = signIn(u"anna"_s);
        const QUuid harvest = write(anna, u"Урожай"_s);
        QVERIFY(m_wf->perform(anna, harvest, WorkflowAction::Submit));
        const WorkflowSession boris = signIn(u"boris"_s); // his first
        Notifications notes(*m_store);
        QCOMPARE(*notes.previousSignIn(u"boris"_s), 0);
        QCOMPARE(notes.sinceLastSignIn(boris)->size(), 1);
    }
};

QTEST_MAIN(tst_Notifications)
#include "tst_Notifications.moc"
