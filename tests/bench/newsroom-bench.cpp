// newsroom-bench: figures for the local store's full-text search, printed, never asserted.
//
// Until the SqliteStore is on main this measures the search layer underneath it directly: N
// generated articles (storage/CorpusGenerator) go into two FTS5 tables of one SQLite file — one
// with the "newsroom" tokenizer (stemming), one with FTS5's built-in unicode61 — and a fixed set
// of Russian, Belarusian and English queries runs against both in-process (Qt Sql, as the store
// will) and through the sqlite3 command-line tool on the same file: the floor no application code
// can beat. For the newsroom table the tool loads the tokenizer as an extension
// (libnewsroom_fts5.so), so the floor is the very same query on the very same table; the
// unicode61 table gives the floor of a search without stemming beside it.
//
// The tool's .timer reports wall-clock time in whole milliseconds, CPU time in microseconds;
// the floor ratio therefore compares CPU time on both sides. Wall-clock time in-process is
// printed too: on a loaded machine it is the CPU time plus the waiting.
//
// Run through scripts/bench (scripts/dev bench), which builds the release tree first.

#include "BenchStats.h"

#include "article/CanonicalBody.h"
#include "storage/CorpusGenerator.h"
#include "storage/sqlite/NewsroomTokenizer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

// What press officers search for: topics, places, people, phrases, prefixes — in all three
// languages. Fixed, so that runs compare.
const QStringList &querySet()
{
    static const QStringList queries {
        u"урожай"_s,
        u"урожаем"_s,
        u"уборка зерновых"_s,
        u"урож*"_s,
        u"\"прямая телефонная линия\""_s,
        u"вакцинация гриппа"_s,
        u"ремонт дороги"_s,
        u"избирательный участок"_s,
        u"Тимковичи"_s,
        u"Ковалёва"_s,
        u"олимпиада химии"_s,
        u"\"Дом культуры\""_s,
        u"бюджет"_s,
        u"ураджай"_s,
        u"выбары"_s,
        u"\"прамая тэлефонная лінія\""_s,
        u"вакцынацыя"_s,
        u"Капыль"_s,
        u"harvest"_s,
        u"harvesting"_s,
        u"road repairs"_s,
        u"vaccination"_s,
        u"\"polling station\""_s,
        u"olympiad"_s,
        u"integration"_s,
        u"Kopyl"_s,
    };
    return queries;
}

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

void fail(const QString &message)
{
    QTextStream(stderr) << "newsroom-bench: " << message << Qt::endl;
    std::exit(1);
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

// --- tokenizer throughput through FTS5's own tokenizer interface ------------------------------

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

struct TokenizerFigures
{
    double mbPerSecond = 0;
    double tokensPerSecond = 0;
};

TokenizerFigures tokenizerThroughput(QSqlDatabase &db, const char *name,
                                     const QList<QByteArray> &texts, qint64 bytes)
{
    fts5_api *api = fts5Api(sqliteHandle(db));
    void *context = nullptr;
    fts5_tokenizer tokenizer {};
    if (!api || api->xFindTokenizer(api, name, &context, &tokenizer) != SQLITE_OK)
        fail(u"no tokenizer %1"_s.arg(QString::fromLatin1(name)));
    const bool u61 = qstrcmp(name, "unicode61") == 0;
    const char *args[] = { "remove_diacritics", "2" };
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(context, u61 ? args : nullptr, u61 ? 2 : 0, &instance) != SQLITE_OK)
        fail(u"cannot create tokenizer %1"_s.arg(QString::fromLatin1(name)));
    QList<double> passes;
    qint64 tokens = 0;
    for (int pass = 0; pass < 5; ++pass) {
        tokens = 0;
        QElapsedTimer t;
        t.start();
        for (const QByteArray &text : texts) {
            tokenizer.xTokenize(instance, &tokens, FTS5_TOKENIZE_DOCUMENT, text.constData(),
                                int(text.size()), [](void *c, int, const char *, int, int, int) {
                                    ++*static_cast<qint64 *>(c);
                                    return SQLITE_OK;
                                });
        }
        passes << double(t.nsecsElapsed()) / 1e9;
    }
    tokenizer.xDelete(instance);
    const double seconds = BenchStats::of(passes).median;
    return { double(bytes) / 1e6 / seconds, double(tokens) / seconds };
}

// --- searching --------------------------------------------------------------------------------

// Per statement: wall-clock time and CPU time (user + system) of the process. The sqlite3 tool's
// .timer reports wall-clock time in whole milliseconds only, but CPU time in microseconds, so the
// floor comparison is made on CPU time — and a warm, CPU-bound query's CPU time is its latency
// on an idle machine.
struct SearchFigures
{
    BenchStats wall, cpu;
    QList<double> wallMedian, cpuMedian; // per query
    QList<int> hits;
};

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

