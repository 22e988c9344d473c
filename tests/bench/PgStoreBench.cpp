// The team store (newsroom-bench --pg CONNINFO, run by scripts/bench on a throwaway cluster):
// the same generated corpus saved through PgStore, then Store::search over the same query set
// and the list view's first pages, each printed beside the SQLite store's figure for the same
// corpus (the file the store benchmark has just filled).
//
// Only wall-clock time is compared: the PostgreSQL server's CPU time is spent in another
// process, so this process's CPU time says nothing about it.

#include "BenchCommon.h"
#include "Benchmarks.h"

#include "storage/CorpusGenerator.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int BatchSize = 1000;

template<typename T> T check(Result<T> r, const QString &what)
{
    if (!r)
        fail(what + u": "_s + r.error().message);
    if constexpr (!std::is_void_v<T>)
        return std::move(r).value();
}

std::unique_ptr<PgStore> openPg(const BenchOptions &options, SqlStore::Clock clock = {})
{
    const PgConnInfo info = check(PgConnInfo::parse(options.pg), u"--pg"_s);
    PgStore::Options o;
    o.listen = false;
    o.clock = std::move(clock);
    return check(PgStore::open(info, o), u"connect to "_s + info.describe());
}

double median(const QList<double> &values)
{
    return BenchStats::of(values).median;
}

} // namespace

