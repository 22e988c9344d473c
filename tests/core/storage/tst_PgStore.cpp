// What only the PostgreSQL store has: its full-text search (tsvector + GIN, a configuration per
// article language, ts_headline snippets), NOTIFY-driven StoreEvents, and optimistic concurrency
// under real concurrent clients. The engine-neutral behaviour is tst_SqlStore's, run against
// both engines. Runs against the throwaway cluster of the "postgresql" CTest fixture.

#include "PgTestServer.h"
#include "TestArticles.h"
#include "storage/StoreEvents.h"
#include "storage/postgresql/PgSearchIndex.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

class tst_PgStore : public QObject
{
    Q_OBJECT

    QString m_database;

    std::unique_ptr<PgStore> open(bool listen = false)
    {
        PgStore::Options o;
        o.listen = listen;
        auto r = PgStore::open(PgTestServer::ownerConnection(m_database), o);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return std::move(*r);
    }

    static QList<QUuid> hitIds(Store &store, const QString &text, const ArticleFilter &filter = {})
    {
        SearchRequest request;
        request.text = text;
        request.filter = filter;
        request.limit = 100;
        const Result<QList<SearchHit>> hits = store.search(request);
        if (!hits) {
            qWarning() << "search failed:" << hits.error().message;
            return {};
        }
        QList<QUuid> ids;
        for (const SearchHit &h : *hits)
            ids << h.article.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(PgTestServer::available(), PgTestServer::missingReason().constData());
        m_database = PgTestServer::createDatabase(u"tst_pgstore"_s);
        QVERIFY(!m_database.isEmpty());
    }

    void cleanupTestCase() { PgTestServer::dropDatabase(m_database); }

    void init()
    {
        const QString why = PgTestServer::resetDatabase(m_database);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // ---- search -----------------------------------------------------------------------------

    void searchFindsWordsInEveryField()
    {
        auto store = open();
        QVERIFY(store);
        Article inHeadline = newArticle(u"Урожай зерновых в Копыле"_s);
        Article inLead = newArticle(u"Ремонт дорог"_s);
        inLead.meta.lead = u"Дорожники закончили ремонт к урожаю"_s;
        Article inBody = newArticle(u"Новости района"_s,
                                    u"<p>Первый абзац.</p>\n<p>Собран <strong>урожай</strong> "
                                    "&amp; овощи.</p>\n"_s);
        Article inTags = newArticle(u"Выставка"_s);
        inTags.meta.tags = { u"урожай"_s, u"ярмарка"_s };
        Article unrelated = newArticle(u"Football results"_s, u"<p>Minsk won 2:1.</p>\n"_s);
        unrelated.meta.language = u"en"_s;
        for (const Article *a : { &inHeadline, &inLead, &inBody, &inTags, &unrelated })
            QVERIFY(store->saveArticle(*a, 0, u"anna"_s));

        QList<QUuid> ids = hitIds(*store, u"урожай"_s);
        QCOMPARE(ids.size(), 4); // "урожаю" in the lead too: the russian configuration stems
        QCOMPARE(ids.first(), inHeadline.id); // the headline weighs most
        QVERIFY(ids.contains(inLead.id));
        QVERIFY(ids.contains(inBody.id));
        QVERIFY(ids.contains(inTags.id));
        QCOMPARE(hitIds(*store, u"УРОЖАЙ"_s), ids);
        QCOMPARE(hitIds(*store, u"minsk"_s), QList<QUuid> { unrelated.id });
        QCOMPARE(hitIds(*store, u"results"_s), QList<QUuid> { unrelated.id }); // english stems
        QCOMPARE(hitIds(*store, u"урож*"_s).size(), 4);
        QCOMPARE(hitIds(*store, u"урожай овощи"_s), QList<QUuid> { inBody.id }); // all words
        QCOMPARE(hitIds(*store, u"\"собран урожай\""_s), QList<QUuid> { inBody.id });
        QVERIFY(hitIds(*store, u"\"урожай собран\""_s).isEmpty());
        QVERIFY(hitIds(*store, u"strong"_s).isEmpty()); // markup is not text
    }

    void belarusianIsFoldedNotStemmed()
    {
        auto store = open();
        Article be = newArticle(u"Ураджай у Капылі"_s, u"<p>Сабраны ўраджай бульбы.</p>\n"_s);
        be.meta.language = u"be"_s;
        QVERIFY(store->saveArticle(be, 0, u"anna"_s));
        QCOMPARE(PgSearchIndex::configurationFor(u"be"_s), u"simple"_s);
        QCOMPARE(PgSearchIndex::configurationFor(u"ru-BY"_s), u"russian"_s);
        QCOMPARE(hitIds(*store, u"УРАДЖАЙ"_s), QList<QUuid> { be.id });
        QCOMPARE(hitIds(*store, u"бульбы"_s), QList<QUuid> { be.id });
        QVERIFY(hitIds(*store, u"бульба"_s).isEmpty()); // simple: no stemming
        QCOMPARE(hitIds(*store, u"бульб*"_s), QList<QUuid> { be.id });
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"SELECT config::text FROM article_search"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"simple"_s);
    }

