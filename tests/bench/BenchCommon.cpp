#include "BenchCommon.h"

#include "article/Article.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstdlib>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void fail(const QString &message)
{
    out().flush();
    QTextStream(stderr) << "newsroom-bench: " << message << Qt::endl;
    std::exit(1);
}

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

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timings Timings::of(const QList<QList<double>> &wall, const QList<QList<double>> &cpu)
{
    Timings t;
    QList<double> allWall, allCpu;
    for (qsizetype i = 0; i < wall.size(); ++i) {
        allWall += wall.at(i);
        allCpu += cpu.at(i);
        t.wallMedian << BenchStats::of(wall.at(i)).median;
        t.cpuMedian << BenchStats::of(cpu.at(i)).median;
    }
    t.wall = BenchStats::of(allWall);
    t.cpu = BenchStats::of(allCpu);
    return t;
}

QString sqlLiteral(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', u"''"_s) + u'\'';
}

std::optional<Timings> runSqliteTool(const BenchOptions &options, const QStringList &statements,
                                     bool loadExtension)
{
    QString script;
    if (loadExtension) {
        if (!QFileInfo::exists(options.extension))
            return std::nullopt;
        script += u".load %1 sqlite3_newsroomfts_init\n"_s.arg(options.extension);
    }
    for (const QString &pragma : options.pragmas)
        script += u"PRAGMA "_s + pragma + u";\n"_s;
    script += u".timer on\n"_s;
    for (const QString &statement : statements) {
        for (int r = 0; r <= options.repeat; ++r)
            script += statement + u";\n"_s;
    }
    QProcess tool;
    tool.start(options.sqlite3, { u"-batch"_s, options.path });
    if (!tool.waitForStarted(10000))
        return std::nullopt;
    tool.write(script.toUtf8());
    tool.closeWriteChannel();
    if (!tool.waitForFinished(60 * 60 * 1000) || tool.exitCode() != 0) {
        QTextStream(stderr) << "newsroom-bench: sqlite3 failed: " << tool.readAllStandardError()
                            << Qt::endl;
        return std::nullopt;
    }
    static const QRegularExpression runTime(
        u"^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s,
        QRegularExpression::MultilineOption);
    QList<double> real, cpuTimes;
    auto it = runTime.globalMatch(QString::fromUtf8(tool.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        real << m.captured(1).toDouble() * 1000.0;
        cpuTimes << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
    }
    // Pragmas that return a value ("PRAGMA mmap_size=…") are timed too: skip those lines.
    const qsizetype expected = statements.size() * (options.repeat + 1);
    if (real.size() < expected) {
        QTextStream(stderr) << "newsroom-bench: expected " << expected
                            << " timings from sqlite3, got " << real.size() << Qt::endl;
        return std::nullopt;
    }
    real = real.mid(real.size() - expected);
    cpuTimes = cpuTimes.mid(cpuTimes.size() - expected);
    QList<QList<double>> wall, cpu;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const qsizetype first = i * (options.repeat + 1) + 1; // skip the warm-up run
        wall << real.mid(first, options.repeat);
        cpu << cpuTimes.mid(first, options.repeat);
    }
    return Timings::of(wall, cpu);
}

namespace {
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
} // namespace

TokenizerFigures tokenizerThroughput(sqlite3 *db, const char *name, const QList<QByteArray> &texts)
{
    fts5_api *api = fts5Api(db);
    void *context = nullptr;
    fts5_tokenizer tokenizer {};
    if (!api || api->xFindTokenizer(api, name, &context, &tokenizer) != SQLITE_OK)
        fail(u"no tokenizer %1"_s.arg(QString::fromLatin1(name)));
    const bool u61 = qstrcmp(name, "unicode61") == 0;
    const char *args[] = { "remove_diacritics", "2" };
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(context, u61 ? args : nullptr, u61 ? 2 : 0, &instance) != SQLITE_OK)
        fail(u"cannot create tokenizer %1"_s.arg(QString::fromLatin1(name)));
    qint64 bytes = 0;
    for (const QByteArray &text : texts)
        bytes += text.size();
    QList<double> passes;
    qint64 tokens = 0;
    for (int pass = 0; pass < 5; ++pass) {
        tokens = 0;
        const double start = cpuMs();
        for (const QByteArray &text : texts) {
            tokenizer.xTokenize(instance, &tokens, FTS5_TOKENIZE_DOCUMENT, text.constData(),
                                int(text.size()), [](void *c, int, const char *, int, int, int) {
                                    ++*static_cast<qint64 *>(c);
                                    return SQLITE_OK;
                                });
        }
        passes << (cpuMs() - start) / 1000.0;
    }
    tokenizer.xDelete(instance);
    const double seconds = BenchStats::of(passes).median;
    return { double(bytes) / 1e6 / seconds, double(tokens) / seconds };
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

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

QString verdict(bool ok)
{
    return ok ? u"OK"_s : u"MISSED"_s;
}

void printHeader(const QString &title, const BenchOptions &options)
{
    out() << title << "\n";
    out() << "  " << options.articles << " articles (seed " << options.seed << "), SQLite "
          << sqlite3_libversion() << ", " << cpuModel() << ", " << QThread::idealThreadCount()
          << " CPUs, load average " << loadAverage() << "\n";
    out() << "  database: " << options.path << "\n";
    if (!options.pragmas.isEmpty())
        out() << "  pragmas: " << options.pragmas.join(u", "_s) << "\n";
    out() << "\n";
    out().flush();
}

// Times fn (1 + repeat) times, the first run a warm-up.
void timeRuns(int repeat, const std::function<void()> &fn, QList<double> *wall, QList<double> *cpu)
{
    for (int r = 0; r <= repeat; ++r) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        fn();
        if (r > 0) {
            *wall << double(t.nsecsElapsed()) / 1e6;
            *cpu << cpuMs() - cpuStart;
        }
    }
}

QList<NamedQuery> listQueries(const Article &sample)
{
    QList<NamedQuery> list;
    list << NamedQuery { u"all, newest first"_s, {} };
    ArticleQuery q;
    q.filter.statuses = { ArticleStatus::Published };
    list << NamedQuery { u"published"_s, q };
    q = {};
    q.filter.statuses = { ArticleStatus::InReview, ArticleStatus::ChangesRequested };
    list << NamedQuery { u"in review or sent back"_s, q };
    q = {};
    q.filter.section = sample.meta.section;
    list << NamedQuery { u"section “%1”"_s.arg(sample.meta.section), q };
    q = {};
    q.filter.language = u"be"_s;
    list << NamedQuery { u"language be"_s, q };
    q = {};
    q.filter.author = sample.meta.byline.value(0);
    list << NamedQuery { u"author “%1”"_s.arg(q.filter.author), q };
    q = {};
    q.filter.from = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::UTC);
    q.filter.to = QDateTime(QDate(2024, 4, 1), QTime(0, 0), QTimeZone::UTC);
    list << NamedQuery { u"updated in March 2024"_s, q };
    q = {};
    q.sort = ArticleSort::Headline;
    q.descending = false;
    list << NamedQuery { u"all, by headline"_s, q };
    q = {};
    q.sort = ArticleSort::Status;
    q.filter.language = u"ru"_s;
    list << NamedQuery { u"ru, by status"_s, q };
    return list;
}
