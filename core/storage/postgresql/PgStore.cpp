#include "PgStore.h"

#include "article/ArticleJson.h"
#include "storage/Migrations.h"
#include "storage/StoreEvents.h"
#include "storage/postgresql/PgSearchIndex.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"newsroom-pg-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The NOTIFY behind StoreEvents: every committed change of an article, and submissions on
// their own channel. Delivered by the server at commit, so a rolled-back save notifies nobody.
const QStringList kNotifyStatements {
    uR"(CREATE OR REPLACE FUNCTION newsroom_notify_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsroom_article', NEW.id);
    IF NEW.status = 'in_review'
       AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
        PERFORM pg_notify('newsroom_submitted', NEW.id);
    END IF;
    RETURN NULL;
END $$)"_s,
    u"CREATE OR REPLACE TRIGGER articles_notify AFTER INSERT OR UPDATE ON articles "
    "FOR EACH ROW EXECUTE FUNCTION newsroom_notify_article()"_s,
};

StoreError connectionFailure(const PgConnInfo &info, const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // libpq reports a refused password in words only.
    if (text.contains(u"password authentication failed"_s) || text.contains(u"no password"_s)) {
        StoreError e = StoreError::permissionDenied(
            PgStore::tr("The server %1 did not accept the user name or password.")
                .arg(info.describe()));
        e.detail = text;
        return e;
    }
    return StoreError::storage(
        PgStore::tr("Cannot connect to %1: %2").arg(info.describe(), text.simplified()), text);
}

} // namespace

PgStore::PgStore(QSqlDatabase db, PgConnInfo connection)
    : SqlStore(std::move(db), SqlFlavour::postgresql(), connection.describe())
    , m_connection(std::move(connection))
{ }

PgStore::~PgStore()
{
    delete m_events;
}

Result<std::unique_ptr<PgStore>> PgStore::open(const PgConnInfo &connection)
{
    return open(connection, Options {});
}

