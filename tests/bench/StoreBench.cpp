// The store (newsroom-bench's default mode): N generated articles saved into a SqliteStore, then
// the store's own calls timed — search, the list view's first page, a save with revision — and
// beside the search figure the very SQL the store ran, replayed in the sqlite3 tool on the same
// file with the tokenizer loaded as an extension: the floor.

#include "BenchCommon.h"
#include "Benchmarks.h"

#include "article/CanonicalBody.h"
#include "article/ContentHash.h"
#include "storage/CorpusGenerator.h"
#include "storage/SearchText.h"
#include "storage/sqlite/NewsroomTokenizer.h"
#include "storage/sqlite/SqliteSearchIndex.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <tuple>
#include <type_traits>

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

std::unique_ptr<SqliteStore> openStore(const QString &path, std::function<QDateTime()> clock = {})
{
    SqliteStore::Options o;
    o.dailyBackup = false; // a 3 GB backup is not what is measured
    o.clock = std::move(clock);
    return check(SqliteStore::open(path, o), u"open "_s + path);
}

struct LoadFigures
{
    qint64 articles = 0, images = 0, words = 0;
    double generateMs = 0, saveMs = 0;
    BenchStats batch;
};

LoadFigures load(const QString &path, const CorpusGenerator &generator, qint64 count)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    // The store stamps saves with its clock: let it be each article's own time, so that the list
    // view's date filters and sort orders see a newsroom's years, not the benchmark's minutes.
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<SqliteStore> store = openStore(path, [&now] { return now; });

    LoadFigures f;
    QList<double> batches;
    QElapsedTimer progress;
    progress.start();
    for (qint64 first = 0; first < count; first += BatchSize) {
        const int n = int(qMin<qint64>(BatchSize, count - first));
        QElapsedTimer t;
        t.start();
        const QList<Article> articles = generator.articles(first, n);
        for (const Article &a : articles) {
            f.words += CorpusGenerator::countWords(CanonicalBody::plainText(a.body));
            f.images += a.images.size();
        }
        f.generateMs += double(t.nsecsElapsed()) / 1e6;

        t.restart();
        Store::Transaction tx = check(store->transaction(), u"begin"_s);
        for (const Article &a : articles) {
            now = a.updated;
            check(store->saveArticle(a, 0, a.createdBy), u"save "_s + a.meta.headline);
        }
        check(tx.commit(), u"commit"_s);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        f.saveMs += ms;
        batches << ms;
        f.articles += n;
        if (progress.elapsed() > 10000) {
            QTextStream(stderr) << "  … " << f.articles << " articles saved" << Qt::endl;
            progress.restart();
        }
    }
    f.batch = BenchStats::of(batches);
    return f;
}

// The statements a call runs, as SQLite expands them (bound values written in), caught with
// sqlite3_trace_v2: what the sqlite3 tool is given for the floor.
class StatementRecorder
{
public:
    explicit StatementRecorder(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementRecorder::trace, this);
    }
    ~StatementRecorder() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    const QStringList &statements() const { return m_statements; }

private:
    static int trace(unsigned, void *context, void *statement, void *)
    {
        auto *self = static_cast<StatementRecorder *>(context);
        if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
            self->m_statements << QString::fromUtf8(sql);
            sqlite3_free(sql);
        }
        return 0;
    }
    sqlite3 *m_db;
    QStringList m_statements;
};

// Time per statement (SQLITE_TRACE_PROFILE: the VM's run time of each statement), summed by its
// SQL text: where a store call's time goes.
class StatementProfiler
{
public:
    explicit StatementProfiler(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, &StatementProfiler::trace, this);
    }
    ~StatementProfiler() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    // Statements by total time, longest first: (ms, calls, sql).
    QList<std::tuple<double, int, QString>> top(int n) const
    {
        QList<std::tuple<double, int, QString>> list;
        for (auto it = m_ns.cbegin(); it != m_ns.cend(); ++it)
            list.append({ double(it.value()) / 1e6, m_calls.value(it.key()), it.key() });
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
        return list.mid(0, n);
    }
    double totalMs() const
    {
        qint64 sum = 0;
        for (qint64 ns : m_ns)
            sum += ns;
        return double(sum) / 1e6;
    }

