// The workflow enforced by the PostgreSQL server (PgServerSchema): each role tried through plain
// SQL on its own login, the Workflow API going through the server's functions, ten desks saving
// one article at once, the audit log's hash chain as the server computes it, and a local
// newsroom moved onto a server (PgMigration). Runs against the throwaway cluster of the
// "postgresql" CTest fixture.

#include "PgTestServer.h"
#include "TestArticles.h"
#include "article/ContentHash.h"
#include "storage/SampleNewsroom.h"
#include "storage/postgresql/PgMigration.h"
#include "storage/postgresql/PgServerSchema.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace {

// A plain SQL session as one login, as someone with psql and that password would have.
class PlainSession
{
public:
    PlainSession(const QString &database, const QString &user, const QString &password)
        : m_name(u"plain-"_s + QUuid::createUuid().toString())
    {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        PgTestServer::userConnection(database, user, password).applyTo(m_db);
        m_db.open();
    }
    ~PlainSession()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_db.isOpen(); }
    QString openError() const { return m_db.lastError().text(); }
    // The SQLSTATE of the statement's failure; empty when it succeeded.
    QString refusal(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        // Some statements (TRUNCATE) cannot be prepared: those without values are sent as is.
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            ok = q.exec();
        }
        if (ok)
            return {};
        m_lastError = q.lastError().text();
        return q.lastError().nativeErrorCode();
    }
    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

const QByteArray kOfficerPassword = "officer-secret";
const QByteArray kSupervisorPassword = "supervisor-secret";
const QByteArray kBothPassword = "both-secret";

} // namespace

class tst_PgServerSchema : public QObject
{
    Q_OBJECT

    QString m_database;
    // Login roles are cluster-wide: names of our own, so that other tests never collide.
    QString m_officer;
    QString m_supervisor;
    QString m_both; // officer and supervisor at once

    std::unique_ptr<PgStore> openAs(const QString &user, const QByteArray &password)
    {
        PgStore::Options o;
        o.migrate = false;
        o.listen = false;
        auto r = PgStore::open(
            PgTestServer::userConnection(m_database, user, QString::fromUtf8(password)), o);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return std::move(*r);
    }

    std::unique_ptr<PgStore> openOwner(const QString &database)
    {
        PgStore::Options o;
        o.listen = false;
        auto r = PgStore::open(PgTestServer::ownerConnection(database), o);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return std::move(*r);
    }

    // An article by the officer, submitted for review, through the server.
    QUuid submittedArticle(const QString &headline)
    {
        auto store = openAs(m_officer, kOfficerPassword);
        if (!store)
            return {};
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        Result<WorkflowSession> session = workflow.signIn(m_officer, kOfficerPassword);
        if (!session)
            return {};
        const Article a = newArticle(headline);
        if (!workflow.saveArticle(*session, a, 0))
            return {};
        Result<ArticleStatus> s = workflow.perform(*session, a.id, WorkflowAction::Submit);
        if (!s) {
            qWarning() << s.error().message << s.error().items;
            return {};
        }
        return a.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(PgTestServer::available(), PgTestServer::missingReason().constData());
        m_database = PgTestServer::createDatabase(u"tst_pgserver"_s);
        QVERIFY(!m_database.isEmpty());
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_officer = u"officer_"_s + suffix;
        m_supervisor = u"supervisor_"_s + suffix;
        m_both = u"both_"_s + suffix;

        auto owner = openOwner(m_database);
        QVERIFY(owner);
        QVERIFY(!owner->serverEnforcesWorkflow());
        const Result<void> installed = PgServerSchema::install(*owner);
        QVERIFY2(installed, why(installed).constData());
        QVERIFY(owner->serverEnforcesWorkflow());
        QVERIFY(PgServerSchema::install(*owner)); // again: harmless
        const Argon2Cost cost = Argon2Cost::insecureForTestsOnly();
        QVERIFY(PgServerSchema::addUser(*owner, m_officer, u"Anna"_s, Role::Officer,
                                        kOfficerPassword, cost));
        QVERIFY(PgServerSchema::addUser(*owner, m_supervisor, u"Igor"_s, Role::Supervisor,
                                        kSupervisorPassword, cost));
        QVERIFY(PgServerSchema::addUser(*owner, m_both, u"Both"_s,
                                        Roles(Role::Officer) | Role::Supervisor, kBothPassword,
                                        cost));
    }

