// An article's history on a real SQLite store: revisions with the state changes between them and
// the approvals, the diff of two revisions, and restoring a revision as a new one.

#include "article/CanonicalBody.h"
#include "history/RevisionHistory.h"
#include "storage/sqlite/SqliteStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray("ok") : r.error().message.toUtf8();
}

} // namespace

class tst_RevisionHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_anna, m_boris, m_gleb;
    QDateTime m_now;
    Article m_article;

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = m_wf->signIn(name, name.toUtf8() + "-pw");
        return s ? *s : WorkflowSession {};
    }

    // anna writes version 1, edits it into version 2, submits; boris requests changes; anna
    // edits (version 3) and resubmits; boris approves.
    void writeHistory()
    {
        m_article.id = QUuid::createUuid();
        m_article.meta.headline = u"Собран рекордный урожай"_s;
        m_article.meta.lead = u"Аграрии завершили уборку."_s;
        m_article.meta.section = u"news"_s;
        m_article.meta.language = u"ru"_s;
        m_article.body = CanonicalBody::fromPlainText(u"Собрано 50 тысяч тонн зерна."_s);
        QVERIFY(m_wf->saveArticle(m_anna, m_article, 0));
        m_article.body = CanonicalBody::fromPlainText(u"Собрано 52 тысячи тонн зерна."_s);
        QVERIFY(m_wf->saveArticle(m_anna, m_article, 1));
        QVERIFY(m_wf->perform(m_anna, m_article.id, WorkflowAction::Submit));
        QVERIFY(m_wf->perform(m_boris, m_article.id, WorkflowAction::RequestChanges,
                              u"Уточните цифру."_s));
        m_article.meta.headline = u"Собран небывалый урожай"_s;
        m_article.body = CanonicalBody::fromPlainText(u"Собрано 52 тысячи тонн зерна и рапса."_s);
        Result<SaveResult> third = m_wf->saveArticle(m_anna, m_article, 2);
        QVERIFY2(third, why(third).constData());
        // The change request's comment is dealt with: resolved before resubmitting.
        QVERIFY(m_wf->resolveComment(m_anna, m_wf->comments(m_article.id)->at(0).id));
        QVERIFY(m_wf->perform(m_anna, m_article.id, WorkflowAction::Submit));
        QVERIFY(m_wf->approve(m_boris, "boris-pw", m_article.id));
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
        // A clock that moves a minute a call keeps every event apart in time.
        m_now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        m_store->setClock([this] { return m_now = m_now.addSecs(60); });
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"));
        const WorkflowSession admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(admin, u"gleb"_s, {}, Role::Officer, "gleb-pw"));
        QVERIFY(m_wf->addUser(admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        m_anna = signIn(u"anna"_s);
        m_boris = signIn(u"boris"_s);
        m_gleb = signIn(u"gleb"_s);
    }

    void cleanup()
    {
        m_wf.reset();
        m_store.reset();
        m_dir.reset();
    }

    void historyListsRevisionsStateChangesAndApprovals()
    {
        writeHistory();
        RevisionHistory history(*m_wf);
        Result<ArticleHistory> h = history.history(m_article.id);
        QVERIFY2(h, why(h).constData());
        QStringList lines;
        for (const HistoryEntry &e : std::as_const(h->entries))
            lines.append(
                e.kind == HistoryEntry::Kind::Revision
                    ? u"rev %1 %2"_s.arg(e.version).arg(e.user)
                    : u"%1 %2 %3→%4"_s.arg(e.action, e.user, statusName(e.from), statusName(e.to)));
        QCOMPARE(lines,
                 (QStringList { u"rev 1 anna"_s, u"rev 2 anna"_s, u"submit anna draft→in_review"_s,
                                u"request_changes boris in_review→changes_requested"_s,
                                u"rev 3 anna"_s, u"submit anna changes_requested→in_review"_s,
                                u"approve boris in_review→approved"_s }));
        // The change request carries its comment.
        QCOMPARE(h->entries.at(3).note, u"Уточните цифру."_s);
        QVERIFY(h->entries.at(3).description().contains(u"boris"_s));
        // Times ascend.
        for (qsizetype i = 1; i < h->entries.size(); ++i)
            QVERIFY(h->entries.at(i - 1).time <= h->entries.at(i).time);
        QCOMPARE(h->approvals.size(), 1);
        QCOMPARE(h->approvals.at(0).supervisor, u"boris"_s);
        QCOMPARE(h->approvals.at(0).version, 3);
        QVERIFY(!h->approvals.at(0).voided);
    }

    void diffOfTwoRevisionsMarksWordsAndHeadline()
    {
        writeHistory();
        Result<ArticleDiff> d = RevisionHistory(*m_wf).diff(m_article.id, 1, 3);
        QVERIFY2(d, why(d).constData());
        QCOMPARE(WordDiff::toMarkedText(d->body),
                 u"Собрано [-50 тысяч-]{+52 тысячи+} тонн зерна{+ и рапса+}."_s);
        const FieldChange *headline = d->field(u"headline"_s);
        QVERIFY(headline);
        QCOMPARE(WordDiff::toMarkedText(headline->words),
                 u"Собран [-рекордный-]{+небывалый+} урожай"_s);
        // Reversed, insertions become deletions.
        Result<ArticleDiff> back = RevisionHistory(*m_wf).diff(m_article.id, 3, 1);
        QVERIFY(back);
        QCOMPARE(WordDiff::toMarkedText(back->body),
                 u"Собрано [-52 тысячи-]{+50 тысяч+} тонн зерна[- и рапса-]."_s);
        // A revision that does not exist.
        Result<ArticleDiff> missing = RevisionHistory(*m_wf).diff(m_article.id, 1, 9);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
    }

    void restoreMakesANewRevision()
    {
        writeHistory();
        RevisionHistory history(*m_wf);
        // The approved article is anna's; restoring version 1 is an edit: back to draft, the
        // approval voided — and nothing of the past is rewritten.
        Result<SaveResult> saved = history.restore(m_anna, m_article.id, 1);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->version, 4);
        Result<Article> now = m_store->article(m_article.id);
        QVERIFY(now);
        QCOMPARE(now->version, 4);
        QCOMPARE(now->meta.headline, u"Собран рекордный урожай"_s);
        QCOMPARE(CanonicalBody::plainText(now->body), u"Собрано 50 тысяч тонн зерна."_s);
        QCOMPARE(now->status, ArticleStatus::Draft);
        QCOMPARE(now->updatedBy, u"anna"_s);
        Result<QList<RevisionInfo>> revisions = m_store->revisions(m_article.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 4);
        Result<Article> three = m_store->articleRevision(m_article.id, 3);
        QVERIFY(three);
        QCOMPARE(three->meta.headline, u"Собран небывалый урожай"_s);
        Result<ArticleDiff> same = history.diff(m_article.id, 1, 4);
        QVERIFY(same);
        QVERIFY(same->isEmpty());

        Result<ArticleHistory> h = history.history(m_article.id);
        QVERIFY(h);
        bool restored = false, voided = false;
        for (const HistoryEntry &e : std::as_const(h->entries)) {
            if (e.kind == HistoryEntry::Kind::Restored) {
                restored = true;
                QCOMPARE(e.restoredFrom, 1);
                QCOMPARE(e.version, 4);
                QCOMPARE(e.user, u"anna"_s);
            }
            voided = voided || e.kind == HistoryEntry::Kind::ApprovalVoided;
        }
        QVERIFY(restored);
        QVERIFY(voided);
        QVERIFY(h->approvals.at(0).voided);
    }

    void restoreIsRefusedLikeAnyEdit()
    {
        writeHistory();
        RevisionHistory history(*m_wf);
        const QList<RevisionInfo> before = *m_store->revisions(m_article.id);
        // gleb is an officer but not the author (and the newsroom keeps drafts to their authors).
        Result<SaveResult> gleb = history.restore(m_gleb, m_article.id, 1);
        QVERIFY(!gleb);
        QCOMPARE(gleb.error().kind, StoreError::Kind::PermissionDenied);
        // The caller looked at version 2; the article is at 3.
        Result<SaveResult> stale = history.restore(m_anna, m_article.id, 1, 2);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, StoreError::Kind::Conflict);
        // The current version is not "restored" onto itself; an unknown one is not found.
        QCOMPARE(history.restore(m_anna, m_article.id, 3).error().kind, StoreError::Kind::Invalid);
        QCOMPARE(history.restore(m_anna, m_article.id, 7).error().kind, StoreError::Kind::NotFound);
        QCOMPARE(m_store->revisions(m_article.id)->size(), before.size());
        QCOMPARE(m_store->article(m_article.id)->status, ArticleStatus::Approved);
    }

    void diffToAnUnsavedState()
    {
        writeHistory();
        Article mine = *m_store->article(m_article.id);
        mine.meta.lead = u"Аграрии района завершили уборку."_s;
        Result<ArticleDiff> d = RevisionHistory(*m_wf).diffToState(m_article.id, 3, mine);
        QVERIFY(d);
        QCOMPARE(d->metadata.size(), 1);
        QCOMPARE(WordDiff::toMarkedText(d->metadata.at(0).words),
                 u"Аграрии {+района +}завершили уборку."_s);
    }
};

QTEST_MAIN(tst_RevisionHistory)
#include "tst_RevisionHistory.moc"