    void searchSnippetsMarkTheMatch()
    {
        auto store = open();
        Article a = newArticle(u"Новости"_s,
                               u"<p>В Копыльском районе завершилась уборка. Собран рекордный "
                               "урожай, сообщили в райисполкоме. Аграрии довольны.</p>\n"_s);
        QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        SearchRequest request;
        request.text = u"рекордный"_s;
        const Result<QList<SearchHit>> hits = store->search(request);
        QVERIFY2(hits, why(hits).constData());
        QCOMPARE(hits->size(), 1);
        const SearchHit &hit = hits->first();
        QCOMPARE(hit.highlights.size(), 1);
        const auto [pos, len] = hit.highlights.first();
        QCOMPARE(hit.snippet.mid(pos, len), u"рекордный"_s);
        QVERIFY(!hit.snippet.contains(u'<'));
        QVERIFY(hit.markedSnippet(u"["_s, u"]"_s).contains(u"[рекордный]"_s));
        QCOMPARE(hit.article.headline, a.meta.headline);
        // Lower is better, as with the SQLite store; a word found only in the body does not
        // rank (PgSearchIndex: ranking reads headline, lead and tags), a headline word does.
        QCOMPARE(hit.rank, 0.0);
        request.text = u"новости"_s;
        QVERIFY(store->search(request)->first().rank < 0);

        // Far down a long article (the snippet is made from a window around the first match),
        // in another form of the word.
        Article longOne = newArticle(u"Длинная"_s,
                                     u"<p>"_s + u"Обычный текст без особых слов. "_s.repeated(300)
                                         + u"Здесь говорится о рекордном урожае.</p>\n"_s);
        QVERIFY(store->saveArticle(longOne, 0, u"anna"_s));
        request.text = u"рекордный"_s;
        request.filter.createdBy = u"anna"_s;
        const Result<QList<SearchHit>> deep = store->search(request);
        QCOMPARE(deep->size(), 2);
        const SearchHit &far = deep->at(0).article.id == longOne.id ? deep->at(0) : deep->at(1);
        QCOMPARE(far.highlights.size(), 1);
        QCOMPARE(far.snippet.mid(far.highlights.first().first, far.highlights.first().second),
                 u"рекордном"_s);
    }

    void searchIsLimitedPagedAndRanked()
    {
        auto store = open();
        Result<Store::Transaction> tx = store->transaction();
        for (int i = 0; i < 30; ++i) {
            Article a = newArticle(u"Отчёт %1"_s.arg(i), u"<p>совещание в райисполкоме</p>\n"_s);
            QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        }
        Article best = newArticle(u"Совещание"_s, u"<p>совещание, совещание</p>\n"_s);
        QVERIFY(store->saveArticle(best, 0, u"anna"_s));
        QVERIFY(tx->commit());
        SearchRequest request;
        request.text = u"совещание"_s;
        request.limit = 12;
        const Result<QList<SearchHit>> first = store->search(request);
        QCOMPARE(first->size(), 12);
        QCOMPARE(first->first().article.id, best.id);
        for (qsizetype i = 1; i < first->size(); ++i)
            QVERIFY(first->at(i - 1).rank <= first->at(i).rank);
        request.offset = 24;
        QCOMPARE(store->search(request)->size(), 7);
        request.offset = 0;
        request.limit = 100000; // clamped to 500, never unlimited
        QCOMPARE(store->search(request)->size(), 31);
    }