SearchFigures figures(const QList<QList<double>> &wall, const QList<QList<double>> &cpu)
{
    SearchFigures f;
    QList<double> allWall, allCpu;
    for (qsizetype i = 0; i < wall.size(); ++i) {
        allWall += wall.at(i);
        allCpu += cpu.at(i);
        f.wallMedian << BenchStats::of(wall.at(i)).median;
        f.cpuMedian << BenchStats::of(cpu.at(i)).median;
    }
    f.wall = BenchStats::of(allWall);
    f.cpu = BenchStats::of(allCpu);
    return f;
}

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
    SearchFigures f = figures(wall, cpu);
    f.hits = hits;
    return f;
}

QString sqlLiteral(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', u"''"_s) + u'\'';
}

// The same statements through the sqlite3 tool, timed by its own .timer. For the newsroom table
// the tool loads the tokenizer as an extension first.
std::optional<SearchFigures> searchWithCli(const QString &sqlite3, const QString &path,
                                           const char *table, const QString &extension,
                                           const QStringList &pragmas, int repeat)
{
    QString script;
    for (const QString &pragma : pragmas)
        script += u"PRAGMA "_s + pragma + u";\n"_s;
    if (table == NewsroomTable) {
        if (!QFileInfo::exists(extension))
            return std::nullopt;
        script += u".load %1 sqlite3_newsroomfts_init\n"_s.arg(extension);
    }
    script += u".timer on\n"_s;
    for (const QString &query : querySet()) {
        for (int r = 0; r <= repeat; ++r)
            script += QString(searchSql(table)).replace(u"?1"_s, sqlLiteral(query)) + u";\n"_s;
    }
    QProcess cli;
    cli.start(sqlite3, { u"-batch"_s, path });
    if (!cli.waitForStarted(10000))
        return std::nullopt;
    cli.write(script.toUtf8());
    cli.closeWriteChannel();
    if (!cli.waitForFinished(30 * 60 * 1000) || cli.exitCode() != 0) {
        QTextStream(stderr) << "newsroom-bench: sqlite3 failed: " << cli.readAllStandardError()
                            << Qt::endl;
        return std::nullopt;
    }
    static const QRegularExpression runTime(
        u"^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s,
        QRegularExpression::MultilineOption);
    QList<double> real, cpuTimes;
    auto it = runTime.globalMatch(QString::fromUtf8(cli.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        real << m.captured(1).toDouble() * 1000.0;
        cpuTimes << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
    }
    const qsizetype queries = querySet().size();
    if (real.size() != queries * (repeat + 1)) {
        QTextStream(stderr) << "newsroom-bench: expected " << queries * (repeat + 1)
                            << " timings from sqlite3, got " << real.size() << Qt::endl;
        return std::nullopt;
    }
    QList<QList<double>> wall, cpu;
    for (qsizetype i = 0; i < queries; ++i) {
        const qsizetype first = i * (repeat + 1) + 1; // skip the warm-up run
        wall << real.mid(first, repeat);
        cpu << cpuTimes.mid(first, repeat);
    }
    return figures(wall, cpu);
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return u"unknown CPU"_s;
}

QString verdict(bool ok)
{
    return ok ? u"OK"_s : u"MISSED"_s;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

} // namespace

int main(int argc, char **argv)
{
    // QGuiApplication for the image plugins the corpus generator may use; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsroom-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the Newsroom search benchmark figures."_s);
    parser.addHelpOption();
    const QCommandLineOption articlesOption(u"articles"_s, u"Articles in the corpus."_s, u"N"_s,
                                            u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Corpus seed."_s, u"S"_s, u"1"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs of each query."_s, u"R"_s,
                                          u"20"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database file (rebuilt unless --reuse)."_s,
                                      u"PATH"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Reuse the database if it holds the same corpus (no load figures)."_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The sqlite3 command-line tool."_s,
                                          u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption extensionOption(
        u"extension"_s, u"The tokenizer as a SQLite extension (libnewsroom_fts5.so)."_s, u"PATH"_s);
    const QCommandLineOption pragmaOption(
        u"pragma"_s, u"A PRAGMA for the searching connections, e.g. mmap_size=268435456."_s,
        u"NAME=VALUE"_s);
    const QCommandLineOption optimizeOption(
        u"optimize"_s, u"Merge each FTS5 index into one segment before searching."_s);
    parser.addOptions({ articlesOption, seedOption, repeatOption, dbOption, reuseOption,
                        sqliteOption, extensionOption, pragmaOption, optimizeOption });
    parser.process(app);

    const qint64 articles = parser.value(articlesOption).toLongLong();
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    CorpusOptions corpus;
    corpus.seed = parser.value(seedOption).toULongLong();
    corpus.imageShare = 0; // images do not reach the search index
    const CorpusGenerator generator(corpus);
    if (articles <= 0)
        fail(u"--articles must be positive"_s);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = QDir::temp().filePath(u"newsroom-bench-%1.sqlite"_s.arg(articles));
    path = QFileInfo(path).absoluteFilePath();

    out << "Newsroom search benchmark\n";
    out << "  " << articles << " articles (seed " << corpus.seed << "), SQLite "
        << sqlite3_libversion() << ", " << cpuModel() << ", " << QThread::idealThreadCount()
        << " CPUs\n";
    out << "  database: " << path << "\n";
    if (parser.isSet(pragmaOption))
        out << "  pragmas: " << parser.values(pragmaOption).join(u", "_s) << "\n";
    out << "\n";
    out.flush();

    std::optional<LoadFigures> loaded;
    {
        bool reuse = false;
        if (parser.isSet(reuseOption) && QFileInfo::exists(path)) {
            QSqlDatabase db = openDatabase(path, u"probe"_s);
            reuse = meta(db, u"articles"_s) == QString::number(articles)
                && meta(db, u"seed"_s) == QString::number(corpus.seed);
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
    const QStringList pragmas = parser.values(pragmaOption);
    for (const QString &pragma : pragmas)
        exec(db, u"PRAGMA "_s + pragma);
    if (parser.isSet(optimizeOption)) {
        for (const char *table : { NewsroomTable, Unicode61Table }) {
            QElapsedTimer t;
            t.start();
            exec(db, u"INSERT INTO %1(%1) VALUES('optimize')"_s.arg(QString::fromLatin1(table)));
            out << "optimize " << table << ": " << formatMs(double(t.nsecsElapsed()) / 1e6) << "\n";
        }
        exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const qint64 totalWords = meta(db, u"words"_s).toLongLong();
    const qint64 totalBytes = meta(db, u"bytes"_s).toLongLong();
    const double fileMb = double(QFileInfo(path).size()) / 1e6;

    out << "Corpus\n";
    out << "  " << totalWords << " body words, "
        << QString::number(double(totalWords) / double(articles), 'f', 0)
        << " per article on average; " << QString::number(double(totalBytes) / 1e6, 'f', 0)
        << " MB of indexed text; database " << QString::number(fileMb, 'f', 0)
        << " MB (both tables)\n";
    if (loaded) {
        out << "  generated in " << formatMs(loaded->generateMs) << "\n\n";
        out << "Insert (one transaction per " << BatchSize
            << " articles, WAL, synchronous=NORMAL)\n";
        auto line = [&](const char *label, double ms, const BenchStats &batch) {
            out << "  " << label
                << QString::number(double(loaded->articles) / (ms / 1000.0), 'f', 0)
                << " articles/s, "
                << QString::number(double(totalBytes) / 1e6 / (ms / 1000.0), 'f', 1)
                << " MB/s; per batch median " << formatMs(batch.median) << ", p95 "
                << formatMs(batch.p95) << "\n";
        };
        line("tokenize=newsroom:  ", loaded->newsroomMs, loaded->newsroomBatch);
        line("tokenize=unicode61: ", loaded->unicode61Ms, loaded->unicode61Batch);
    } else {
        out << "  (reused; no insert figures)\n";
    }
    out << "\n";
    out.flush();

    {
        QList<QByteArray> texts;
        qint64 bytes = 0;
        for (int i = 0; i < qMin<qint64>(articles, 2000); ++i) {
            texts << plainText(generator.article(i).body).toUtf8();
            bytes += texts.last().size();
        }
        const TokenizerFigures ours = tokenizerThroughput(db, "newsroom", texts, bytes);
        const TokenizerFigures u61 = tokenizerThroughput(db, "unicode61", texts, bytes);
        out << "Tokenizer alone (" << texts.size() << " bodies, median of 5 passes)\n";
        out << "  newsroom:  " << QString::number(ours.mbPerSecond, 'f', 1) << " MB/s, "
            << QString::number(ours.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s\n";
        out << "  unicode61: " << QString::number(u61.mbPerSecond, 'f', 1) << " MB/s, "
            << QString::number(u61.tokensPerSecond / 1e6, 'f', 2) << " M tokens/s\n\n";
        out.flush();
    }

    const SearchFigures ours = searchInProcess(db, NewsroomTable, repeat);
    const SearchFigures ranked
        = searchInProcess(db, NewsroomTable, repeat, Variant::RankedWithoutSnippet);
    const SearchFigures newest = searchInProcess(db, NewsroomTable, repeat, Variant::NewestFirst);
    const SearchFigures u61 = searchInProcess(db, Unicode61Table, repeat);
    db.close();
    const QString extension = parser.isSet(extensionOption)
        ? parser.value(extensionOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(u"libnewsroom_fts5.so"_s);
    const QString sqlite3 = parser.value(sqliteOption);
    const std::optional<SearchFigures> ourFloor
        = searchWithCli(sqlite3, path, NewsroomTable, extension, pragmas, repeat);
    const std::optional<SearchFigures> u61Floor
        = searchWithCli(sqlite3, path, Unicode61Table, extension, pragmas, repeat);

    out << "Search: " << querySet().size() << " queries × " << repeat
        << " timed runs each (after one warm-up), load average " << loadAverage()
        << ",\n"
           "  SELECT rowid, snippet(body) … MATCH ? ORDER BY rank LIMIT 20; per-query medians\n";
    out << "                                   ── tokenize=newsroom ──────────────   ── unicode61 "
           "──────────────────────\n";
    out << "                                         in-process     sqlite3 tool            "
           "in-process     sqlite3 tool\n";
    out << "  query                            hits   wall    cpu      cpu (wall)     hits   "
           "wall    cpu      cpu (wall)\n";
    auto cli = [](const std::optional<SearchFigures> &f, qsizetype i) {
        if (!f)
            return u"—"_s.rightJustified(17);
        const QString text
            = formatMs(f->cpuMedian.at(i)) + u" ("_s + formatMs(f->wallMedian.at(i)) + u')';
        return text.rightJustified(20);
    };
    for (qsizetype i = 0; i < querySet().size(); ++i) {
        out << "  " << querySet().at(i).leftJustified(31)
            << QString::number(ours.hits.at(i)).rightJustified(5)
            << formatMs(ours.wallMedian.at(i)).rightJustified(9)
            << formatMs(ours.cpuMedian.at(i)).rightJustified(9) << cli(ourFloor, i)
            << QString::number(u61.hits.at(i)).rightJustified(6)
            << formatMs(u61.wallMedian.at(i)).rightJustified(9)
            << formatMs(u61.cpuMedian.at(i)).rightJustified(9) << cli(u61Floor, i) << "\n";
    }
    out << "\n  over all runs                                      median      p95\n";
    auto row = [&](const char *label, const std::optional<BenchStats> &s) {
        out << "  " << label;
        if (s)
            out << formatMs(s->median).rightJustified(10) << formatMs(s->p95).rightJustified(10)
                << "\n";
        else
            out << "  (the sqlite3 tool could not be run)\n";
    };
    auto cpuOf = [](const std::optional<SearchFigures> &f) {
        return f ? std::optional<BenchStats>(f->cpu) : std::nullopt;
    };
    row("newsroom, in-process, wall clock               ", ours.wall);
    row("newsroom, in-process, CPU                      ", ours.cpu);
    row("newsroom, in-process, CPU, without snippet()   ", ranked.cpu);
    row("newsroom, in-process, CPU, newest first        ", newest.cpu);
    row("newsroom, sqlite3 tool, CPU (the floor)        ", cpuOf(ourFloor));
    row("unicode61, in-process, wall clock              ", u61.wall);
    row("unicode61, sqlite3 tool, CPU (no stemming)     ", cpuOf(u61Floor));

    out << "\nTargets\n";
    out << "  search median ≤ 5 ms (wall clock):            " << formatMs(ours.wall.median) << "  "
        << verdict(ours.wall.median <= 5.0) << "\n";
    if (ourFloor) {
        const double ratio = ours.cpu.median / ourFloor->cpu.median;
        out << "  ≤ 1.5× the floor (CPU, same table, sqlite3):  " << QString::number(ratio, 'f', 2)
            << "×  " << verdict(ratio <= 1.5) << "\n";
    }
    if (u61Floor) {
        out << "  against unicode61 in the sqlite3 tool (CPU):  "
            << QString::number(ours.cpu.median / u61Floor->cpu.median, 'f', 2)
            << "×  (not the same search: stemming finds more to rank and snippet)\n";
    }
    out << "  (insert throughput, list first page and save-with-revision are measured through the\n"
           "   store once it is on main; these figures are the raw FTS5 layer beneath it)\n";
    out.flush();
    return 0;
}