    void cleanupTestCase()
    {
        PgTestServer::dropDatabase(m_database);
        QStringList drops;
        for (const QString &role : { m_officer, m_supervisor, m_both })
            drops << u"DROP ROLE IF EXISTS \"%1\""_s.arg(role);
        PgTestServer::exec(u"postgres"_s, drops);
    }

    // ---- sign-in is the connection ----------------------------------------------------------

    void theServerChecksThePassword()
    {
        auto r = PgStore::open(PgTestServer::userConnection(m_database, m_officer, u"wrong"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::PermissionDenied);
        auto store = openAs(m_officer, kOfficerPassword);
        QVERIFY(store);
        QVERIFY(store->serverEnforcesWorkflow());
        QCOMPARE(store->connectedUser(), m_officer);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        const Result<WorkflowSession> session = workflow.signIn(m_officer, kOfficerPassword);
        QVERIFY2(session, why(session).constData());
        QCOMPARE(session->roles, Roles(Role::Officer));
        // Signing in as someone else over this connection is refused.
        QCOMPARE(workflow.signIn(m_supervisor, kOfficerPassword).error().kind,
                 StoreError::Kind::PermissionDenied);
        // User management belongs to the server's owner.
        QCOMPARE(workflow.addUser(*session, u"mallory"_s, {}, Role::Admin, "x").error().kind,
                 StoreError::Kind::PermissionDenied);
    }

    // ---- plain SQL, role by role ------------------------------------------------------------

    void anOfficerCannotApproveWithPlainSql()
    {
        const QUuid id = submittedArticle(u"Plain approval"_s);
        QVERIFY(!id.isNull());
        PlainSession officer(m_database, m_officer, QString::fromUtf8(kOfficerPassword));
        QVERIFY2(officer.isOpen(), qPrintable(officer.openError()));
        const QString idText = SqlStore::idText(id);
        QCOMPARE(
            officer.refusal(u"UPDATE articles SET status = 'approved' WHERE id = ?"_s, { idText }),
            u"42501"_s);
        QCOMPARE(officer.refusal(u"SELECT newsroom_approve(?, 1, '', 0, ''::bytea, ''::bytea)"_s,
                                 { idText }),
                 u"42501"_s);
        QCOMPARE(officer.refusal(u"INSERT INTO approvals (article_id, version, content_hash, "
                                 "supervisor, approved_at, public_key, signature) VALUES "
                                 "(?, 1, '', 'x', 0, ''::bytea, ''::bytea)"_s,
                                 { idText }),
                 u"42501"_s);
        auto owner = openOwner(m_database);
        QCOMPARE(owner->articleSummary(id)->status, ArticleStatus::InReview);
    }

    void anOfficerCannotEditAnArticleInReview()
    {
        const QUuid id = submittedArticle(u"Frozen in review"_s);
        QVERIFY(!id.isNull());
        PlainSession officer(m_database, m_officer, QString::fromUtf8(kOfficerPassword));
        QCOMPARE(officer.refusal(u"UPDATE articles SET headline = 'changed', version = version "
                                 "+ 1, updated_by = session_user WHERE id = ?"_s,
                                 { SqlStore::idText(id) }),
                 u"42501"_s);
        // Through the store API the server refuses the same way.
        auto store = openAs(m_officer, kOfficerPassword);
        Article a = *store->article(id);
        a.meta.headline = u"changed"_s;
        const Result<SaveResult> r = store->saveArticle(a, a.version, m_officer);
        QCOMPARE(r.error().kind, StoreError::Kind::PermissionDenied);
        QCOMPARE(store->article(id)->meta.headline, u"Frozen in review"_s);
    }

    void nobodyWritesTheAuditLogDirectly()
    {
        QVERIFY(!submittedArticle(u"Audited"_s).isNull());
        for (const auto &[user, password] : { std::pair { m_officer, kOfficerPassword },
                                              std::pair { m_supervisor, kSupervisorPassword } }) {
            PlainSession s(m_database, user, QString::fromUtf8(password));
            QVERIFY(s.isOpen());
            QCOMPARE(s.refusal(u"DELETE FROM audit_log"_s), u"42501"_s);
            QCOMPARE(s.refusal(u"UPDATE audit_log SET actor = 'nobody'"_s), u"42501"_s);
            QCOMPARE(s.refusal(u"INSERT INTO audit_log (sequence, at, actor, action, subject, "
                               "details, previous_hash, hash) VALUES (999999, 0, 'x', 'approve', "
                               "'', '', ''::bytea, ''::bytea)"_s),
                     u"42501"_s);
            QCOMPARE(s.refusal(u"SELECT newsroom_audit_append('x', 'approve', '', '')"_s),
                     u"42501"_s);
            // The one thing a desk may add: records of exports, as itself.
            QCOMPARE(s.refusal(u"SELECT newsroom_audit('approve', 'x', '')"_s), u"42501"_s);
            QCOMPARE(s.refusal(u"TRUNCATE audit_log"_s), u"42501"_s);
        }
        auto owner = openOwner(m_database);
        Workflow workflow(*owner, Argon2Cost::insecureForTestsOnly());
        const Result<AuditChain::Verification> v = workflow.verifyAudit();
        QVERIFY(v && v->intact);
        QVERIFY(v->rowsChecked > 0);
    }

    void aSupervisorCannotApproveTheirOwnArticle()
    {
        // "both" writes and submits an article, then tries to approve it.
        auto store = openAs(m_both, kBothPassword);
        QVERIFY(store);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        const Result<WorkflowSession> session = workflow.signIn(m_both, kBothPassword);
        QVERIFY2(session, why(session).constData());
        const Article a = newArticle(u"My own"_s);
        QVERIFY(workflow.saveArticle(*session, a, 0));
        QVERIFY(workflow.perform(*session, a.id, WorkflowAction::Submit));
        // The client refuses first (translated reason) …
        QCOMPARE(workflow.approve(*session, kBothPassword, a.id).error().kind,
                 StoreError::Kind::PermissionDenied);
        // … and the server refuses a hand-made call with a valid key and the right content.
        const Article stored = *store->article(a.id);
        PlainSession both(m_database, m_both, QString::fromUtf8(kBothPassword));
        QCOMPARE(
            both.refusal(u"SELECT newsroom_approve(?, ?, ?, ?, "
                         "(SELECT public_key FROM users WHERE name = session_user), ?)"_s,
                         { SqlStore::idText(a.id), stored.version, ContentHash::compute(stored),
                           QDateTime::currentMSecsSinceEpoch(), QByteArray(64, 'x') }),
            u"42501"_s);
        QVERIFY2(both.lastError().contains(u"own article"_s), qPrintable(both.lastError()));
        QCOMPARE(both.refusal(u"UPDATE articles SET status = 'approved' WHERE id = ?"_s,
                              { SqlStore::idText(a.id) }),
                 u"42501"_s);
        QCOMPARE(store->articleSummary(a.id)->status, ArticleStatus::InReview);
    }

    void theWorkflowRunsThroughTheServer()
    {
        const QUuid id = submittedArticle(u"Round trip"_s);
        QVERIFY(!id.isNull());
        auto store = openAs(m_supervisor, kSupervisorPassword);
        QVERIFY(store);
        Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
        const Result<WorkflowSession> session = workflow.signIn(m_supervisor, kSupervisorPassword);
        QVERIFY2(session, why(session).constData());
        // A comment blocks approval until resolved; the server counts it too.
        const Result<ReviewComment> c = workflow.addComment(*session, id, u"Check the date"_s);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(workflow.approve(*session, kSupervisorPassword, id).error().kind,
                 StoreError::Kind::Invalid);
        QVERIFY(workflow.resolveComment(*session, c->id));
        QCOMPARE(workflow.resolveComment(*session, c->id).error().kind, StoreError::Kind::Conflict);
        const Result<Approval> approval = workflow.approve(*session, kSupervisorPassword, id);
        QVERIFY2(approval, why(approval).constData());
        QVERIFY(approval->id > 0);
        QCOMPARE(store->articleSummary(id)->status, ArticleStatus::Approved);
        const Result<QList<Approval>> list = workflow.approvals(id);
        QCOMPARE(list->size(), 1);
        QVERIFY(Workflow::verifyApproval(list->first()));
        QCOMPARE(list->first().supervisor, m_supervisor);

        // The officer edits the approved article: back to draft, approval voided, by the server.
        auto officerStore = openAs(m_officer, kOfficerPassword);
        Workflow officer(*officerStore, Argon2Cost::insecureForTestsOnly());
        const Result<WorkflowSession> o = officer.signIn(m_officer, kOfficerPassword);
        QVERIFY(o);
        Article a = *officerStore->article(id);
        a.body = u"<p>Corrected.</p>\n"_s;
        const Result<SaveResult> saved = officer.saveArticle(*o, a, a.version);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(officerStore->articleSummary(id)->status, ArticleStatus::Draft);
        QVERIFY(officer.approvals(id)->first().voided);

        // The whole story is in the log, chained as AuditChain computes it.
        const Result<AuditChain::Verification> v = officer.verifyAudit();
        QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
        QStringList actions;
        const QList<AuditRecord> records = *officer.auditRecords();
        for (const AuditRecord &r : records) {
            if (r.subject == SqlStore::idText(id))
                actions << r.action + u':' + r.actor;
        }
        QCOMPARE(actions.join(u' '),
                 (QStringList { u"create:"_s + m_officer, u"submit:"_s + m_officer,
                                u"comment:"_s + m_supervisor, u"comment_resolve:"_s + m_supervisor,
                                u"approve:"_s + m_supervisor, u"approval_voided:"_s + m_officer,
                                u"edit:"_s + m_officer })
                     .join(u' '));
    }

    void aTamperedAuditRowIsFound()
    {
        QVERIFY(!submittedArticle(u"Tamper"_s).isNull());
        auto owner = openOwner(m_database);
        Workflow workflow(*owner, Argon2Cost::insecureForTestsOnly());
        const QString actor = workflow.auditRecords()->at(1).actor;
        // Only the owner can do this; the chain still tells.
        QVERIFY(PgTestServer::exec(
                    m_database, { u"UPDATE audit_log SET actor = 'someone' WHERE sequence = 2"_s })
                    .isEmpty());
        Result<AuditChain::Verification> v = workflow.verifyAudit();
        QVERIFY(v);
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBrokenRow, 2);
        // Put back, it verifies again: the server's hashes are AuditChain's.
        Result<SqlStore::Statement> fix
            = owner->prepare(u"UPDATE audit_log SET actor = ? WHERE sequence = 2"_s);
        QVERIFY(fix && fix->bind(actor).exec());
        v = workflow.verifyAudit();
        QVERIFY(v && v->intact);
    }

