#pragma once

#include "BenchStats.h"
#include "storage/StoreTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

struct sqlite3;
struct Article;

// What both benchmark modes share: options, the query set, timing, the sqlite3 tool.

struct BenchOptions
{
    qint64 articles = 100000;
    quint64 seed = 1;
    int repeat = 20; // timed runs of each measured operation (after one warm-up run)
    QString path; // the database file
    bool reuse = false; // keep a database that holds the same corpus
    QString sqlite3 = QStringLiteral("sqlite3");
    QString extension; // libnewsroom_fts5.so
    QStringList pragmas;
    bool optimize = false;
    qint64 bundleArticles = 1000; // the bundle export benchmark's articles
    QString pg; // a PostgreSQL database (conninfo) for the team store's figures; emptied first
};

QTextStream &out();
[[noreturn]] void fail(const QString &message);

// What press officers search for: topics, places, people, phrases, prefixes — in all three
// languages. Fixed, so that runs compare.
const QStringList &querySet();

// CPU time (user + system) of this process, in milliseconds.
double cpuMs();

// Timings of a list of measured things (queries), each run several times: wall-clock and CPU
// time over all runs, and each thing's medians.
struct Timings
{
    BenchStats wall, cpu;
    QList<double> wallMedian, cpuMedian;

    static Timings of(const QList<QList<double>> &wall, const QList<QList<double>> &cpu);
};

// Runs each statement 1 + repeat times in the sqlite3 tool (the first run warms the cache and is
// not counted), after loading the newsroom tokenizer extension when one is given and applying
// the pragmas, and reads the tool's own .timer figures. The tool reports wall-clock time in whole
// milliseconds only, CPU time in microseconds.
std::optional<Timings> runSqliteTool(const BenchOptions &options, const QStringList &statements,
                                     bool loadExtension);

struct TokenizerFigures
{
    double mbPerSecond = 0;
    double tokensPerSecond = 0;
};

// A tokenizer alone ("newsroom" or "unicode61"), through FTS5's tokenizer interface on db.
TokenizerFigures tokenizerThroughput(sqlite3 *db, const char *name, const QList<QByteArray> &texts);

QString cpuModel();
QString loadAverage();
QString verdict(bool ok);
QString sqlLiteral(const QString &s);

// "newsroom-bench: 100000 articles (seed 1), SQLite 3.46.1, AMD EPYC, 2 CPUs" and the like.
void printHeader(const QString &title, const BenchOptions &options);

// Times fn (1 + repeat) times, the first run a warm-up; appends wall-clock and CPU milliseconds.
void timeRuns(int repeat, const std::function<void()> &fn, QList<double> *wall, QList<double> *cpu);

// The list view's queries the benchmarks time (first page, no bodies).
struct NamedQuery
{
    QString name;
    ArticleQuery query;
};
QList<NamedQuery> listQueries(const Article &sample);
