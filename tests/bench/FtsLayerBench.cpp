// The FTS5 layer on its own (newsroom-bench --fts-only): N generated articles go into two FTS5
// tables of one file, one with the "newsroom" tokenizer, one with FTS5's built-in unicode61, and
// the query set runs against both in-process and in the sqlite3 tool (with the tokenizer loaded
// as an extension for the newsroom table). Shows what the tokenizer costs and what stemming
// changes, beneath the store.

#include "BenchCommon.h"
#include "Benchmarks.h"

#include "article/CanonicalBody.h"
#include "storage/CorpusGenerator.h"
#include "storage/sqlite/NewsroomTokenizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const NewsroomTable = "fts_newsroom";
const char *const Unicode61Table = "fts_unicode61";

QString searchSql(const char *table)
{
    const QString t = QString::fromLatin1(table);
    return u"SELECT rowid, snippet(%1, 2, '[', ']', '…', 12) FROM %1 WHERE %1 MATCH ?1 "
           "ORDER BY rank LIMIT 20"_s.arg(t);
}

QString plainText(const QString &body)
{
    return CanonicalBody::plainText(body);
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(u"%1: %2"_s.arg(sql, q.lastError().text()));
    return true;
}

QSqlDatabase openDatabase(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    if (!db.open())
        fail(db.lastError().text());
    QString error;
    if (!registerNewsroomTokenizer(sqliteHandle(db), &error))
        fail(error);
    // As the store will run it.
    exec(db, u"PRAGMA journal_mode=WAL"_s);
    exec(db, u"PRAGMA synchronous=NORMAL"_s);
    return db;
}

QString meta(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM bench_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

struct LoadFigures
{
    qint64 articles = 0;
    qint64 words = 0;
    qint64 bytes = 0; // UTF-8 of the indexed text
    double generateMs = 0;
    double newsroomMs = 0;
    double unicode61Ms = 0;
    BenchStats newsroomBatch, unicode61Batch; // per batch of BatchSize articles
};

constexpr int BatchSize = 1000;

LoadFigures load(QSqlDatabase &db, const CorpusGenerator &generator, qint64 count)
{
    for (const char *table : { NewsroomTable, Unicode61Table }) {
        const QString tokenize = qstrcmp(table, NewsroomTable) == 0
            ? u"newsroom"_s
            : u"unicode61 remove_diacritics 2"_s;
        exec(db,
             u"CREATE VIRTUAL TABLE %1 USING fts5(headline, lead, body, tags, tokenize='%2')"_s.arg(
                 QString::fromLatin1(table), tokenize));
    }
    exec(db, u"CREATE TABLE bench_meta(key TEXT PRIMARY KEY, value TEXT)"_s);

    LoadFigures f;
    QList<double> newsroomBatches, unicode61Batches;
    QElapsedTimer progress;
    progress.start();
    for (qint64 first = 0; first < count; first += BatchSize) {
        const int n = int(qMin<qint64>(BatchSize, count - first));
        QElapsedTimer t;
        t.start();
        struct Row
        {
            QString headline, lead, body, tags;
        };
        QList<Row> rows;
        rows.reserve(n);
        for (int i = 0; i < n; ++i) {
            const Article a = generator.article(first + i);
            Row r { a.meta.headline, a.meta.lead, plainText(a.body), a.meta.tags.join(u", ") };
            f.words += CorpusGenerator::countWords(r.body);
            f.bytes += r.headline.toUtf8().size() + r.lead.toUtf8().size() + r.body.toUtf8().size()
                + r.tags.toUtf8().size();
            rows << r;
        }
        f.generateMs += double(t.nsecsElapsed()) / 1e6;

        for (const char *table : { NewsroomTable, Unicode61Table }) {
            t.restart();
            if (!db.transaction())
                fail(db.lastError().text());
            QSqlQuery insert(db);
            insert.prepare(
                u"INSERT INTO %1(rowid, headline, lead, body, tags) VALUES (?, ?, ?, ?, ?)"_s.arg(
                    QString::fromLatin1(table)));
            for (int i = 0; i < n; ++i) {
                insert.bindValue(0, first + i + 1);
                insert.bindValue(1, rows.at(i).headline);
                insert.bindValue(2, rows.at(i).lead);
                insert.bindValue(3, rows.at(i).body);
                insert.bindValue(4, rows.at(i).tags);
                if (!insert.exec())
                    fail(insert.lastError().text());
            }
            insert.finish();
            if (!db.commit())
                fail(db.lastError().text());
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (table == NewsroomTable) {
                f.newsroomMs += ms;
                newsroomBatches << ms;
            } else {
                f.unicode61Ms += ms;
                unicode61Batches << ms;
            }
        }
        f.articles += n;
        if (progress.elapsed() > 10000) {
            QTextStream(stderr) << "  … " << f.articles << " articles loaded" << Qt::endl;
            progress.restart();
        }
    }
    f.newsroomBatch = BenchStats::of(newsroomBatches);
    f.unicode61Batch = BenchStats::of(unicode61Batches);

    QSqlQuery q(db);
    q.prepare(u"INSERT INTO bench_meta(key, value) VALUES (?, ?)"_s);
    for (const auto &[key, value] :
         { std::pair { u"articles"_s, QString::number(f.articles) },
           std::pair { u"seed"_s, QString::number(generator.options().seed) },
           std::pair { u"words"_s, QString::number(f.words) },
           std::pair { u"bytes"_s, QString::number(f.bytes) } }) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            fail(q.lastError().text());
    }
    exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return f;
}

