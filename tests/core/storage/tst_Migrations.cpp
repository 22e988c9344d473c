// The schema's history: a database left at every earlier version, holding data written the way
// that version wrote it, opens as the newest version with its data intact.

#include "TestArticles.h"
#include "article/ArticleJson.h"
#include "article/ContentHash.h"
#include "storage/Migrations.h"
#include "storage/sqlite/SqliteStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kUser = u"anna"_s;

// Data the way each schema version stored it, written with plain SQL (as that version's
// Newsroom would have), not with today's store.
class OldNewsroom
{
public:
    explicit OldNewsroom(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(u""_s) : v);
        }
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    // v1: articles, revisions, images.
    bool writeArticle(const Article &a, const QList<Article> &revisions)
    {
        const QString id = a.id.toString(QUuid::WithoutBraces);
        const qint64 t = a.created.toMSecsSinceEpoch();
        bool ok = exec(
            u"INSERT INTO articles (id, version, status, headline, headline_key, lead, slug, "
            "byline, section, tags, language, dateline, embargo_at, planned_at, content_hash, "
            "created_at, created_by, updated_at, updated_by, status_changed_at, "
            "status_changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, "
            "?, ?, ?, ?)"_s,
            { id, revisions.size(), statusName(a.status), a.meta.headline,
              a.meta.headline.toLower(), a.meta.lead, a.meta.slug,
              ArticleJson::listToText(a.meta.byline), a.meta.section,
              ArticleJson::listToText(a.meta.tags), a.meta.language, a.meta.dateline,
              ContentHash::compute(revisions.last()), t, kUser, t + revisions.size(), kUser, t,
              kUser });
        for (int v = 1; ok && v <= revisions.size(); ++v) {
            const Article &r = revisions.at(v - 1);
            ok = exec(
                u"INSERT INTO revisions (article_id, version, saved_at, saved_by, status, "
                "content_hash, headline, metadata, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { id, v, t + v, kUser, u"draft"_s, ContentHash::compute(r), r.meta.headline,
                  QString::fromUtf8(QJsonDocument(ArticleJson::metadataToJson(r.meta))
                                        .toJson(QJsonDocument::Compact)),
                  r.body });
            ok = ok && writeImages(u"revision_images"_s, { id, v }, r.images);
        }
        return ok;
    }

    bool writeImages(const QString &table, const QVariantList &key,
                     const QList<ArticleImage> &images)
    {
        for (int i = 0; i < images.size(); ++i) {
            const ArticleImage &img = images.at(i);
            const QString digest = ContentHash::imageDigest(img.data);
            if (!exec(u"INSERT OR IGNORE INTO image_blobs (sha256, byte_size, data) "
                      "VALUES (?, ?, ?)"_s,
                      { digest, qint64(img.data.size()), img.data }))
                return false;
            const QString keyColumns = table == u"revision_images"_s ? u"article_id, version"_s
                                                                     : u"article_id, user_name"_s;
            if (!exec(u"INSERT INTO "_s + table + u" ("_s + keyColumns
                          + u", position, image_id, blob_sha256, mime_type, width, height, "
                            "caption, alt_text, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      { key.at(0), key.at(1), i, img.id.toString(QUuid::WithoutBraces), digest,
                        img.mimeType, img.pixelSize.width(), img.pixelSize.height(), img.caption,
                        img.altText, img.credit }))
                return false;
        }
        return true;
    }

    // v2: recovery slots.
    bool writeRecovery(const Article &state)
    {
        const QString id = state.id.toString(QUuid::WithoutBraces);
        return exec(u"INSERT INTO recovery_slots (article_id, user_name, base_version, saved_at, "
                    "status, content_hash, headline, metadata, body) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { id, kUser, state.version, state.created.toMSecsSinceEpoch() + 100, u"draft"_s,
                      ContentHash::compute(state), state.meta.headline,
                      QString::fromUtf8(QJsonDocument(ArticleJson::metadataToJson(state.meta))
                                            .toJson(QJsonDocument::Compact)),
                      state.body })
            && writeImages(u"recovery_images"_s, { id, kUser }, state.images);
    }