    void searchCombinesWithFilters()
    {
        auto store = open();
        Article ru = newArticle(u"Минск"_s);
        Article be = newArticle(u"Мінск Минск"_s);
        be.meta.language = u"be"_s;
        QVERIFY(store->saveArticle(ru, 0, u"anna"_s));
        QVERIFY(store->saveArticle(be, 0, u"anna"_s));
        ArticleFilter filter;
        filter.language = u"be"_s;
        QCOMPARE(hitIds(*store, u"минск"_s, filter), QList<QUuid> { be.id });
        filter = {};
        filter.statuses = { ArticleStatus::InReview };
        QVERIFY(hitIds(*store, u"минск"_s, filter).isEmpty());
        QVERIFY(store->setStatus(ru.id, ArticleStatus::InReview, u"anna"_s));
        QCOMPARE(hitIds(*store, u"минск"_s, filter), QList<QUuid> { ru.id });
    }

    void searchIndexFollowsSavesAndRollbacks()
    {
        auto store = open();
        Article a = newArticle(u"Погода"_s, u"<p>дождь</p>\n"_s);
        QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        QCOMPARE(hitIds(*store, u"дождь"_s).size(), 1);
        a.body = u"<p>снег</p>\n"_s;
        QVERIFY(store->saveArticle(a, 1, u"anna"_s));
        QVERIFY(hitIds(*store, u"дождь"_s).isEmpty());
        QCOMPARE(hitIds(*store, u"снег"_s).size(), 1);
        {
            Result<Store::Transaction> tx = store->transaction();
            a.body = u"<p>град</p>\n"_s;
            QVERIFY(store->saveArticle(a, 2, u"anna"_s));
            QCOMPARE(hitIds(*store, u"град"_s).size(), 1);
        } // rolled back
        QVERIFY(hitIds(*store, u"град"_s).isEmpty());
        QCOMPARE(hitIds(*store, u"снег"_s).size(), 1);
        QVERIFY(store->rebuildSearchIndex());
        QCOMPARE(hitIds(*store, u"снег"_s).size(), 1);
    }

    void queriesWithSearchSyntaxAreJustText()
    {
        auto store = open();
        QVERIFY(store->saveArticle(newArticle(u"NEAR AND OR NOT минус"_s), 0, u"anna"_s));
        for (const QString &text :
             { u"урожай\" OR ("_s, u"a:b"_s, u"NOT"_s, u"-минус"_s, u"^start"_s, u"a & b | !c"_s,
               u"col:urozhai"_s, u"\"unclosed"_s, u"'quote'"_s, u"back\\slash*"_s }) {
            SearchRequest request;
            request.text = text;
            const Result<QList<SearchHit>> r = store->search(request);
            QVERIFY2(r, qPrintable(text + u": "_s + (r ? QString() : r.error().message)));
        }
        // Unlike the SQLite store, stop words ("not", "or", "and": the russian configuration
        // indexes Latin words with the english dictionary) are not indexed at all.
        QCOMPARE(hitIds(*store, u"near"_s).size(), 1);
        QCOMPARE(hitIds(*store, u"-минус"_s).size(), 1); // not an exclusion
        QCOMPARE(hitIds(*store, u"near or минус"_s).size(), 1); // "or" is no operator: all match
        QVERIFY(hitIds(*store, u"near or absent"_s).isEmpty());
        SearchRequest empty;
        empty.text = u"  * \" "_s;
        QCOMPARE(store->search(empty).error().kind, StoreError::Kind::Invalid);
    }