    // ---- ten desks at once ------------------------------------------------------------------

    void tenDesksSavingOneArticleLoseNoUpdateAndTheChainHolds()
    {
        // A fresh database: the tampering above must not mask a break made here.
        const QString database = PgTestServer::createDatabase(u"tst_pgserver_load"_s);
        QVERIFY(!database.isEmpty());
        {
            auto owner = openOwner(database);
            QVERIFY(owner);
            QVERIFY(PgServerSchema::install(*owner));
            QVERIFY(PgServerSchema::addUser(*owner, m_officer, u"Anna"_s, Role::Officer,
                                            kOfficerPassword, Argon2Cost::insecureForTestsOnly()));
        }
        const PgConnInfo connection = PgTestServer::userConnection(
            database, m_officer, QString::fromUtf8(kOfficerPassword));
        PgStore::Options o;
        o.migrate = false;
        o.listen = false;
        auto first = PgStore::open(connection, o);
        QVERIFY(first);
        const Article a = newArticle(u"Contested"_s);
        QVERIFY((*first)->saveArticle(a, 0, m_officer));

        constexpr int kClients = 10;
        constexpr int kSaves = 200;
        std::atomic<int> saved { 0 };
        std::atomic<int> conflicts { 0 };
        std::atomic<int> failures { 0 };
        const QString officer = m_officer;
        QList<QThread *> threads;
        for (int c = 0; c < kClients; ++c) {
            threads << QThread::create([&, c] {
                auto client = PgStore::open(connection, o);
                if (!client) {
                    failures += kSaves;
                    return;
                }
                for (int i = 0; i < kSaves; ++i) {
                    Result<Article> current = (*client)->article(a.id);
                    if (!current) {
                        ++failures;
                        continue;
                    }
                    Article mine = *current;
                    mine.body = u"<p>desk %1, save %2</p>\n"_s.arg(c).arg(i);
                    const Result<SaveResult> r
                        = (*client)->saveArticle(mine, current->version, officer);
                    if (r)
                        ++saved;
                    else if (r.error().kind == StoreError::Kind::Conflict)
                        ++conflicts;
                    else {
                        qWarning() << "save failed:" << r.error().message;
                        ++failures;
                    }
                }
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(300000));
            delete t;
        }
        qInfo("%d saves, %d conflicts, %d other failures", saved.load(), conflicts.load(),
              failures.load());
        QCOMPARE(failures.load(), 0);
        QCOMPARE(saved + conflicts, kClients * kSaves);
        QVERIFY(saved > 0);
        QCOMPARE(*(*first)->articleVersion(a.id), saved + 1);
        QCOMPARE((*first)->revisions(a.id)->size(), saved + 1);

        Workflow workflow(**first, Argon2Cost::insecureForTestsOnly());
        const Result<AuditChain::Verification> v = workflow.verifyAudit();
        QVERIFY(v);
        QVERIFY2(v->intact, qPrintable(v->problem));
        // user_add, create, and one "edit" per successful save.
        int edits = 0;
        const QList<AuditRecord> records = *workflow.auditRecords();
        for (const AuditRecord &r : records)
            edits += r.action == u"edit"_s;
        QCOMPARE(edits, saved.load());
        first->reset();
        PgTestServer::dropDatabase(database);
    }

    // ---- moving a local newsroom ------------------------------------------------------------

    void theSampleNewsroomMovesWithItsChainIntact()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"desk.sqlite"_s);
        QList<QUuid> ids;
        qint64 localAuditRows = 0;
        {
            SqliteStore::Options so;
            so.dailyBackup = false;
            auto local = SqliteStore::open(file, so);
            QVERIFY(local);
            Workflow workflow(**local, Argon2Cost::insecureForTestsOnly());
            const Result<int> populated = SampleAccounts::populate(workflow);
            QVERIFY2(populated, why(populated).constData());
            QVERIFY(*populated > 0);
            localAuditRows = workflow.auditRecords()->size();
            QVERIFY(localAuditRows > 0);
            const ArticlePage page = *(*local)->listArticles({});
            for (const ArticleSummary &s : page.rows)
                ids << s.id;
        }
        const QString database = PgTestServer::createDatabase(u"tst_pgserver_move"_s);
        QVERIFY(!database.isEmpty());
        {
            SqliteStore::Options so;
            so.dailyBackup = false;
            auto local = SqliteStore::open(file, so);
            QVERIFY(local);
            auto server = openOwner(database);
            QVERIFY(server);
            // Not set up yet: refused, nothing written.
            QCOMPARE(PgMigration::copy(**local, *server, file).error().kind,
                     StoreError::Kind::Invalid);
            QVERIFY(PgServerSchema::install(*server));
            const Result<PgMigration::Summary> moved = PgMigration::copy(**local, *server, file);
            QVERIFY2(moved, why(moved).constData());
            QCOMPARE(moved->rows.value(u"audit_log"_s), localAuditRows);
            QCOMPARE(moved->rows.value(u"articles"_s), qint64(ids.size()));
            QCOMPARE(moved->users.size(), SampleAccounts::accounts().size());
            // Twice: the server holds a newsroom now.
            QCOMPARE(PgMigration::copy(**local, *server, file).error().kind,
                     StoreError::Kind::Invalid);

            Workflow onServer(*server, Argon2Cost::insecureForTestsOnly());
            const Result<AuditChain::Verification> v = onServer.verifyAudit();
            QVERIFY(v);
            QVERIFY2(v->intact, qPrintable(v->problem));
            QCOMPARE(v->rowsChecked, localAuditRows + 1); // + the move itself
            QCOMPARE(onServer.auditRecords()->constLast().action, u"migrate_to_server"_s);
            for (const QUuid &id : std::as_const(ids)) {
                const Result<Article> there = server->article(id);
                const Result<Article> here = (*local)->article(id);
                QVERIFY2(there, why(there).constData());
                QVERIFY2(here, why(here).constData());
                QCOMPARE(there->body, here->body);
                QCOMPARE(there->images, here->images);
                const QList<RevisionInfo> serverRevisions = *server->revisions(id);
                const QList<RevisionInfo> localRevisions = *(*local)->revisions(id);
                QCOMPARE(serverRevisions.size(), localRevisions.size());
                for (qsizetype r = 0; r < serverRevisions.size(); ++r) {
                    QCOMPARE(serverRevisions.at(r).contentHash, localRevisions.at(r).contentHash);
                    QCOMPARE(serverRevisions.at(r).savedAt, localRevisions.at(r).savedAt);
                    QCOMPARE(serverRevisions.at(r).savedBy, localRevisions.at(r).savedBy);
                }
            }
            SearchRequest request;
            request.text = (*local)->article(ids.first())->meta.headline.section(u' ', 0, 0);
            QVERIFY(!server->search(request)->isEmpty());
        }
        // The migrated users can sign in once the owner gives them a password.
        {
            auto server = openOwner(database);
            const SampleAccounts::Account officer = SampleAccounts::accounts().at(1);
            QVERIFY(PgServerSchema::addUser(*server, officer.name, officer.displayName,
                                            officer.roles, "new-password",
                                            Argon2Cost::insecureForTestsOnly()));
        }
        {
            const SampleAccounts::Account officer = SampleAccounts::accounts().at(1);
            PgStore::Options o;
            o.migrate = false;
            o.listen = false;
            auto desk = PgStore::open(
                PgTestServer::userConnection(database, officer.name, u"new-password"_s), o);
            QVERIFY2(desk, desk ? "" : qPrintable(desk.error().message));
            Workflow workflow(**desk, Argon2Cost::insecureForTestsOnly());
            QVERIFY(workflow.signIn(officer.name, "new-password"));
            QVERIFY(workflow.verifyAudit()->intact);
        }
        PgTestServer::dropDatabase(database);
    }
};

QTEST_MAIN(tst_PgServerSchema)
#include "tst_PgServerSchema.moc"