struct SearchFigures
{
    Timings t;
    QList<int> hits;
};

enum class Variant { Ranked, RankedWithoutSnippet, NewestFirst };

SearchFigures searchInProcess(QSqlDatabase &db, const char *table, int repeat,
                              Variant variant = Variant::Ranked)
{
    QList<QList<double>> wall, cpu;
    QList<int> hits;
    QSqlQuery q(db);
    QString sql = searchSql(table);
    const bool snippet = variant != Variant::RankedWithoutSnippet;
    if (!snippet)
        sql.replace(QRegularExpression(u", snippet\\([^)]*\\)"_s), QString());
    if (variant == Variant::NewestFirst)
        sql.replace(u"ORDER BY rank"_s, u"ORDER BY rowid DESC"_s);
    if (!q.prepare(sql))
        fail(q.lastError().text());
    for (const QString &query : querySet()) {
        QList<double> w, c;
        int n = 0;
        for (int r = 0; r <= repeat; ++r) { // r == 0 warms the cache and is not counted
            QElapsedTimer t;
            t.start();
            const double cpuStart = cpuMs();
            q.bindValue(0, query);
            if (!q.exec())
                fail(u"%1: %2"_s.arg(query, q.lastError().text()));
            n = 0;
            while (q.next()) {
                if (snippet)
                    q.value(1).toString();
                ++n;
            }
            if (r > 0) {
                w << double(t.nsecsElapsed()) / 1e6;
                c << cpuMs() - cpuStart;
            }
        }
        q.finish();
        wall << w;
        cpu << c;
        hits << n;
    }
    return { Timings::of(wall, cpu), hits };
}

} // namespace