Result<std::unique_ptr<PgStore>> PgStore::open(const PgConnInfo &connection, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return StoreError::storage(
            tr("Qt's PostgreSQL driver (QPSQL) is not installed; cannot connect to %1.")
                .arg(connection.describe()));
    const QString name = newConnectionName();
    {
        // Connect before a store owns the connection: a refused one is simply removed again.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        connection.applyTo(db);
        if (!db.open()) {
            const StoreError e = connectionFailure(connection, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
    }
    std::unique_ptr<PgStore> store(new PgStore(QSqlDatabase::database(name, false), connection));
    if (options.clock)
        store->setClock(options.clock);

    // Notices (IF NOT EXISTS, empty queries) are not the user's business.
    if (Result<void> r = store->execControl(u"SET client_min_messages = warning"_s); !r)
        return r.error();
    {
        Result<Statement> who = store->prepare(u"SELECT session_user"_s);
        if (!who)
            return who.error();
        if (Result<void> r = who->exec(); !r)
            return r.error();
        if (who->next())
            store->m_sessionUser = who->value(0).toString();
    }

    QSqlDatabase conn = store->database();
    Result<int> version = Migrations::currentVersion(conn, store->flavour());
    if (!version)
        return version.error();
    if (*version > Migrations::latestVersion()) {
        StoreError e;
        e.kind = StoreError::Kind::NewerSchema;
        e.path = store->location();
        e.message = tr("The database %1 was written by a newer version of Newsroom (schema "
                       "version %2; this version understands up to %3). It has not been changed.")
                        .arg(store->location())
                        .arg(*version)
                        .arg(Migrations::latestVersion());
        return e;
    }
    if (*version < Migrations::latestVersion()) {
        if (!options.migrate) {
            return StoreError::storage(
                tr("The database %1 has not been set up for this version of Newsroom; ask the "
                   "administrator to run “newsroom-cli server init”.")
                    .arg(store->location()));
        }
        if (Result<void> r
            = Migrations::migrate(conn, store->flavour(), Migrations::latestVersion(),
                                  store->now().toMSecsSinceEpoch());
            !r)
            return r.error();
    }
    if (Result<void> r = store->ensureEngineObjects(); !r)
        return r.error();
    if (Result<void> r = store->refreshServerMode(); !r)
        return r.error();
    if (options.listen) {
        if (Result<void> r = store->subscribe(); !r)
            return r.error();
    }
    return store;
}

Result<void> PgStore::refreshServerMode()
{
    Result<Statement> st = prepare(flavour().tableExists);
    if (!st)
        return st.error();
    if (Result<void> r = st->bind(u"newsroom_server"_s).exec(); !r)
        return r;
    m_enforced = st->next();
    return {};
}

Result<void> PgStore::ensureEngineObjects()
{
    bool present = false;
    {
        Result<Statement> st = prepare(
            u"SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relname = 'articles' AND c.relnamespace = current_schema()::regnamespace "
            "AND t.tgname = 'articles_notify' AND obj_description(to_regclass(?), 'pg_class') "
            "= ?"_s);
        if (!st)
            return st.error();
        if (Result<void> r
            = st->bind(PgSearchIndex::tableName()).bind(PgSearchIndex::definition()).exec();
            !r)
            return r;
        present = st->next();
    }
    if (present)
        return {};
    Result<Transaction> tx = transaction();
    if (!tx)
        return tx.error();
    // An index of an older definition goes; it is rebuilt from the articles below.
    const QStringList statements = QStringList { u"DROP TABLE IF EXISTS article_search"_s }
        + PgSearchIndex::createStatements() + kNotifyStatements;
    for (const QString &sql : statements) {
        if (Result<void> r = execControl(sql); !r) {
            StoreError e = r.error();
            e.message = tr("The database %1 lacks its search index and cannot get one with "
                           "this user's rights; ask the administrator to run “newsroom-cli "
                           "server init”. (%2)")
                            .arg(location(), e.detail);
            return e;
        }
    }
    if (Result<void> r = tx->commit(); !r)
        return r;
    return rebuildSearchIndex();
}

Result<void> PgStore::subscribe()
{
    m_events = new StoreEvents;
    QSqlDriver *driver = database().driver();
    for (const QString &channel : { changedChannel(), submittedChannel() }) {
        if (!driver->subscribeToNotification(channel)) {
            return StoreError::storage(tr("Cannot listen for changes on %1: %2")
                                           .arg(location(), driver->lastError().text()));
        }
    }
    StoreEvents *events = m_events;
    QObject::connect(
        driver, &QSqlDriver::notification, events,
        [events](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            const QUuid id = QUuid::fromString(payload.toString());
            if (id.isNull())
                return;
            if (name == changedChannel())
                Q_EMIT events->articleChanged(id);
            else if (name == submittedChannel())
                Q_EMIT events->articleSubmitted(id);
        });
    return {};
}

// ---- Search ----------------------------------------------------------------------------------

Result<void> PgStore::rebuildSearchIndex()
{
    Result<Transaction> tx = transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = execControl(u"DELETE FROM article_search"_s); !r)
        return r;
    QSqlQuery all(database());
    all.setForwardOnly(true);
    if (!all.exec(u"SELECT a.num, a.headline, a.lead, a.tags, r.body FROM articles a "
                  "JOIN revisions r ON r.article_id = a.id AND r.version = a.version"_s))
        return sqlError(all.lastError(), u"rebuild search index"_s);
    QList<std::pair<qint64, SearchText::Document>> documents;
    while (all.next()) {
        documents.append({ all.value(0).toLongLong(),
                           SearchText::Document { all.value(1).toString(), all.value(2).toString(),
                                                  SearchText::body(all.value(4).toString()),
                                                  SearchText::tags(ArticleJson::listFromText(
                                                      all.value(3).toString())) } });
    }
    all.finish();
    for (const auto &[key, text] : std::as_const(documents)) {
        if (Result<void> r = indexArticle(key, text); !r)
            return r;
    }
    return tx->commit();
}

Result<void> PgStore::indexArticle(qint64 rowKey, const SearchText::Document &text)
{
    QString language;
    {
        Result<Statement> st = prepare(u"SELECT language FROM articles WHERE num = ?"_s);
        if (!st)
            return st.error();
        if (Result<void> r = st->bind(rowKey).exec(); !r)
            return r;
        if (st->next())
            language = st->value(0).toString();
    }
    Result<Statement> up = prepare(PgSearchIndex::upsertSql());
    if (!up)
        return up.error();
    up->bind(rowKey).bind(PgSearchIndex::configurationFor(language));
    up->bind(PgSearchIndex::removeMarkers(text.headline));
    up->bind(PgSearchIndex::removeMarkers(text.lead));
    up->bind(PgSearchIndex::removeMarkers(text.body));
    up->bind(PgSearchIndex::removeMarkers(text.tags));
    return up->exec();
}

Result<QList<SearchHit>> PgStore::search(const SearchRequest &request)
{
    const PgSearchIndex::Query query = PgSearchIndex::parse(request.text);
    if (query.isEmpty())
        return StoreError::invalid(tr("Type a word to search for."));
    // The query in every configuration an article may be indexed with, OR-ed: a constant, so
    // the GIN index answers it; each article then matches in its own language's terms.
    QStringList perConfig;
    QVariantList queryBinds;
    for (const QString &config : PgSearchIndex::configurations()) {
        perConfig << u"(websearch_to_tsquery('%1', CAST(? AS TEXT)) && "
                     "to_tsquery('%1', CAST(? AS TEXT)))"_s.arg(config);
        queryBinds << query.words << query.prefixes;
    }
    const QString tsquery = u"("_s + perConfig.join(u" || "_s) + u")"_s;
    const SqlText filter = filterConditions(request.filter);
    // Every match is found through the GIN index and ranked on its small rank_document; then
    // the page is cut, and only its rows get a headline, from a window of the lead and the body
    // (the headline is shown on its own; PgSearchIndex::snippetProbe).
    const QString sql = u"WITH hits AS MATERIALIZED (SELECT s.num, ts_rank(s.rank_document, "_s
        + tsquery + u") AS s_rank FROM article_search s WHERE s.document @@ "_s + tsquery
        + u") SELECT "_s + summaryColumns()
        + u", ts_headline(s.config, substr(s.lead || chr(10) || s.body, greatest(1, "
          "coalesce(nullif(regexp_instr(s.lead || chr(10) || s.body, CAST(? AS TEXT), 1, 1, 0, "
          "'i'), 0), 1) - ?), ?), "_s
        + tsquery + uR"(, CAST(? AS TEXT)), -a.s_rank
FROM (SELECT a.*, h.s_rank FROM hits h
      CROSS JOIN LATERAL (SELECT * FROM articles x WHERE x.num = h.num) a
      WHERE 1 = 1)"_s
        + filter.sql + uR"(
      ORDER BY h.s_rank DESC, a.updated_at DESC, a.id LIMIT ? OFFSET ?) a
JOIN article_search s ON s.num = a.num
ORDER BY a.s_rank DESC, a.updated_at DESC, a.id)"_s;

    // The planner does not count the cost of reading each large, compressed tsvector, and picks
    // a sequential scan for common words: ten times slower than the GIN index. Not for this
    // statement.
    Result<Transaction> tx = transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = execControl(u"SET LOCAL enable_seqscan = off"_s); !r)
        return r.error();
    Result<Statement> st = prepare(sql);
    if (!st)
        return st.error();
    st->bindAll(queryBinds)
        .bindAll(queryBinds)
        .bind(PgSearchIndex::snippetProbe(request.text))
        .bind(PgSearchIndex::snippetLeadIn())
        .bind(PgSearchIndex::snippetWindow())
        .bindAll(queryBinds)
        .bind(PgSearchIndex::headlineOptions())
        .bindAll(filter.binds)
        .bind(std::clamp(request.limit, 1, 500))
        .bind(std::max(request.offset, 0));
    if (Result<void> r = st->exec(); !r) {
        StoreError e = r.error();
        if (e.kind == StoreError::Kind::Storage) {
            e.kind = StoreError::Kind::Invalid;
            e.message = tr("Cannot search for “%1”: %2").arg(request.text, e.detail);
        }
        return e;
    }
    QList<SearchHit> hits;
    while (st->next()) {
        hits.append(searchHitFromRow(st->query(), PgSearchIndex::openMarker(),
                                     PgSearchIndex::closeMarker()));
    }
    st->query().finish();
    // A caller's transaction goes on with the planner as it was.
    if (Result<void> r = execControl(u"SET LOCAL enable_seqscan = DEFAULT"_s); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return hits;
}