private:
    QSqlDatabase m_db;
};

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stepsAreNumberedInOrder()
    {
        const QList<MigrationStep> &steps = Migrations::steps();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY(!steps.at(i).name.isEmpty());
            QVERIFY(!steps.at(i).statements.isEmpty() || steps.at(i).convert);
        }
        QCOMPARE(Migrations::latestVersion(), steps.last().version);
    }

    void everyEarlierVersionMigratesWithItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void everyEarlierVersionMigratesWithItsData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        const QDateTime created(QDate(2024, 11, 5), QTime(10, 0), QTimeZone::UTC);

        Article withImages
            = newArticle(u"Урожай в Копыле"_s, u"<p>Собран <em>рекордный</em> урожай.</p>\n"_s);
        withImages.meta.byline = { u"Анна Петрова"_s, u"Борис Ковалёв"_s };
        withImages.meta.tags = { u"урожай"_s, u"аграрии"_s };
        withImages.meta.slug = u"urozhai-v-kopyle"_s;
        withImages.images = { testImage(Qt::darkGreen, u"Поле"_s) };
        withImages.created = created;
        Article firstDraft = withImages;
        firstDraft.body = u"<p>Черновик.</p>\n"_s;
        firstDraft.images.clear();
        Article plain = newArticle(u"Plain"_s);
        plain.meta.language = u"en"_s;
        plain.created = created.addDays(1);
        Article unsaved = withImages;
        unsaved.version = 2;
        unsaved.body = u"<p>Собран рекордный урожай, и это не всё.</p>\n"_s;

        struct Remove
        {
            ~Remove() { QSqlDatabase::removeDatabase(u"old"_s); }
        } removeAfterwards;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrations::migrate(db, SqlFlavour::sqlite(), version, 0));
            QCOMPARE(*Migrations::currentVersion(db, SqlFlavour::sqlite()), version);
            OldNewsroom old(db);
            if (version >= 1) {
                QVERIFY(old.writeArticle(withImages, { firstDraft, withImages }));
                QVERIFY(old.writeArticle(plain, { plain }));
            }
            if (version >= 2)
                QVERIFY(old.writeRecovery(unsaved));
            if (version >= 3) {
                QVERIFY(old.exec(
                    u"INSERT INTO article_authors VALUES (?, 0, ?), (?, 1, ?), "
                    "(?, 0, ?)"_s,
                    { withImages.id.toString(QUuid::WithoutBraces), withImages.meta.byline.at(0),
                      withImages.id.toString(QUuid::WithoutBraces), withImages.meta.byline.at(1),
                      plain.id.toString(QUuid::WithoutBraces), plain.meta.byline.at(0) }));
            }
            // Later versions: add what they stored here.
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);

        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(path, options);
        QVERIFY2(opened, why(opened).constData());
        SqliteStore &store = **opened;
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.backups().size(), version > 0 ? 1 : 0);
        {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s));
            QList<int> applied;
            while (q.next())
                applied << q.value(0).toInt();
            QCOMPARE(applied.size(), Migrations::latestVersion());
            QCOMPARE(applied.last(), Migrations::latestVersion());
        }
        if (version == 0) {
            QCOMPARE(*store.countArticles({}), 0);
            return;
        }

        const Result<Article> a = store.article(withImages.id);
        QVERIFY2(a, why(a).constData());
        QCOMPARE(a->version, 2);
        QCOMPARE(a->meta, withImages.meta);
        QCOMPARE(a->body, withImages.body);
        QCOMPARE(a->images, withImages.images);
        QCOMPARE(a->created, created);
        QCOMPARE(ContentHash::compute(*a), ContentHash::compute(withImages));
        QCOMPARE(store.revisions(withImages.id)->size(), 2);
        QCOMPARE(store.articleRevision(withImages.id, 1)->body, firstDraft.body);
        QCOMPARE(store.article(plain.id)->meta.language, u"en"_s);

        // Derived data is rebuilt: the author list (v3) and the search index.
        ArticleFilter byAuthor;
        byAuthor.author = u"Борис Ковалёв"_s;
        ArticleQuery query;
        query.filter = byAuthor;
        const Result<ArticlePage> page = store.listArticles(query);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().id, withImages.id);
        SearchRequest search;
        search.text = u"рекордный"_s;
        QCOMPARE(store.search(search)->size(), 1);
        QCOMPARE(*store.isSlugTaken(u"urozhai-v-kopyle"_s), true);

        if (version >= 2) {
            const Result<RecoveryState> slot = store.recovery(withImages.id, kUser);
            QVERIFY2(slot, why(slot).constData());
            QCOMPARE(slot->article.body, unsaved.body);
            QCOMPARE(slot->article.images, unsaved.images);
            QCOMPARE(store.recoveries(kUser)->size(), 1);
        }

        // And the migrated store works as a new one does.
        Article next = *a;
        next.body = u"<p>После миграции.</p>\n"_s;
        QCOMPARE(store.saveArticle(next, 2, kUser)->version, 3);
    }

    void migratingBackwardsIsRefused()
    {
        QTemporaryDir dir;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"back"_s);
        db.setDatabaseName(dir.filePath(u"x.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db, SqlFlavour::sqlite(), Migrations::latestVersion(), 0));
        const Result<void> r = Migrations::migrate(db, SqlFlavour::sqlite(), 1, 0);
        QCOMPARE(r.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(*Migrations::currentVersion(db, SqlFlavour::sqlite()),
                 Migrations::latestVersion());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"back"_s);
    }

    void portableTypesAreExpandedPerEngine()
    {
        const QString sql = u"CREATE TABLE t (k {{AUTO_PK}}, b {{BLOB}})"_s;
        QCOMPARE(SqlFlavour::sqlite().expand(sql),
                 u"CREATE TABLE t (k INTEGER PRIMARY KEY, b BLOB)"_s);
        QCOMPARE(
            SqlFlavour::postgresql().expand(sql),
            u"CREATE TABLE t (k BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b BYTEA)"_s);
    }
};

QTEST_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
