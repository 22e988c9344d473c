// newsroom-bench: the figures behind the store's speed targets, printed, never asserted.
//
// Default: the store. N generated articles (storage/CorpusGenerator: Russian, Belarusian and
// English district news with images) are saved through SqliteStore, then Store::search over a
// fixed query set, the list view's first page and a save with revision of a 5,000-word article
// are timed; beside the search figure, the very SQL the store ran is replayed in the sqlite3
// command-line tool on the same file, with the newsroom tokenizer loaded as an extension
// (libnewsroom_fts5.so): the floor no application code can beat.
//
// --fts-only: the FTS5 layer on its own, the newsroom tokenizer against FTS5's unicode61.
//
// The tool's .timer gives wall-clock time in whole milliseconds and CPU time in microseconds,
// so floors are compared on CPU time. Wall-clock time is printed too: on a loaded machine it is
// the CPU time plus the wait for a CPU.
//
// Run through scripts/bench (scripts/dev bench), which builds the release tree first.

#include "BenchCommon.h"
#include "Benchmarks.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    // QGuiApplication for the image formats the corpus generator writes; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"newsroom-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the Newsroom benchmark figures."_s);
    parser.addHelpOption();
    const QCommandLineOption articlesOption(u"articles"_s, u"Articles in the corpus."_s, u"N"_s,
                                            u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Corpus seed."_s, u"S"_s, u"1"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs of each measurement."_s, u"R"_s,
                                          u"20"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database file (rebuilt unless --reuse)."_s,
                                      u"PATH"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Reuse the database if it holds the same corpus (no insert figures)."_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The sqlite3 command-line tool."_s,
                                          u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption extensionOption(
        u"extension"_s, u"The tokenizer as a SQLite extension (libnewsroom_fts5.so)."_s, u"PATH"_s);
    const QCommandLineOption pragmaOption(
        u"pragma"_s, u"A PRAGMA for the measured connections, e.g. mmap_size=268435456."_s,
        u"NAME=VALUE"_s);
    const QCommandLineOption ftsOnlyOption(
        u"fts-only"_s,
        u"Measure the FTS5 layer alone, the newsroom tokenizer against unicode61."_s);
    const QCommandLineOption optimizeOption(
        u"optimize"_s, u"With --fts-only: merge each FTS5 index into one segment first."_s);
    const QCommandLineOption bundlesOnlyOption(
        u"bundles-only"_s, u"Measure the bundle export alone (no store figures)."_s);
    const QCommandLineOption noBundlesOption(u"no-bundles"_s,
                                             u"Leave out the bundle export figures."_s);
    const QCommandLineOption bundleArticlesOption(
        u"bundle-articles"_s, u"Approved articles the bundle benchmark exports."_s, u"N"_s,
        u"1000"_s);
    const QCommandLineOption pgOption(
        u"pg"_s,
        u"A PostgreSQL database (libpq conninfo) for the team store's figures beside SQLite's; "
        "everything in its public schema is dropped first."_s,
        u"CONNINFO"_s);
    parser.addOptions({ articlesOption, seedOption, repeatOption, dbOption, reuseOption,
                        sqliteOption, extensionOption, pragmaOption, ftsOnlyOption, optimizeOption,
                        bundlesOnlyOption, noBundlesOption, bundleArticlesOption, pgOption });
    parser.process(app);

    BenchOptions options;
    options.articles = parser.value(articlesOption).toLongLong();
    options.seed = parser.value(seedOption).toULongLong();
    options.repeat = qMax(1, parser.value(repeatOption).toInt());
    options.reuse = parser.isSet(reuseOption);
    options.sqlite3 = parser.value(sqliteOption);
    options.extension = parser.isSet(extensionOption)
        ? parser.value(extensionOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(u"libnewsroom_fts5.so"_s);
    options.pragmas = parser.values(pragmaOption);
    options.pg = parser.value(pgOption);
    options.optimize = parser.isSet(optimizeOption);
    options.bundleArticles = parser.value(bundleArticlesOption).toLongLong();
    if (options.bundleArticles <= 0)
        fail(u"--bundle-articles must be positive"_s);
    if (options.articles <= 0)
        fail(u"--articles must be positive"_s);
    const bool ftsOnly = parser.isSet(ftsOnlyOption);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = QDir::temp().filePath(
            u"newsroom-bench-%1%2.sqlite"_s.arg(ftsOnly ? u"fts-"_s : QString())
                .arg(options.articles));
    }
    options.path = QFileInfo(path).absoluteFilePath();
    if (parser.isSet(bundlesOnlyOption))
        return runBundleBench(options);
    if (ftsOnly)
        return runFtsLayerBench(options);
    if (const int code = runStoreBench(options); code != 0)
        return code;
    if (const int code = runPgStoreBench(options); code != 0)
        return code;
    return parser.isSet(noBundlesOption) ? 0 : runBundleBench(options);
}
