// The SQLite engine: opening (pragmas, refusing bad files without writing to them), full-text
// search, backups and restore, on real files.

#include "TestArticles.h"
#include "storage/Migrations.h"
#include "storage/sqlite/NewsroomTokenizer.h"
#include "storage/sqlite/SqliteSearchIndex.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// Runs SQL on the file through a connection of our own (as another program would).
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open() && registerNewsroomTokenizer(sqliteHandle(db)); // to touch article_search
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}
} // namespace

class tst_SqliteStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;

    QString dbPath() const { return m_dir->filePath(u"newsroom.sqlite"_s); }
    QString backupDir() const { return m_dir->filePath(u"backups"_s); }

    SqliteStore::Options options(bool dailyBackup = false)
    {
        SqliteStore::Options o;
        o.dailyBackup = dailyBackup;
        o.clock = [this] { return m_now; };
        return o;
    }

    std::unique_ptr<SqliteStore> open(bool dailyBackup = false)
    {
        auto r = SqliteStore::open(dbPath(), options(dailyBackup));
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return std::move(*r);
    }

    QString pragma(SqliteStore &store, const QString &name)
    {
        QSqlQuery q(store.database());
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return u"?"_s;
        return q.value(0).toString();
    }

    QList<QUuid> hitIds(SqliteStore &store, const QString &text, const ArticleFilter &filter = {})
    {
        SearchRequest request;
        request.text = text;
        request.filter = filter;
        const Result<QList<SearchHit>> hits = store.search(request);
        if (!hits)
            qWarning() << hits.error().message;
        QList<QUuid> ids;
        for (const SearchHit &h : hits.value_or(QList<SearchHit>()))
            ids << h.article.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = QDateTime(QDate(2025, 4, 1), QTime(8, 0), QTimeZone::UTC);
    }

    void cleanup() { m_dir.reset(); }

    // ---- opening ----------------------------------------------------------------------------

    void newDatabaseIsConfiguredForSafety()
    {
        const QString path = m_dir->filePath(u"deep/folder/newsroom.sqlite"_s);
        auto r = SqliteStore::open(path, options());
        QVERIFY2(r, why(r).constData());
        SqliteStore &store = **r;
        QCOMPARE(store.path(), path);
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(store, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(store, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(store, u"synchronous"_s), u"1"_s); // NORMAL
        QCOMPARE(pragma(store, u"busy_timeout"_s), u"5000"_s);
        QVERIFY(store.handle() != nullptr);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QVERIFY(store.checkIntegrity(true)->isEmpty());
    }

    void eachStoreHasItsOwnConnection()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto a = open();
            auto b = open();
            QVERIFY(a && b);
            QVERIFY(a->database().connectionName() != b->database().connectionName());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void foreignKeysAreEnforced()
    {
        auto store = open();
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(u"INSERT INTO revisions (article_id, version, saved_at, saved_by, status, "
                        "content_hash, headline, metadata, body) VALUES ('nope', 1, 0, 'x', "
                        "'draft', '', '', '{}', '')"_s));
    }

    void aWriterWaitsForAnotherThenReportsBusy()
    {
        SqliteStore::Options quick = options();
        quick.busyTimeoutMs = 200;
        auto a = SqliteStore::open(dbPath(), quick);
        auto b = SqliteStore::open(dbPath(), quick);
        QVERIFY(a && b);
        Result<Store::Transaction> holding = (*a)->transaction();
        QVERIFY(holding);
        QVERIFY((*a)->saveArticle(newArticle(u"A"_s), 0, u"anna"_s));

        QElapsedTimer waited;
        waited.start();
        const Article fromB = newArticle(u"B"_s);
        const Result<SaveResult> r = (*b)->saveArticle(fromB, 0, u"boris"_s);
        QCOMPARE(r.error().kind, StoreError::Kind::Busy);
        QVERIFY(waited.elapsed() >= 150); // it waited for the lock before giving up
        QVERIFY(r.error().message.contains(dbPath()));
        // Reading goes on meanwhile (WAL): B sees what was committed before A began.
        QCOMPARE(*(*b)->countArticles({}), 0);

        QVERIFY(holding->commit());
        QVERIFY((*b)->saveArticle(fromB, 0, u"boris"_s));
        QCOMPARE(*(*b)->countArticles({}), 2);
    }

    void aFileThatIsNotADatabaseIsRefusedUntouched()
    {
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Dear editor,\nthis is a letter, not a database.\n");
        }
        const QByteArray digest = fileDigest(dbPath());
        auto r = SqliteStore::open(dbPath(), options());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(r.error().message.contains(dbPath()), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
        QVERIFY(r.error().newestBackup.isEmpty());
        QVERIFY2(r.error().message.contains(backupDir()), qPrintable(r.error().message));
        QCOMPARE(fileDigest(dbPath()), digest);
        QCOMPARE(filesIn(m_dir->path()), QStringList { u"newsroom.sqlite"_s });
    }

    void aDamagedDatabaseIsRefusedUntouchedAndTheNewestBackupNamed()
    {
        {
            auto store = open(true); // takes the first daily backup
            QVERIFY(store);
            Result<Store::Transaction> tx = store->transaction();
            for (int i = 0; i < 60; ++i)
                QVERIFY(store->saveArticle(newArticle(u"Article %1"_s.arg(i)), 0, u"anna"_s));
            QVERIFY(tx->commit());
            m_now = m_now.addSecs(3600);
            QVERIFY(store->backupNow());
        }
        const QString newest = SqliteBackups::newest(dbPath(), backupDir());
        QVERIFY(!newest.isEmpty());
        QVERIFY(!QFile::exists(dbPath() + u"-wal"_s)); // checkpointed on close
        {
            // Scribble over the middle of the file, as a failing disk would.
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            f.seek(4096 * 3);
            f.write(QByteArray(4096 * 4, '\xA5'));
        }
        const QByteArray digest = fileDigest(dbPath());
        auto r = SqliteStore::open(dbPath(), options(true));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(r.error().message.contains(dbPath()), qPrintable(r.error().message));
        QCOMPARE(r.error().newestBackup, newest);
        QVERIFY2(r.error().message.contains(newest), qPrintable(r.error().message));
        QCOMPARE(fileDigest(dbPath()), digest);
        QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
        QCOMPARE(SqliteBackups::list(dbPath(), backupDir()).size(), 2); // no backup of the wreck

        // The way back: restore the newest backup.
        const Result<QString> replaced = SqliteStore::restore(newest, dbPath());
        QVERIFY2(replaced, why(replaced).constData());
        QCOMPARE(fileDigest(*replaced), digest); // the damaged file is kept, not deleted
        auto store = open();
        QVERIFY(store);
        QCOMPARE(*store->countArticles({}), 60);
    }

    void aBackgroundCheckFindsDamageAndEveryWriteIsRefused()
    {
        {
            auto store = open(true);
            QVERIFY(store);
            Result<Store::Transaction> tx = store->transaction();
            for (int i = 0; i < 60; ++i)
                QVERIFY(store->saveArticle(newArticle(u"Article %1"_s.arg(i)), 0, u"anna"_s));
            QVERIFY(tx->commit());
        }
        const QString newest = SqliteBackups::newest(dbPath(), backupDir());
        QVERIFY(!newest.isEmpty());
        {
            // Damage past the schema, so that only reading everything (quick_check) finds it.
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 16 * 4096);
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(4096 * 4, '\xA5'));
        }
        const QByteArray digest = fileDigest(dbPath());
        m_now = m_now.addDays(2); // a daily backup is due: none must be made of a wreck
        SqliteStore::Options o = options(true);
        o.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
        auto r = SqliteStore::open(dbPath(), o);
        QVERIFY2(r, why(r).constData()); // the header and the schema are sound
        std::unique_ptr<SqliteStore> store = std::move(*r);

        // The first write waits for the check, then is refused with what it found.
        Result<SaveResult> saved = store->saveArticle(newArticle(u"After"_s), 0, u"anna"_s);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(saved.error().message.contains(dbPath()), qPrintable(saved.error().message));
        QVERIFY2(saved.error().message.contains(newest), qPrintable(saved.error().message));
        const SqliteStore::BackgroundCheck outcome = store->backgroundCheck().result();
        QVERIFY(outcome.problem);
        QCOMPARE(outcome.problem->newestBackup, newest);
        QVERIFY(outcome.backup.isEmpty());
        // And every later one.
        Article draft = newArticle(u"Typed"_s);
        QCOMPARE(store->saveRecovery(draft, u"anna"_s).error().kind, StoreError::Kind::Corrupt);
        QVERIFY(!store->saveArticle(draft, 0, u"anna"_s));
        store.reset();
        QCOMPARE(fileDigest(dbPath()), digest);
        QCOMPARE(SqliteBackups::list(dbPath(), backupDir()).size(), 1);
    }

    void aBackgroundCheckLetsWritesThroughAndTakesTheDailyBackup()
    {
        {
            auto store = open();
            QVERIFY(store);
            QVERIFY(store->saveArticle(newArticle(u"Before"_s), 0, u"anna"_s));
        }
        QVERIFY(SqliteBackups::list(dbPath(), backupDir()).isEmpty());
        SqliteStore::Options o = options(true);
        o.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
        auto r = SqliteStore::open(dbPath(), o);
        QVERIFY2(r, why(r).constData());
        std::unique_ptr<SqliteStore> store = std::move(*r);
        // A second connection of the process (the sign-in's) shares the check.
        auto second = SqliteStore::open(dbPath(), o);
        QVERIFY2(second, why(second).constData());

        QVERIFY(store->saveArticle(newArticle(u"After"_s), 0, u"anna"_s));
        QVERIFY((*second)->saveArticle(newArticle(u"Meanwhile"_s), 0, u"anna"_s));
        const SqliteStore::BackgroundCheck outcome = store->backgroundCheck().result();
        QVERIFY(!outcome.problem);
        QVERIFY(!outcome.backupError);
        QVERIFY(QFile::exists(outcome.backup));
        (*second)->backgroundCheck().waitForFinished();
        QCOMPARE((*second)->backgroundCheck().result().backup, outcome.backup);
        const QList<SqliteBackups::Backup> backups = SqliteBackups::list(dbPath(), backupDir());
        QCOMPARE(backups.size(), 1); // one check, one backup, for both connections
        QCOMPARE(backups.first().reason, u"daily"_s);
        QCOMPARE(*store->countArticles({}), 3);
    }

    void aMigrationIsNotLeftToTheBackgroundCheck()
    {
        {
            auto store = open();
            QVERIFY(store);
            Result<Store::Transaction> tx = store->transaction();
            for (int i = 0; i < 60; ++i)
                QVERIFY(store->saveArticle(newArticle(u"Old %1"_s.arg(i)), 0, u"anna"_s));
            QVERIFY(tx->commit());
        }
        // As written by the first Newsroom: an older schema version, so open() would migrate.
        QVERIFY(rawExec(dbPath(), { u"DELETE FROM schema_migrations WHERE version > 1"_s }));
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(4096 * 2, '\xA5'));
        }
        const QByteArray digest = fileDigest(dbPath());
        SqliteStore::Options o = options();
        o.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
        auto r = SqliteStore::open(dbPath(), o);
        QVERIFY(!r);
        QVERIFY2(r.error().kind == StoreError::Kind::Corrupt, qPrintable(r.error().message));
        QCOMPARE(fileDigest(dbPath()), digest);
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        open().reset();
        QVERIFY(rawExec(dbPath(),
                        { u"INSERT INTO schema_migrations VALUES (%1, 'from the future', 0)"_s.arg(
                            Migrations::latestVersion() + 1) }));
        const QByteArray digest = fileDigest(dbPath());
        auto r = SqliteStore::open(dbPath(), options(true));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY(r.error().message.contains(dbPath()));
        QVERIFY2(r.error().message.contains(QString::number(Migrations::latestVersion() + 1)),
                 qPrintable(r.error().message));
        QCOMPARE(fileDigest(dbPath()), digest);
        QVERIFY(!QDir(backupDir()).exists());
    }

    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        QVERIFY(rawExec(
            dbPath(),
            { u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('Ivan')"_s }));
        const QByteArray digest = fileDigest(dbPath());
        auto r = SqliteStore::open(dbPath(), options(true));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Invalid);
        QVERIFY2(r.error().message.contains(dbPath()), qPrintable(r.error().message));
        QCOMPARE(fileDigest(dbPath()), digest);
    }

    void anEmptyFileBecomesANewNewsroom()
    {
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    }

    void aFolderIsNotADatabase()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(u"newsroom.sqlite"_s));
        auto r = SqliteStore::open(dbPath(), options());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(dbPath()));
    }

    // ---- search -----------------------------------------------------------------------------

    void searchFindsWordsInEveryField()
    {
        auto store = open();
        Article inHeadline = newArticle(u"Урожай зерновых в Копыле"_s);
        Article inLead = newArticle(u"Ремонт дорог"_s);
        inLead.meta.lead = u"Дорожники закончили ремонт к урожаю"_s;
        Article inBody = newArticle(u"Новости района"_s,
                                    u"<p>Первый абзац.</p>\n<p>Собран <strong>урожай</strong> "
                                    "&amp; овощи.</p>\n"_s);
        Article inTags = newArticle(u"Выставка"_s);
        inTags.meta.tags = { u"урожай"_s, u"ярмарка"_s };
        Article unrelated = newArticle(u"Football results"_s, u"<p>Minsk won 2:1.</p>\n"_s);
        for (const Article *a : { &inHeadline, &inLead, &inBody, &inTags, &unrelated })
            QVERIFY(store->saveArticle(*a, 0, u"anna"_s));

        QList<QUuid> ids = hitIds(*store, u"урожай"_s);
        QCOMPARE(ids.size(), 4); // "урожаю" in the lead too: the Russian stemmer
        QCOMPARE(ids.first(), inHeadline.id); // the headline weighs most
        QVERIFY(ids.contains(inLead.id));
        QVERIFY(ids.contains(inBody.id));
        QVERIFY(ids.contains(inTags.id));
        QCOMPARE(hitIds(*store, u"УРОЖАЙ"_s), ids); // case folding, Cyrillic too
        QCOMPARE(hitIds(*store, u"урожаю"_s).size(), 4);
        QCOMPARE(hitIds(*store, u"minsk"_s), QList<QUuid> { unrelated.id });
        QCOMPARE(hitIds(*store, u"урож*"_s).size(), 4);
        QCOMPARE(hitIds(*store, u"урожай овощи"_s), QList<QUuid> { inBody.id }); // all words
        QCOMPARE(hitIds(*store, u"\"собран урожай\""_s), QList<QUuid> { inBody.id });
        QVERIFY(hitIds(*store, u"\"урожай собран\""_s).isEmpty());
        QVERIFY(hitIds(*store, u"strong"_s).isEmpty()); // markup is not text
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
        QVERIFY(hit.rank < 0); // bm25: more negative is better
    }

    void searchIsLimitedAndPaged()
    {
        auto store = open();
        Result<Store::Transaction> tx = store->transaction();
        for (int i = 0; i < 30; ++i) {
            Article a = newArticle(u"Отчёт %1"_s.arg(i), u"<p>совещание в райисполкоме</p>\n"_s);
            QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        }
        QVERIFY(tx->commit());
        SearchRequest request;
        request.text = u"совещание"_s;
        request.limit = 12;
        QCOMPARE(store->search(request)->size(), 12);
        request.offset = 24;
        QCOMPARE(store->search(request)->size(), 6);
        request.offset = 0;
        request.limit = 100000;
        QCOMPARE(store->search(request)->size(), 30);
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
        // A recovery slot is not searchable.
        a.body = u"<p>туман</p>\n"_s;
        a.version = 2;
        QVERIFY(store->saveRecovery(a, u"anna"_s));
        QVERIFY(hitIds(*store, u"туман"_s).isEmpty());
    }

    void queriesWithSearchSyntaxAreJustText()
    {
        auto store = open();
        QVERIFY(store->saveArticle(newArticle(u"NEAR AND OR NOT"_s), 0, u"anna"_s));
        for (const QString &text : { u"урожай\" OR ("_s, u"a:b"_s, u"NOT"_s, u"-минус"_s,
                                     u"^start"_s, u"col:urozhai"_s, u"\"unclosed"_s, u"*"_s }) {
            SearchRequest request;
            request.text = text;
            const Result<QList<SearchHit>> r = store->search(request);
            if (!r)
                QCOMPARE(r.error().kind, StoreError::Kind::Invalid);
            QVERIFY2(r || text == u"*"_s, qPrintable(text));
        }
        QCOMPARE(hitIds(*store, u"not"_s).size(), 1);
        SearchRequest empty;
        empty.text = u"   "_s;
        QCOMPARE(store->search(empty).error().kind, StoreError::Kind::Invalid);
    }

    void aMissingOrOutdatedSearchIndexIsRebuiltAtOpen()
    {
        Article a = newArticle(u"Индекс"_s, u"<p>восстановление</p>\n"_s);
        {
            auto store = open();
            QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        }
        QVERIFY(rawExec(dbPath(), { u"DROP TABLE article_search"_s }));
        {
            auto store = open();
            QCOMPARE(hitIds(*store, u"восстановление"_s), QList<QUuid> { a.id });
        }
        // Other weights than ours count as outdated, too.
        QVERIFY(rawExec(dbPath(),
                        { u"INSERT INTO article_search (article_search, rank) "
                          "VALUES ('rank', 'bm25(1.0, 1.0, 1.0, 1.0)')"_s }));
        {
            auto store = open();
            QSqlQuery q(store->database());
            QVERIFY(q.exec(u"SELECT v FROM article_search_config WHERE k = 'rank'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), SqliteSearchIndex::rankFunction());
            q.finish();
            QCOMPARE(hitIds(*store, u"восстановление"_s), QList<QUuid> { a.id });
        }
        // So does an index made with another tokenizer (databases from before stemming).
        QVERIFY(rawExec(dbPath(),
                        { u"DROP TABLE article_search"_s,
                          u"CREATE VIRTUAL TABLE article_search USING fts5(headline, lead, body, "
                          "tags, tokenize = 'unicode61 remove_diacritics 2')"_s }));
        {
            auto store = open();
            QSqlQuery q(store->database());
            QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'article_search'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), SqliteSearchIndex::createTableSql());
            q.finish();
            QCOMPARE(hitIds(*store, u"восстановлению"_s), QList<QUuid> { a.id }); // stemmed
        }
    }

    // ---- backups ----------------------------------------------------------------------------

    void dailyBackupAtMostOnceADayKeepingSeven()
    {
        auto first = SqliteStore::open(dbPath(), options(true));
        QVERIFY(first);
        QVERIFY(!(*first)->lastBackupError());
        QCOMPARE((*first)->backups().size(), 1);
        QCOMPARE((*first)->backups().first().reason, u"daily"_s);
        QCOMPARE((*first)->backups().first().created, m_now);
        first->reset();

        m_now = m_now.addSecs(23 * 3600);
        QCOMPARE(open(true)->backups().size(), 1); // not yet a day

        for (int day = 1; day <= 9; ++day) {
            m_now = m_now.addDays(1);
            auto store = open(true);
            QVERIFY(store);
            QVERIFY(store->saveArticle(newArticle(u"Day %1"_s.arg(day)), 0, u"anna"_s));
        }
        const QList<SqliteBackups::Backup> backups = SqliteBackups::list(dbPath(), backupDir());
        QCOMPARE(backups.size(), 7);
        QCOMPARE(backups.first().created, m_now);
        QVERIFY(backups.first().created > backups.last().created);
        QCOMPARE(filesIn(backupDir()).size(), 7);
    }

    void backupIsAConsistentCopyThatRestores()
    {
        auto store = open();
        Article a = newArticle(u"Before the backup"_s);
        a.images = { testImage(Qt::red, u"red"_s) };
        QVERIFY(store->saveArticle(a, 0, u"anna"_s));
        const Result<QString> backup = store->backupNow();
        QVERIFY2(backup, why(backup).constData());
        QVERIFY(QFileInfo(*backup).fileName().startsWith(u"newsroom-"_s));
        QVERIFY(QFileInfo(*backup).fileName().endsWith(u"-manual.sqlite"_s));

        Article b = newArticle(u"After the backup"_s);
        QVERIFY(store->saveArticle(b, 0, u"anna"_s));
        a.body = u"<p>changed after the backup</p>\n"_s;
        QVERIFY(store->saveArticle(a, 1, u"anna"_s));
        store.reset();

        const Result<QString> replaced = SqliteStore::restore(*backup, dbPath());
        QVERIFY2(replaced, why(replaced).constData());
        QVERIFY(QFile::exists(*replaced));

        store = open();
        QVERIFY(store);
        QCOMPARE(*store->countArticles({}), 1);
        QCOMPARE(store->article(a.id)->version, 1);
        QCOMPARE(store->article(a.id)->images, a.images);
        QCOMPARE(hitIds(*store, u"before"_s), QList<QUuid> { a.id });

        // What was replaced is still whole, and can itself be brought back.
        store.reset();
        QVERIFY(SqliteStore::restore(*replaced, dbPath()));
        store = open();
        QCOMPARE(*store->countArticles({}), 2);
        QCOMPARE(store->article(a.id)->version, 2);
    }

    void restoreRefusesABadBackupAndChangesNothing()
    {
        auto store = open();
        QVERIFY(store->saveArticle(newArticle(u"Keep me"_s), 0, u"anna"_s));
        store.reset();
        const QByteArray digest = fileDigest(dbPath());

        const QString junk = m_dir->filePath(u"junk.sqlite"_s);
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a backup");
        }
        const Result<QString> r = SqliteStore::restore(junk, dbPath());
        QCOMPARE(r.error().kind, StoreError::Kind::Corrupt);
        QVERIFY(r.error().message.contains(junk));
        QCOMPARE(SqliteStore::restore(m_dir->filePath(u"absent.sqlite"_s), dbPath()).error().kind,
                 StoreError::Kind::NotFound);
        QCOMPARE(fileDigest(dbPath()), digest);
        QCOMPARE(filesIn(m_dir->path()), (QStringList { u"junk.sqlite"_s, u"newsroom.sqlite"_s }));
    }

    void olderSchemaIsBackedUpThenMigrated()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QVERIFY(Migrations::migrate(db, SqlFlavour::sqlite(), 1, 0));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        const QList<SqliteBackups::Backup> backups = store->backups();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason,
                 u"before-migration-v%1"_s.arg(Migrations::latestVersion()));
        // The backup is the database as it was: version 1.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(backups.first().path);
        QVERIFY(db.open());
        QCOMPARE(*Migrations::currentVersion(db, SqlFlavour::sqlite()), 1);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_MAIN(tst_SqliteStore)
#include "tst_SqliteStore.moc"