int runFtsLayerBench(const BenchOptions &options)
{
    CorpusOptions corpus;
    corpus.seed = options.seed;
    corpus.imageShare = 0; // images do not reach the search index
    const CorpusGenerator generator(corpus);
    const qint64 articles = options.articles;
    const int repeat = options.repeat;
    const QString &path = options.path;
    printHeader(u"Newsroom benchmark: the FTS5 layer (--fts-only)"_s, options);

    std::optional<LoadFigures> loaded;
    {
        bool reuse = false;
        if (options.reuse && QFileInfo::exists(path)) {
            QSqlDatabase db = openDatabase(path, u"probe"_s);
            reuse = meta(db, u"articles"_s) == QString::number(articles)
                && meta(db, u"seed"_s) == QString::number(options.seed);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        if (!reuse) {
            for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
                QFile::remove(path + suffix);
            QSqlDatabase db = openDatabase(path, u"load"_s);
            loaded = load(db, generator, articles);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"load"_s);
    }

    QSqlDatabase db = openDatabase(path, u"bench"_s);
    for (const QString &pragma : options.pragmas)
        exec(db, u"PRAGMA "_s + pragma);
    if (options.optimize) {
        for (const char *table : { NewsroomTable, Unicode61Table }) {
            QElapsedTimer t;
            t.start();
            exec(db, u"INSERT INTO %1(%1) VALUES('optimize')"_s.arg(QString::fromLatin1(table)));
            out() << "optimize " << table << ": " << formatMs(double(t.nsecsElapsed()) / 1e6)
                  << "\n";
        }
        exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const qint64 totalWords = meta(db, u"words"_s).toLongLong();
    const qint64 totalBytes = meta(db, u"bytes"_s).toLongLong();
    const double fileMb = double(QFileInfo(path).size()) / 1e6;

    out() << "Corpus\n";
    out() << "  " << totalWords << " body words, "
          << QString::number(double(totalWords) / double(articles), 'f', 0)
          << " per article on average; " << QString::number(double(totalBytes) / 1e6, 'f', 0)
          << " MB of indexed text; database " << QString::number(fileMb, 'f', 0)
          << " MB (both tables)\n";
    if (loaded) {
        out() << "  generated in " << formatMs(loaded->generateMs) << "\n\n";
        out() << "Insert (one transaction per " << BatchSize
              << " articles, WAL, synchronous=NORMAL)\n";
        auto line = [&](const char *label, double ms, const BenchStats &batch) {
            out() << "  " << label
                  << QString::number(double(loaded->articles) / (ms / 1000.0), 'f', 0)
                  << " articles/s, "
                  << QString::number(double(totalBytes) / 1e6 / (ms / 1000.0), 'f', 1)
                  << " MB/s; per batch median " << formatMs(batch.median) << ", p95 "
                  << formatMs(batch.p95) << "\n";
        };
        line("tokenize=newsroom:  ", loaded->newsroomMs, loaded->newsroomBatch);
        line("tokenize=unicode61: ", loaded->unicode61Ms, loaded->unicode61Batch);
    } else {
        out() << "  (reused; no insert figures)\n";
    }
    out() << "\n";
    out().flush();

    {
        QList<QByteArray> texts;
        for (int i = 0; i < qMin<qint64>(articles, 2000); ++i)
            texts << plainText(generator.article(i).body).toUtf8();
        const TokenizerFigures ours = tokenizerThroughput(sqliteHandle(db), "newsroom", texts);
        const TokenizerFigures u61 = tokenizerThroughput(sqliteHandle(db), "unicode61", texts);
        out() << "Tokenizer alone (" << texts.size() << " bodies, CPU time, median of 5 passes)\n";
        out() << "  newsroom:  " << QString::number(ours.mbPerSecond, 'f', 1) << " MB/s, "
              << QString::number(ours.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s\n";
        out() << "  unicode61: " << QString::number(u61.mbPerSecond, 'f', 1) << " MB/s, "
              << QString::number(u61.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s\n\n";
        out().flush();
    }

    const SearchFigures ours = searchInProcess(db, NewsroomTable, repeat);
    const SearchFigures ranked
        = searchInProcess(db, NewsroomTable, repeat, Variant::RankedWithoutSnippet);
    const SearchFigures newest = searchInProcess(db, NewsroomTable, repeat, Variant::NewestFirst);
    const SearchFigures u61 = searchInProcess(db, Unicode61Table, repeat);
    db.close();
    auto statements = [](const char *table) {
        QStringList list;
        for (const QString &query : querySet())
            list << QString(searchSql(table)).replace(u"?1"_s, sqlLiteral(query));
        return list;
    };
    const std::optional<Timings> ourFloor = runSqliteTool(options, statements(NewsroomTable), true);
    const std::optional<Timings> u61Floor
        = runSqliteTool(options, statements(Unicode61Table), false);

    out() << "Search: " << querySet().size() << " queries × " << repeat
          << " timed runs each (after one warm-up), load average " << loadAverage()
          << ",\n"
             "  SELECT rowid, snippet(body) … MATCH ? ORDER BY rank LIMIT 20; per-query medians\n";
    out() << "                                   ── tokenize=newsroom ──────────────   ── "
             "unicode61 ──────────────────────\n";
    out() << "                                         in-process     sqlite3 tool            "
             "in-process     sqlite3 tool\n";
    out() << "  query                            hits   wall    cpu      cpu (wall)     hits   "
             "wall    cpu      cpu (wall)\n";
    auto tool = [](const std::optional<Timings> &f, qsizetype i) {
        if (!f)
            return u"—"_s.rightJustified(17);
        const QString text
            = formatMs(f->cpuMedian.at(i)) + u" ("_s + formatMs(f->wallMedian.at(i)) + u')';
        return text.rightJustified(20);
    };
    for (qsizetype i = 0; i < querySet().size(); ++i) {
        out() << "  " << querySet().at(i).leftJustified(31)
              << QString::number(ours.hits.at(i)).rightJustified(5)
              << formatMs(ours.t.wallMedian.at(i)).rightJustified(9)
              << formatMs(ours.t.cpuMedian.at(i)).rightJustified(9) << tool(ourFloor, i)
              << QString::number(u61.hits.at(i)).rightJustified(6)
              << formatMs(u61.t.wallMedian.at(i)).rightJustified(9)
              << formatMs(u61.t.cpuMedian.at(i)).rightJustified(9) << tool(u61Floor, i) << "\n";
    }
    out() << "\n  over all runs                                      median      p95\n";
    auto row = [&](const char *label, const std::optional<BenchStats> &s) {
        out() << "  " << label;
        if (s)
            out() << formatMs(s->median).rightJustified(10) << formatMs(s->p95).rightJustified(10)
                  << "\n";
        else
            out() << "  (the sqlite3 tool could not be run)\n";
    };
    auto cpuOf = [](const std::optional<Timings> &f) {
        return f ? std::optional<BenchStats>(f->cpu) : std::nullopt;
    };
    row("newsroom, in-process, wall clock               ", ours.t.wall);
    row("newsroom, in-process, CPU                      ", ours.t.cpu);
    row("newsroom, in-process, CPU, without snippet()   ", ranked.t.cpu);
    row("newsroom, in-process, CPU, newest first        ", newest.t.cpu);
    row("newsroom, sqlite3 tool, CPU (the floor)        ", cpuOf(ourFloor));
    row("unicode61, in-process, wall clock              ", u61.t.wall);
    row("unicode61, sqlite3 tool, CPU (no stemming)     ", cpuOf(u61Floor));
    if (ourFloor) {
        out() << "\n  in-process CPU / sqlite3 tool CPU, same table:   "
              << QString::number(ours.t.cpu.median / ourFloor->cpu.median, 'f', 2) << "×\n";
    }
    if (u61Floor) {
        out() << "  against unicode61 in the sqlite3 tool (CPU):     "
              << QString::number(ours.t.cpu.median / u61Floor->cpu.median, 'f', 2)
              << "×  (not the same search: stemming finds more to rank and snippet)\n";
    }
    out().flush();
    return 0;
}