private:
    static int trace(unsigned, void *context, void *statement, void *ns)
    {
        auto *self = static_cast<StatementProfiler *>(context);
        const QString sql
            = QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))).simplified();
        self->m_ns[sql] += *static_cast<sqlite3_int64 *>(ns);
        ++self->m_calls[sql];
        return 0;
    }
    sqlite3 *m_db;
    QHash<QString, qint64> m_ns;
    QHash<QString, int> m_calls;
};

void printRow(const QString &label, const BenchStats &wall, const BenchStats &cpu)
{
    out() << "  " << label.leftJustified(44) << formatMs(wall.median).rightJustified(10)
          << formatMs(wall.p95).rightJustified(10) << formatMs(cpu.median).rightJustified(10)
          << formatMs(cpu.p95).rightJustified(10) << "\n";
}

QString target(const QString &label, double wallMs, double cpuMs, double limitMs)
{
    return u"  %1 wall %2 %3, CPU %4 %5\n"_s.arg(
        label.leftJustified(32), formatMs(wallMs).rightJustified(8),
        verdict(wallMs <= limitMs).leftJustified(6), formatMs(cpuMs).rightJustified(8),
        verdict(cpuMs <= limitMs));
}

} // namespace

int runStoreBench(const BenchOptions &options)
{
    printHeader(u"Newsroom benchmark: the store (SqliteStore)"_s, options);
    CorpusOptions corpus;
    corpus.seed = options.seed;
    const CorpusGenerator generator(corpus);
    const Article sample = generator.article(0);

    std::optional<LoadFigures> loaded;
    bool reuse = false;
    if (options.reuse && QFileInfo::exists(options.path)) {
        std::unique_ptr<SqliteStore> store = openStore(options.path);
        // The save figures below add one long article to the corpus, so a reused database holds
        // the corpus and maybe that one: look for the corpus's first and last articles.
        const qint64 count = store->countArticles({}).value_or(-1);
        reuse = (count == options.articles || count == options.articles + 1)
            && store->articleVersion(sample.id).value_or(0) > 0
            && store->articleVersion(generator.article(options.articles - 1).id).value_or(0) > 0;
        if (!reuse)
            out() << "(--reuse: " << options.path << " does not hold this corpus; making it)\n";
    }
    if (!reuse)
        loaded = load(options.path, generator, options.articles);

    std::unique_ptr<SqliteStore> store = openStore(options.path);
    for (const QString &pragma : options.pragmas)
        check(store->prepare(u"PRAGMA "_s + pragma).value().exec(), pragma);

    out() << "Database\n";
    out() << "  " << options.articles << " articles, "
          << QString::number(double(QFileInfo(options.path).size()) / 1e6, 'f', 0) << " MB";
    if (loaded) {
        out() << "; " << loaded->words << " body words ("
              << QString::number(double(loaded->words) / double(loaded->articles), 'f', 0)
              << " per article), " << loaded->images << " images\n";
        out() << "  generated in " << formatMs(loaded->generateMs) << " (not counted below)\n\n";
        out() << "Insert: Store::saveArticle, one transaction per " << BatchSize << " articles\n";
        out() << "  "
              << QString::number(double(loaded->articles) / (loaded->saveMs / 1000.0), 'f', 0)
              << " articles/s (" << formatMs(loaded->saveMs) << " in all); per batch median "
              << formatMs(loaded->batch.median) << ", p95 " << formatMs(loaded->batch.p95) << "\n";
    } else {
        out() << " (reused: no insert figures)\n";
    }
    out() << "\n";
    out().flush();

    {
        QList<QByteArray> texts;
        for (int i = 0; i < qMin<qint64>(options.articles, 2000); ++i)
            texts << CanonicalBody::plainText(generator.article(i).body).toUtf8();
        const TokenizerFigures ours = tokenizerThroughput(store->handle(), "newsroom", texts);
        const TokenizerFigures u61 = tokenizerThroughput(store->handle(), "unicode61", texts);
        out() << "Tokenizer alone (" << texts.size() << " bodies, CPU time)\n";
        out() << "  newsroom " << QString::number(ours.mbPerSecond, 'f', 1) << " MB/s, "
              << QString::number(ours.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s; unicode61 "
              << QString::number(u61.mbPerSecond, 'f', 1) << " MB/s, "
              << QString::number(u61.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s\n\n";
        out().flush();
    }

    // --- search -------------------------------------------------------------------------------
    QList<QList<double>> searchWall, searchCpu;
    QList<int> hits;
    QStringList searchSql;
    for (const QString &text : querySet()) {
        SearchRequest request;
        request.text = text;
        request.limit = 20;
        {
            StatementRecorder recorder(store->handle());
            hits << int(check(store->search(request), u"search "_s + text).size());
            for (const QString &sql : recorder.statements()) {
                if (sql.contains(u"MATCH"_s))
                    searchSql << sql;
            }
        }
        QList<double> w, c;
        timeRuns(options.repeat, [&] { check(store->search(request), text); }, &w, &c);
        searchWall << w;
        searchCpu << c;
    }
    const Timings search = Timings::of(searchWall, searchCpu);
    std::optional<Timings> floor;
    if (searchSql.size() == querySet().size())
        floor = runSqliteTool(options, searchSql, true);
    else
        out() << "  (the store's search SQL could not be caught; no floor)\n";

    out() << "Search: Store::search, 20 hits with snippets; " << querySet().size() << " queries × "
          << options.repeat << " runs after a warm-up; load average " << loadAverage() << "\n";
    out() << "  query                             hits       wall        CPU   sqlite3 tool CPU\n";
    for (qsizetype i = 0; i < querySet().size(); ++i) {
        out() << "  " << querySet().at(i).leftJustified(32)
              << QString::number(hits.at(i)).rightJustified(5)
              << formatMs(search.wallMedian.at(i)).rightJustified(11)
              << formatMs(search.cpuMedian.at(i)).rightJustified(11)
              << (floor ? formatMs(floor->cpuMedian.at(i)) : u"—"_s).rightJustified(19) << "\n";
    }
    out() << "\n";

    // --- list ---------------------------------------------------------------------------------
    QList<QList<double>> listWall, listCpu;
    const QList<NamedQuery> lists = listQueries(sample);
    QList<int> rows;
    for (const NamedQuery &q : lists) {
        rows << int(check(store->listArticles(q.query), q.name).rows.size());
        QList<double> w, c;
        timeRuns(options.repeat, [&] { check(store->listArticles(q.query), q.name); }, &w, &c);
        listWall << w;
        listCpu << c;
    }
    const Timings list = Timings::of(listWall, listCpu);
    QList<double> countWall, countCpu;
    timeRuns(
        options.repeat, [&] { check(store->countByStatus({}), u"count"_s); }, &countWall,
        &countCpu);
    out() << "List: Store::listArticles, first page of 100 (no bodies)\n";
    out() << "  query                                        rows       wall        CPU\n";
    for (qsizetype i = 0; i < lists.size(); ++i) {
        out() << "  " << lists.at(i).name.leftJustified(43)
              << QString::number(rows.at(i)).rightJustified(5)
              << formatMs(list.wallMedian.at(i)).rightJustified(11)
              << formatMs(list.cpuMedian.at(i)).rightJustified(11) << "\n";
    }
    out() << "\n";
    out().flush();

    // --- save with revision -------------------------------------------------------------------
    CorpusOptions longOptions = corpus;
    longOptions.minWords = 5000;
    longOptions.maxWords = 5400;
    longOptions.imageShare = 0;
    Article big = CorpusGenerator(longOptions).article(options.articles + 1000000);
    const int bigWords = CorpusGenerator::countWords(CanonicalBody::plainText(big.body));
    // A reused database already has it from the last run: go on from its stored version.
    int version = store->articleVersion(big.id).value_or(0);
    version
        = check(store->saveArticle(big, version, u"bench"_s), u"save the long article"_s).version;
    QList<double> saveWall, saveCpu;
    const int saves = qMax(options.repeat, 30);
    std::optional<StatementProfiler> profiler;
    profiler.emplace(store->handle());
    for (int i = 0; i <= saves; ++i) {
        // An edit, as a press officer makes them: a sentence added to the first paragraph.
        const qsizetype end = big.body.indexOf(u"</p>"_s);
        big.body.insert(end, u" Уточнение %1."_s.arg(i));
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        version = check(store->saveArticle(big, version, u"bench"_s), u"save"_s).version;
        if (i > 0) {
            saveWall << double(t.nsecsElapsed()) / 1e6;
            saveCpu << cpuMs() - cpuStart;
        }
    }
    const BenchStats saveW = BenchStats::of(saveWall), saveC = BenchStats::of(saveCpu);
    const auto slowest = profiler->top(5);
    const double statementMs = profiler->totalMs() / double(saves + 1);
    profiler.reset();

    // Where a save's time goes, in parts anyone can call: the canonical check with the text
    // extraction, the content hash, and the search index's share (the old text out, the new in).
    QList<double> partWall, checkCpu, hashCpu, indexCpu;
    timeRuns(
        options.repeat, [&] { (void)SearchText::bodyIfCanonical(big.body); }, &partWall, &checkCpu);
    timeRuns(options.repeat, [&] { (void)ContentHash::compute(big); }, &partWall, &hashCpu);
    {
        QSqlDatabase scratch = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scratch"_s);
        scratch.setDatabaseName(u":memory:"_s);
        if (!scratch.open() || !registerNewsroomTokenizer(sqliteHandle(scratch)))
            fail(u"scratch database"_s);
        QSqlQuery q(scratch);
        q.exec(SqliteSearchIndex::createTableSql());
        const SearchText::Document doc = SearchText::of(big.meta, SearchText::body(big.body));
        auto insert = [&] {
            q.prepare(u"INSERT INTO article_search (rowid, headline, lead, body, tags) "
                      "VALUES (1, ?, ?, ?, ?)"_s);
            q.addBindValue(doc.headline);
            q.addBindValue(doc.lead);
            q.addBindValue(doc.body);
            q.addBindValue(doc.tags);
            if (!q.exec())
                fail(q.lastError().text());
        };
        insert();
        timeRuns(
            options.repeat,
            [&] {
                scratch.transaction();
                q.exec(u"DELETE FROM article_search WHERE rowid = 1"_s);
                insert();
                scratch.commit();
            },
            &partWall, &indexCpu);
        q.finish();
        scratch.close();
    }
    QSqlDatabase::removeDatabase(u"scratch"_s);

    // --- summary ------------------------------------------------------------------------------
    out() << "Summary                                             wall: median    p95      CPU: "
             "median    p95\n";
    printRow(u"search (Store::search)"_s, search.wall, search.cpu);
    if (floor)
        printRow(u"  the same SQL in the sqlite3 tool (the floor)"_s, floor->wall, floor->cpu);
    printRow(u"list first page (Store::listArticles)"_s, list.wall, list.cpu);
    printRow(u"counts per status (Store::countByStatus)"_s, BenchStats::of(countWall),
             BenchStats::of(countCpu));
    printRow(u"save with revision, %1-word article"_s.arg(bigWords), saveW, saveC);
    out() << "    of which (CPU medians, measured apart): canonical check and text "
          << formatMs(BenchStats::of(checkCpu).median) << ", content hash "
          << formatMs(BenchStats::of(hashCpu).median) << ",\n      search index (delete + insert) "
          << formatMs(BenchStats::of(indexCpu).median) << "\n";
    out() << "    SQLite's own time per save (SQLITE_TRACE_PROFILE, mean): "
          << formatMs(statementMs) << "; the longest statements in all " << (saves + 1)
          << " saves:\n";
    for (const auto &[ms, calls, sql] : slowest) {
        out() << "      " << formatMs(ms).rightJustified(10)
              << QString::number(calls).rightJustified(6) << "×  " << sql.left(90) << "\n";
    }
    if (floor) {
        out() << "  (the sqlite3 tool's wall clock counts whole milliseconds; compare CPU time)\n";
    }

    out() << "\nTargets (load average " << loadAverage() << " on this machine: wall clock includes "
          << "waiting for a CPU)\n";
    out() << target(u"search median ≤ 5 ms"_s, search.wall.median, search.cpu.median, 5.0);
    if (floor) {
        const double ratio = search.cpu.median / floor->cpu.median;
        out() << "  search ≤ 1.5× the floor            " << QString::number(ratio, 'f', 2)
              << "× (CPU, store vs sqlite3 tool)  " << verdict(ratio <= 1.5) << "\n";
    }
    out() << target(u"list first page median ≤ 10 ms"_s, list.wall.median, list.cpu.median, 10.0);
    out() << target(u"save median ≤ 3 ms"_s, saveW.median, saveC.median, 3.0);
    out().flush();
    return 0;
}