int runPgStoreBench(const BenchOptions &options)
{
    out() << "Newsroom benchmark: the team store (PgStore) beside the SQLite store\n";
    if (options.pg.isEmpty()) {
        out() << "  skipped: no PostgreSQL database given (--pg CONNINFO)\n\n";
        return 0;
    }
    CorpusOptions corpus;
    corpus.seed = options.seed;
    const CorpusGenerator generator(corpus);
    const Article sample = generator.article(0);

    // A clean schema: the benchmark's database holds nothing else.
    {
        std::unique_ptr<PgStore> store = openPg(options);
        QSqlQuery q(store->database());
        for (const QString &sql : { u"DROP SCHEMA public CASCADE"_s, u"CREATE SCHEMA public"_s }) {
            if (!q.exec(sql))
                fail(sql + u": "_s + q.lastError().text());
        }
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<PgStore> store = openPg(options, [&now] { return now; });
    out() << "  PostgreSQL: " << store->location() << "\n";
    double saveMs = 0;
    QList<double> batches;
    QElapsedTimer progress;
    progress.start();
    for (qint64 first = 0; first < options.articles; first += BatchSize) {
        const int n = int(qMin<qint64>(BatchSize, options.articles - first));
        const QList<Article> articles = generator.articles(first, n);
        QElapsedTimer t;
        t.start();
        Store::Transaction tx = check(store->transaction(), u"begin"_s);
        for (const Article &a : articles) {
            now = a.updated;
            check(store->saveArticle(a, 0, a.createdBy), u"save "_s + a.meta.headline);
        }
        check(tx.commit(), u"commit"_s);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        saveMs += ms;
        batches << ms;
        if (progress.elapsed() > 10000) {
            QTextStream(stderr) << "  … " << first + n << " articles saved on PostgreSQL"
                                << Qt::endl;
            progress.restart();
        }
    }
    {
        QSqlQuery q(store->database());
        q.exec(u"ANALYZE"_s);
        q.exec(u"SELECT pg_database_size(current_database())"_s);
        const double mb = q.next() ? q.value(0).toDouble() / 1e6 : 0;
        out() << "  " << options.articles << " articles saved in " << formatMs(saveMs) << " ("
              << QString::number(double(options.articles) / (saveMs / 1000.0), 'f', 0)
              << " articles/s, one transaction per " << BatchSize << "); database "
              << QString::number(mb, 'f', 0) << " MB\n\n";
    }

    // The SQLite side: the file the store benchmark filled with the same corpus.
    std::unique_ptr<SqliteStore> sqlite;
    if (QFileInfo::exists(options.path)) {
        SqliteStore::Options o;
        o.dailyBackup = false;
        auto opened = SqliteStore::open(options.path, o);
        // The store benchmark adds its long article to the corpus after timing the rest.
        if (opened && (*opened)->countArticles({}).value_or(-1) >= options.articles
            && (*opened)->articleVersion(sample.id).value_or(0) > 0)
            sqlite = std::move(*opened);
    }
    if (!sqlite)
        out() << "  (no SQLite database with the same corpus at " << options.path
              << ": PostgreSQL figures only)\n";

    out() << "Search: Store::search, 20 hits with snippets; " << querySet().size() << " queries × "
          << options.repeat << " runs after a warm-up; wall clock, median\n";
    out() << "  query                             SQLite hits      wall   PostgreSQL hits      "
             "wall\n";
    QList<double> allSqlite, allPg;
    for (const QString &text : querySet()) {
        SearchRequest request;
        request.text = text;
        request.limit = 20;
        QList<double> pgWall, cpu;
        const qsizetype pgHits = check(store->search(request), u"search "_s + text).size();
        timeRuns(options.repeat, [&] { check(store->search(request), text); }, &pgWall, &cpu);
        allPg << pgWall;
        QString sqliteHits = u"—"_s, sqliteMs = u"—"_s;
        if (sqlite) {
            QList<double> w, c;
            sqliteHits = QString::number(check(sqlite->search(request), text).size());
            timeRuns(options.repeat, [&] { check(sqlite->search(request), text); }, &w, &c);
            allSqlite << w;
            sqliteMs = formatMs(median(w));
        }
        out() << "  " << text.leftJustified(32) << sqliteHits.rightJustified(12)
              << sqliteMs.rightJustified(10) << QString::number(pgHits).rightJustified(18)
              << formatMs(median(pgWall)).rightJustified(10) << "\n";
    }
    out() << "\n";

    out() << "List: Store::listArticles, first page of 100 (no bodies); wall clock, median\n";
    out() << "  query                                        rows   SQLite   PostgreSQL\n";
    QList<double> listSqlite, listPg;
    for (const NamedQuery &q : listQueries(sample)) {
        QList<double> pgWall, cpu;
        const qsizetype rows = check(store->listArticles(q.query), q.name).rows.size();
        timeRuns(
            options.repeat, [&] { check(store->listArticles(q.query), q.name); }, &pgWall, &cpu);
        listPg << pgWall;
        QString sqliteMs = u"—"_s;
        if (sqlite) {
            QList<double> w, c;
            timeRuns(options.repeat, [&] { check(sqlite->listArticles(q.query), q.name); }, &w, &c);
            listSqlite << w;
            sqliteMs = formatMs(median(w));
        }
        out() << "  " << q.name.leftJustified(43) << QString::number(rows).rightJustified(5)
              << sqliteMs.rightJustified(9) << formatMs(median(pgWall)).rightJustified(13) << "\n";
    }
    out() << "\n";

    const BenchStats s = BenchStats::of(allPg), l = BenchStats::of(listPg);
    out() << "Summary (wall clock)                    SQLite median    p95   PostgreSQL median    "
             "p95\n";
    auto row = [](const QString &label, const QList<double> &lite, const BenchStats &pg) {
        const BenchStats ls = BenchStats::of(lite);
        out() << "  " << label.leftJustified(36)
              << (lite.isEmpty() ? u"—"_s : formatMs(ls.median)).rightJustified(15)
              << (lite.isEmpty() ? u"—"_s : formatMs(ls.p95)).rightJustified(8)
              << formatMs(pg.median).rightJustified(20) << formatMs(pg.p95).rightJustified(8)
              << "\n";
    };
    row(u"search (Store::search)"_s, allSqlite, s);
    row(u"list first page (Store::listArticles)"_s, listSqlite, l);
    out() << "  (PostgreSQL over a Unix socket on this machine; its server's CPU time is not "
             "this process's)\n\n";
    out().flush();
    return 0;
}
