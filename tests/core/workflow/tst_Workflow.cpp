// The workflow service on a real SQLite store: users and sign-in, transitions enforced in core
// (refused ones write nothing), approvals bound to content, comments and the audit log.

#include "article/CanonicalBody.h"
#include "article/ContentHash.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/ApprovalSignature.h"
#include "workflow/SubmitChecklist.h"
#include "workflow/Workflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Article draft(const QString &headline)
{
    Article a;
    a.id = QUuid::createUuid();
    a.meta.headline = headline;
    a.meta.lead = u"Lead of "_s + headline;
    a.meta.section = u"news"_s;
    a.meta.language = u"ru"_s;
    a.meta.byline = { u"Anna Petrova"_s };
    a.body = CanonicalBody::fromPlainText(u"Собран рекордный урожай зерна в Копыльском районе."_s);
    return a;
}

template<typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray("ok") : r.error().message.toUtf8();
}

} // namespace

class tst_Workflow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_admin, m_anna, m_boris, m_vera;

    // Every row of every table, as text: equal before and after means nothing was written.
    QString snapshot()
    {
        QSqlDatabase db = m_store->database();
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                         "'sqlite%' AND name NOT LIKE '%fts%' ORDER BY name"_s))
            qWarning() << tables.lastError().text();
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        tables.finish();
        QString out;
        for (const QString &name : std::as_const(names)) {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(name)))
                qWarning() << q.lastError().text();
            out += name + u'\n';
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = m_wf->signIn(name, name.toUtf8() + "-pw");
        if (!s)
            qWarning() << s.error().message;
        return s ? *s : WorkflowSession {};
    }

    // A submitted article written by anna.
    QUuid inReview()
    {
        const Article a = draft(u"Урожай"_s);
        if (!m_wf->saveArticle(m_anna, a, 0))
            return {};
        if (!m_wf->perform(m_anna, a.id, WorkflowAction::Submit))
            return {};
        return a.id;
    }

    qint64 auditCount(const QString &action)
    {
        QSqlQuery q(m_store->database());
        q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
        q.addBindValue(action);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(m_dir->filePath(u"newsroom.sqlite"_s), options);
        QVERIFY2(opened, why(opened).constData());
        m_store = std::move(*opened);
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, u"Admin"_s, Role::Admin, "admin-pw"));
        m_admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(m_admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"vera"_s, {}, Roles(Role::Officer) | Role::Supervisor,
                              "vera-pw"));
        m_anna = signIn(u"anna"_s);
        m_boris = signIn(u"boris"_s);
        m_vera = signIn(u"vera"_s);
        QCOMPARE(m_boris.user, u"boris"_s);
    }

    void cleanup()
    {
        m_wf.reset();
        m_store.reset();
        m_dir.reset();
    }

    void firstUserMustBeAdminAndOnlyAdminsManageUsers()
    {
        QTemporaryDir dir;
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(dir.filePath(u"n.sqlite"_s), options);
        QVERIFY(opened);
        Workflow wf(**opened, Argon2Cost::insecureForTestsOnly());
        const Result<void> officer = wf.addUser(std::nullopt, u"x"_s, {}, Role::Officer, "pw");
        QVERIFY(!officer);
        QCOMPARE(officer.error().kind, StoreError::Kind::PermissionDenied);
        QVERIFY(!*wf.hasUsers());

        const QString before = snapshot();
        const Result<void> byOfficer = m_wf->addUser(m_anna, u"eve"_s, {}, Role::Admin, "pw");
        QCOMPARE(byOfficer.error().kind, StoreError::Kind::PermissionDenied);
        QCOMPARE(m_wf->addUser(std::nullopt, u"eve"_s, {}, Role::Admin, "pw").error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(m_wf->disableUser(m_boris, u"anna"_s).error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(m_wf->setRoles(m_anna, u"anna"_s, Role::Admin).error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(snapshot(), before);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        const qint64 failedBefore = auditCount(u"sign_in_failed"_s);
        const Result<WorkflowSession> wrong = m_wf->signIn(u"anna"_s, "nope");
        const Result<WorkflowSession> unknown = m_wf->signIn(u"nobody"_s, "nope");
        QVERIFY(!wrong);
        QVERIFY(!unknown);
        QCOMPARE(wrong.error().message, unknown.error().message);
        QCOMPARE(wrong.error().kind, unknown.error().kind);
        QCOMPARE(wrong.error().message, Workflow::wrongCredentialsMessage());
        QCOMPARE(auditCount(u"sign_in_failed"_s), failedBefore + 2);
    }

    void disabledAccountGetsItsOwnMessageOnlyWithTheRightPassword()
    {
        QVERIFY(m_wf->disableUser(m_admin, u"anna"_s));
        const Result<WorkflowSession> wrong = m_wf->signIn(u"anna"_s, "nope");
        QCOMPARE(wrong.error().message, Workflow::wrongCredentialsMessage());
        const Result<WorkflowSession> right = m_wf->signIn(u"anna"_s, "anna-pw");
        QVERIFY(!right);
        QVERIFY(right.error().message != Workflow::wrongCredentialsMessage());
        QVERIFY(right.error().message.contains(u"disabled"_s));
        QCOMPARE(auditCount(u"sign_in_failed"_s), 2);
        // A disabled user's session no longer writes.
        QCOMPARE(m_wf->saveArticle(m_anna, draft(u"x"_s), 0).error().kind,
                 StoreError::Kind::PermissionDenied);
    }

    void selfApprovalIsRefusedAndChangesNothing()
    {
        // vera is officer and supervisor: she may write, but not approve her own article.
        const Article a = draft(u"Vera's"_s);
        QVERIFY(m_wf->saveArticle(m_vera, a, 0));
        QVERIFY(m_wf->perform(m_vera, a.id, WorkflowAction::Submit));
        const QString before = snapshot();
        const Result<Approval> r = m_wf->approve(m_vera, "vera-pw", a.id);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::PermissionDenied);
        QVERIFY2(r.error().message.contains(u"own"_s), qPrintable(r.error().message));
        QCOMPARE(snapshot(), before);
    }

    void officerApprovalIsRefusedAndChangesNothing()
    {
        const QUuid id = inReview();
        QVERIFY(!id.isNull());
        QVERIFY(m_wf->addUser(m_admin, u"oleg"_s, {}, Role::Officer, "oleg-pw"));
        const WorkflowSession oleg = signIn(u"oleg"_s);
        const QString before = snapshot();
        QCOMPARE(m_wf->approve(oleg, "oleg-pw", id).error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(m_wf->approve(m_admin, "admin-pw", id).error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(snapshot(), before);
    }

    void refusedActionsChangeNothing()
    {
        const Article a = draft(u"Draft"_s);
        QVERIFY(m_wf->saveArticle(m_anna, a, 0));
        const QString before = snapshot();
        // Wrong state, wrong role, not the author, guard failing, and a wrong key password.
        QVERIFY(!m_wf->approve(m_boris, "boris-pw", a.id));
        QVERIFY(!m_wf->perform(m_boris, a.id, WorkflowAction::Submit));
        QVERIFY(!m_wf->perform(m_vera, a.id, WorkflowAction::Submit));
        QVERIFY(!m_wf->perform(m_anna, a.id, WorkflowAction::Withdraw));
        QVERIFY(!m_wf->perform(m_anna, a.id, WorkflowAction::Restore));
        Article other = a;
        other.meta.lead = u"vera edits anna's draft"_s;
        QCOMPARE(m_wf->saveArticle(m_vera, other, 1).error().kind,
                 StoreError::Kind::PermissionDenied);
        QCOMPARE(snapshot(), before);

        QVERIFY(m_wf->perform(m_anna, a.id, WorkflowAction::Submit));
        const QString inReview = snapshot();
        QCOMPARE(m_wf->perform(m_boris, a.id, WorkflowAction::RequestChanges, u"  "_s).error().kind,
                 StoreError::Kind::Invalid);
        QCOMPARE(m_wf->approve(m_boris, "wrong", a.id).error().kind,
                 StoreError::Kind::PermissionDenied);
        other.meta.lead = u"editing in review"_s;
        QVERIFY(!m_wf->saveArticle(m_anna, other, 1));
        QCOMPARE(snapshot(), inReview);

        // With the setting, officers may edit others' drafts.
        QVERIFY(m_wf->perform(m_anna, a.id, WorkflowAction::Withdraw));
        QVERIFY(!m_wf->setPolicy(m_anna, { true }));
        QVERIFY(m_wf->setPolicy(m_admin, { true }));
        other.meta.lead = u"vera edits anna's draft"_s;
        QVERIFY(m_wf->saveArticle(m_vera, other, 1));
    }

    void checklistReportsEveryFailureThroughTheService()
    {
        Article a = draft(u"Incomplete"_s);
        a.meta.lead.clear();
        a.meta.section.clear();
        a.body = QString(); // an empty text (canonical: nothing at all)
        QVERIFY(m_wf->saveArticle(m_anna, a, 0));
        QVERIFY(m_wf->addComment(m_boris, a.id, u"Who said this?"_s));
        const QString before = snapshot();
        const Result<ArticleStatus> r = m_wf->perform(m_anna, a.id, WorkflowAction::Submit);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Invalid);
        Result<Article> stored = m_store->article(a.id);
        QVERIFY(stored);
        const QList<ChecklistItem> expected = SubmitChecklist::check(*stored, 1, m_store->now());
        QCOMPARE(expected.size(), 4); // lead, section, body, comments
        QCOMPARE(r.error().items.size(), expected.size());
        for (const ChecklistItem &item : expected)
            QVERIFY(r.error().items.contains(item.message));
        QCOMPARE(snapshot(), before);
    }

    void approvalSignatureBindsTheContent()
    {
        const QUuid id = inReview();
        Result<Approval> approval = m_wf->approve(m_boris, "boris-pw", id);
        QVERIFY2(approval, why(approval).constData());
        QCOMPARE(m_store->article(id)->status, ArticleStatus::Approved);
        Result<QList<Approval>> stored = m_wf->approvals(id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const Approval &a = stored->constFirst();
        QCOMPARE(a.publicKey, m_wf->user(u"boris"_s)->publicKey);
        QCOMPARE(a.contentHash, ContentHash::compute(*m_store->article(id)));
        QVERIFY(Workflow::verifyApproval(a));

        // One byte of content changed: the hash changes and the signature no longer verifies.
        Article changed = *m_store->article(id);
        changed.body.replace(u"рекордный"_s, u"рекордныи"_s);
        Approval forged = a;
        forged.contentHash = ContentHash::compute(changed);
        QVERIFY(forged.contentHash != a.contentHash);
        QVERIFY(!Workflow::verifyApproval(forged));
    }

    void editAfterApprovalVoidsIt()
    {
        const QUuid id = inReview();
        QVERIFY(m_wf->approve(m_boris, "boris-pw", id));
        Article a = *m_store->article(id);
        a.meta.lead = u"A late change"_s;
        Result<SaveResult> saved = m_wf->saveArticle(m_anna, a, a.version);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(m_store->article(id)->status, ArticleStatus::Draft);
        Result<QList<Approval>> approvals = m_wf->approvals(id);
        QCOMPARE(approvals->size(), 1);
        QVERIFY(approvals->constFirst().voided);
        QVERIFY(approvals->constFirst().voidedAt.isValid());
        QVERIFY(approvals->constFirst().voidedReason.contains(u"anna"_s));
        // The voided approval still verifies as a record of what was approved then.
        QVERIFY(Workflow::verifyApproval(approvals->constFirst()));
        QCOMPARE(auditCount(u"approval_voided"_s), 1);
    }

    void passwordChangesKeepOrReplaceTheKey()
    {
        const QUuid id = inReview();
        QVERIFY(m_wf->approve(m_boris, "boris-pw", id));
        const QByteArray firstKey = m_wf->user(u"boris"_s)->publicKey;
        // boris changes his own password: same key, now unlocked by the new password.
        QVERIFY(m_wf->setPassword(m_boris, "boris-pw", u"boris"_s, "boris-2"));
        QCOMPARE(m_wf->user(u"boris"_s)->publicKey, firstKey);
        QVERIFY(m_wf->signIn(u"boris"_s, "boris-2"));
        QVERIFY(!m_wf->signIn(u"boris"_s, "boris-pw"));
        // An admin resets it: a new key pair; the old public key stays listed.
        QVERIFY(m_wf->setPassword(m_admin, "admin-pw", u"boris"_s, "boris-3"));
        const QByteArray secondKey = m_wf->user(u"boris"_s)->publicKey;
        QVERIFY(secondKey != firstKey);
        QCOMPARE(*m_wf->publicKeys(u"boris"_s), (QList<QByteArray> { firstKey, secondKey }));
        QVERIFY(Workflow::verifyApproval(m_wf->approvals(id)->constFirst()));
        // Only oneself or an admin.
        QCOMPARE(m_wf->setPassword(m_anna, "anna-pw", u"boris"_s, "x").error().kind,
                 StoreError::Kind::PermissionDenied);
    }

    void supervisorRoleGrantedLaterGetsAKeyAtSignIn()
    {
        QVERIFY(m_wf->setRoles(m_admin, u"anna"_s, Roles(Role::Officer) | Role::Supervisor));
        QVERIFY(m_wf->user(u"anna"_s)->publicKey.isEmpty());
        QVERIFY(m_wf->signIn(u"anna"_s, "anna-pw"));
        QCOMPARE(m_wf->user(u"anna"_s)->publicKey.size(), 32);
    }

    void commentsThreadResolveReopenAndDetach()
    {
        const Article a = draft(u"Commented"_s);
        QVERIFY(m_wf->saveArticle(m_anna, a, 0));
        Result<ReviewComment> c = m_wf->addComment(m_boris, a.id, u"Source?"_s, u"рекордный"_s);
        QVERIFY2(c, why(c).constData());
        QVERIFY(!m_wf->addComment(m_boris, a.id, u"x"_s, u"not in the text"_s));
        Result<ReviewComment> reply = m_wf->addComment(m_anna, a.id, u"BelTA"_s, {}, c->id);
        QVERIFY(reply);
        QCOMPARE(*m_wf->unresolvedComments(a.id), 2);
        QCOMPARE(m_wf->perform(m_anna, a.id, WorkflowAction::Submit).error().kind,
                 StoreError::Kind::Invalid);
        QVERIFY(m_wf->resolveComment(m_anna, c->id));
        QCOMPARE(m_wf->resolveComment(m_anna, c->id).error().kind, StoreError::Kind::Conflict);
        QVERIFY(m_wf->resolveComment(m_boris, reply->id));
        QVERIFY(m_wf->reopenComment(m_boris, c->id));
        QCOMPARE(*m_wf->unresolvedComments(a.id), 1);
        QVERIFY(m_wf->resolveComment(m_boris, c->id));
        QCOMPARE(m_wf->perform(m_anna, a.id, WorkflowAction::Submit).value(),
                 ArticleStatus::InReview);

        Result<QList<ReviewComment>> list = m_wf->comments(a.id);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).parentId, c->id);
        QVERIFY(!list->at(0).detached);
        QCOMPARE(list->at(0).anchor.quote, u"рекордный"_s);

        // The quoted passage is edited away: the comment stays, detached.
        QVERIFY(m_wf->perform(m_anna, a.id, WorkflowAction::Withdraw));
        Article edited = *m_store->article(a.id);
        edited.body = CanonicalBody::fromPlainText(u"Собран большой урожай."_s);
        QVERIFY(m_wf->saveArticle(m_anna, edited, edited.version));
        list = m_wf->comments(a.id);
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(0).detached);
    }

    void requestChangesRecordsTheComment()
    {
        const QUuid id = inReview();
        QCOMPARE(
            m_wf->perform(m_boris, id, WorkflowAction::RequestChanges, u"Add a quote"_s).value(),
            ArticleStatus::ChangesRequested);
        QCOMPARE(m_wf->comments(id)->constFirst().text, u"Add a quote"_s);
        QCOMPARE(auditCount(u"request_changes"_s), 1);
    }

    void auditChainDetectsTamperingAndCutOffs()
    {
        const QUuid id = inReview();
        QVERIFY(m_wf->approve(m_boris, "boris-pw", id));
        Result<AuditChain::Verification> ok = m_wf->verifyAudit();
        QVERIFY(ok && ok->intact);
        QVERIFY(ok->rowsChecked > 5);
        const AuditAnchor head = *ok->head;
        QVERIFY(*m_wf->auditHead() == std::optional<AuditAnchor>(head));
        QCOMPARE(m_wf->auditExport()->size(), int(head.sequence));
        QVERIFY(m_wf->verifyAudit(head)->intact);

        // Cut the last row off (through a separate connection): the chain alone is intact,
        // the anchor is not reached.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(m_store->path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DELETE FROM audit_log WHERE sequence = %1"_s.arg(head.sequence)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QVERIFY(m_wf->verifyAudit()->intact);
        Result<AuditChain::Verification> cut = m_wf->verifyAudit(head);
        QVERIFY(!cut->intact);

        // Changing a row in the middle breaks the chain at that row.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(m_store->path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE sequence = 3"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        Result<AuditChain::Verification> broken = m_wf->verifyAudit();
        QVERIFY(!broken->intact);
        QCOMPARE(broken->firstBrokenRow, 3);
    }

    void withoutUsersTheStoreSavesAsBefore()
    {
        QTemporaryDir dir;
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(dir.filePath(u"n.sqlite"_s), options);
        QVERIFY(opened);
        Workflow wf(**opened, Argon2Cost::insecureForTestsOnly());
        Article a = draft(u"Single desk"_s);
        QVERIFY((*opened)->saveArticle(a, 0, u"local"_s));
        a.meta.lead = u"changed"_s;
        QVERIFY((*opened)->saveArticle(a, 1, u"local"_s));
        // Once there are users, a name that is not one of them may not save.
        QVERIFY(m_store->saveArticle(draft(u"x"_s), 0, u"local"_s).error().kind
                == StoreError::Kind::PermissionDenied);
    }
};

QTEST_MAIN(tst_Workflow)
#include "tst_Workflow.moc"