    void searchUsesTheGinIndex()
    {
        auto store = open();
        QVERIFY(store->saveArticle(newArticle(u"Индекс"_s), 0, u"anna"_s));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
        QVERIFY(q.exec(u"EXPLAIN SELECT num FROM article_search WHERE document @@ "
                       "(websearch_to_tsquery('russian', 'индекс') || "
                       "websearch_to_tsquery('simple', 'индекс'))"_s));
        QStringList plan;
        while (q.next())
            plan << q.value(0).toString();
        QVERIFY2(plan.join(u' ').contains(u"article_search_document"_s),
                 qPrintable(plan.join(u" | "_s)));
    }

    // ---- live updates -----------------------------------------------------------------------

    void aChangeByOneClientReachesAnotherWithinASecond()
    {
        auto listener = open(true);
        auto writer = open(false);
        QVERIFY(listener && writer);
        QVERIFY(listener->events());
        QSignalSpy changed(listener->events(), &StoreEvents::articleChanged);
        QSignalSpy submitted(listener->events(), &StoreEvents::articleSubmitted);

        Article a = newArticle(u"Live"_s);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writer->saveArticle(a, 0, u"anna"_s));
        QVERIFY(changed.wait(1000));
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        QCOMPARE(changed.constLast().at(0).toUuid(), a.id);
        QCOMPARE(submitted.size(), 0);

        QVERIFY(writer->setStatus(a.id, ArticleStatus::InReview, u"anna"_s));
        QVERIFY(submitted.wait(1000));
        QCOMPARE(submitted.constLast().at(0).toUuid(), a.id);

        // A rolled-back save notifies nobody.
        const qsizetype before = changed.size();
        {
            Result<Store::Transaction> tx = writer->transaction();
            a.body = u"<p>never</p>\n"_s;
            QVERIFY(writer->saveArticle(a, 1, u"anna"_s));
        }
        QTest::qWait(300);
        QCOMPARE(changed.size(), before);
    }

    void embeddedStoresHaveNoEvents()
    {
        // The SQLite store cannot push: callers poll externalChangeCounter() instead.
        QTemporaryDir dir;
        SqliteStore::Options o;
        o.dailyBackup = false;
        auto sqlite = SqliteStore::open(dir.filePath(u"x.sqlite"_s), o);
        QVERIFY(sqlite);
        QCOMPARE((*sqlite)->events(), nullptr);
    }

    // ---- concurrency ------------------------------------------------------------------------

    void tenClientsSavingOneArticleLoseNoUpdate()
    {
        auto store = open();
        Article a = newArticle(u"Contested"_s);
        QVERIFY(store->saveArticle(a, 0, u"anna"_s));

        constexpr int kClients = 10;
        constexpr int kSaves = 200;
        std::atomic<int> saved { 0 };
        std::atomic<int> conflicts { 0 };
        std::atomic<int> failures { 0 };
        const PgConnInfo connection = PgTestServer::ownerConnection(m_database);
        QList<QThread *> threads;
        for (int c = 0; c < kClients; ++c) {
            threads << QThread::create([&, c] {
                PgStore::Options o;
                o.listen = false;
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
                    mine.body = u"<p>client %1 save %2</p>\n"_s.arg(c).arg(i);
                    const Result<SaveResult> r
                        = (*client)->saveArticle(mine, current->version, u"client%1"_s.arg(c));
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
            QVERIFY(t->wait(120000));
            delete t;
        }
        qInfo("%d saves, %d conflicts, %d other failures", saved.load(), conflicts.load(),
              failures.load());
        QCOMPARE(failures.load(), 0);
        QCOMPARE(saved + conflicts, kClients * kSaves);
        QVERIFY(saved > 0);
        // No lost update: every successful save is a revision, numbered without gaps.
        const Result<QList<RevisionInfo>> revisions = store->revisions(a.id);
        QCOMPARE(revisions->size(), saved + 1);
        QCOMPARE(*store->articleVersion(a.id), saved + 1);
        for (qsizetype i = 0; i < revisions->size(); ++i)
            QCOMPARE(revisions->at(i).version, int(revisions->size() - i));
    }
};

QTEST_MAIN(tst_PgStore)
#include "tst_PgStore.moc"
