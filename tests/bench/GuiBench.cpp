// newsroom-gui-bench: the window's figures against the targets of issue 5. Figures, not tests.
//
//   newsroom-gui-bench (--db FILE | --articles N) --app PATH/newsroom [--runs 7] [--keys 300]
//
// FILE is read, never written: the bench works on a copy. --articles makes a corpus database of
// N articles instead (CorpusGenerator). Run under Xvfb (xvfb-run) so that
// "visible" means mapped and painted on an X server, as in the peers' figures.
#include "article/CanonicalBody.h"
#include "articlelist/ArticleListModel.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/SpellCheckHighlighter.h"
#include "mainwindow/MainWindow.h"
#include "storage/CorpusGenerator.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

#include "BenchStats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <xcb/xcb.h>

#include <poll.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void line(const char *what, double value, const char *unit, double target)
{
    std::printf("  %-52s %9.3f %-3s (target %s %.3f %s)\n", what, value, unit,
                value <= target ? "met, <=" : "MISSED, <=", target, unit);
}

// Counts paints of a widget (the editor's viewport).
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Processes events until the counter saw a paint after `before` (or a second passed).
void waitForPaint(PaintCounter &counter, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before && guard.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

qint64 residentKiBOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Sees top-level windows being mapped on the X server: "visible" means the same for every
// program measured, ours and the peers, whatever toolkit or probe they have.
class MapWatcher
{
public:
    MapWatcher()
        : m_connection(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            return;
        const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, screen->root, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_connection);
        m_ok = true;
    }
    ~MapWatcher() { xcb_disconnect(m_connection); }
    bool isOk() const { return m_ok; }

    void forgetEarlierEvents()
    {
        while (xcb_generic_event_t *e = xcb_poll_for_event(m_connection))
            std::free(e);
    }
    // Until a window that is not a popup (override-redirect: menus, tooltips) is mapped.
    bool waitForMap(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            while (xcb_generic_event_t *e = xcb_poll_for_event(m_connection)) {
                const bool mapped = (e->response_type & ~0x80) == XCB_MAP_NOTIFY
                    && !reinterpret_cast<xcb_map_notify_event_t *>(e)->override_redirect;
                std::free(e);
                if (mapped)
                    return true;
            }
            pollfd fd { xcb_get_file_descriptor(m_connection), POLLIN, 0 };
            ::poll(&fd, 1, 5);
        }
        return false;
    }

private:
    xcb_connection_t *m_connection;
    bool m_ok = false;
};

struct Program
{
    Program(QString l, QString p, QStringList a, QProcessEnvironment e)
        : label(std::move(l))
        , path(std::move(p))
        , arguments(std::move(a))
        , environment(std::move(e))
    { }
    QString label;
    QString path;
    QStringList arguments;
    QProcessEnvironment environment;
    QList<double> seconds;
    QList<double> rssMb;
    bool failed = false;
};

// One run: exec to the first mapped top-level window, and the resident memory then.
void timeToWindow(MapWatcher &watcher, Program &program, bool record)
{
    watcher.forgetEarlierEvents();
    QProcess p;
    p.setProcessEnvironment(program.environment);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program.path, program.arguments);
    if (!p.waitForStarted(10000)) {
        program.failed = true;
        return;
    }
    // The first run also fills caches (fonts, the page cache): generous.
    const bool mapped = watcher.waitForMap(record ? 30000 : 120000);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 rss = residentKiBOf(p.processId());
    p.kill();
    p.waitForFinished(5000);
    if (!mapped) {
        program.failed = true;
        return;
    }
    if (record) {
        program.seconds << seconds;
        program.rssMb << double(rss) / 1024.0;
    }
}

// A child process of the bench (--main-window DB): from the sign-in accepted to the main window
// painted with its list filled, and the resident memory then, in a process that did nothing
// else before (the bench's own process carries the corpus it made).
int mainWindowChild(const QString &db)
{
    SqliteStore::Options options;
    options.integrityCheck = SqliteStore::IntegrityCheck::InBackground; // as the application
    options.dailyBackup = false;
    auto store = SqliteStore::open(db, options);
    if (!store)
        return 2;
    Workflow workflow(**store, Argon2Cost::insecureForTestsOnly());
    auto session = workflow.signIn(u"bench"_s, "bench");
    if (!session)
        return 2;
    QElapsedTimer t;
    t.start();
    MainWindow window;
    const double constructed = double(t.nsecsElapsed()) / 1e9;
    window.setSections(SampleNewsroom::sections());
    window.setWorkflow(&workflow, *session);
    const double filled = double(t.nsecsElapsed()) / 1e9;
    window.resize(1500, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    QCoreApplication::processEvents();
    const double shown = double(t.nsecsElapsed()) / 1e9;
    std::printf("main-window %f %f %f %lld %d\n", constructed, filled, shown, residentKiB(),
                int(window.listModel()->rowCount()));
    return 0;
}

// A body of at least `words` words from the corpus, canonical.
QString longBody(int words)
{
    CorpusOptions options;
    options.imageShare = 0;
    options.minWords = 2500;
    options.maxWords = 3000;
    const CorpusGenerator corpus(options);
    QString html;
    int count = 0;
    for (qint64 i = 0; count < words; ++i) {
        const Article a = corpus.article(i);
        if (a.meta.language != u"ru"_s)
            continue;
        html += a.body;
        count += CorpusGenerator::countWords(CanonicalBody::plainText(a.body));
    }
    return CanonicalBody::sanitise(html);
}

} // namespace

int main(int argc, char *argv[])
{
    // The floor: a bare Qt main window, this same Qt, nothing else (run as a child of the bench).
    if (argc == 2 && qstrcmp(argv[1], "--bare-window") == 0) {
        QApplication app(argc, argv);
        QMainWindow window;
        window.resize(800, 600);
        window.show();
        return app.exec();
    }
    if (argc == 3 && qstrcmp(argv[1], "--main-window") == 0) {
        QApplication app(argc, argv);
        return mainWindowChild(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures survive whatever happens after them
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The newsroom database to copy."_s, u"file"_s);
    const QCommandLineOption appOption(u"app"_s, u"The newsroom executable."_s, u"path"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Start-up runs (median)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption keysOption(u"keys"_s, u"Keystrokes timed."_s, u"n"_s, u"300"_s);
    const QCommandLineOption articlesOption(u"articles"_s, u"Make a corpus of n articles."_s,
                                            u"n"_s);
    parser.addOptions({ dbOption, appOption, runsOption, keysOption, articlesOption });
    parser.process(app);
    if (parser.isSet(dbOption) == parser.isSet(articlesOption) || !parser.isSet(appOption)) {
        std::fprintf(stderr, "newsroom-gui-bench: --app and one of --db, --articles needed\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString db = dir.filePath(u"bench.sqlite"_s);
    if (parser.isSet(articlesOption)) {
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(db, options);
        if (!store)
            return 2;
        const CorpusGenerator corpus;
        const int n = parser.value(articlesOption).toInt();
        auto tx = (*store)->transaction();
        for (int i = 0; i < n; ++i) {
            if (auto saved = (*store)->saveArticle(corpus.article(i), 0, u"bench"_s); !saved) {
                std::fprintf(stderr, "newsroom-gui-bench: %s\n", qPrintable(saved.error().message));
                return 2;
            }
        }
        if (!tx || !tx->commit())
            return 2;
    } else if (!QFile::copy(parser.value(dbOption), db)) {
        std::fprintf(stderr, "newsroom-gui-bench: cannot copy %s\n",
                     qPrintable(parser.value(dbOption)));
        return 2;
    }
    // The application opens (and migrates) it once before the timed runs.
    {
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(db, options);
        if (!store) {
            std::fprintf(stderr, "newsroom-gui-bench: %s\n", qPrintable(store.error().message));
            return 2;
        }
        auto count = (*store)->countArticles({});
        std::printf("GUI bench on %s: %d articles, platform %s\n",
                    qPrintable(parser.isSet(dbOption) ? parser.value(dbOption) : u"a corpus"_s),
                    count ? *count : -1, qPrintable(QGuiApplication::platformName()));
    }

    // ---- Exec to first visible window (the sign-in dialog), in a fresh process each time.
    QList<double> starts;
    QList<double> startRss;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int i = 0; i <= runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NEWSROOM_DB"_s, db);
        env.insert(u"NEWSROOM_BENCH_FIRST_PAINT"_s, u"1"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(parser.value(appOption), {});
        QByteArray out;
        // The warm-up run also makes the day's backup of the database (SqliteStore at open).
        while (!out.contains('\n') && p.waitForReadyRead(i == 0 ? 300000 : 30000))
            out += p.readAllStandardOutput();
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        p.waitForFinished(5000);
        if (!out.startsWith("newsroom-first-paint")) {
            std::fprintf(stderr,
                         "newsroom-gui-bench: the application did not report its first "
                         "paint: %s\n",
                         QByteArray(out + p.readAllStandardError()).constData());
            return 1;
        }
        if (i == 0)
            continue; // warm-up: page cache, fontconfig cache
        starts << seconds;
        startRss << out.mid(out.indexOf('=') + 1).trimmed().toDouble() / 1024.0;
    }

    // ---- The same, side by side with the peers: exec to the first mapped window for each, the
    // programs taking turns so that the machine's load falls on all alike.
    QList<Program> programs;
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NEWSROOM_DB"_s, db);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        programs.append(Program(u"Newsroom (sign-in window)"_s, parser.value(appOption), {}, env));
        programs.append(Program(u"bare Qt main window"_s, QCoreApplication::applicationFilePath(),
                                { u"--bare-window"_s }, QProcessEnvironment::systemEnvironment()));
        // Each peer with a home of its own, as on a first start, and with one file open as in the
        // figures quoted in the issue.
        const QString text = dir.filePath(u"article.md"_s);
        if (QFile f(text); f.open(QIODevice::WriteOnly))
            f.write(CanonicalBody::plainText(longBody(800)).toUtf8());
        for (const QString &peer : { u"kate"_s, u"ghostwriter"_s }) {
            const QString path = QStandardPaths::findExecutable(peer);
            if (path.isEmpty()) {
                std::printf("  (%s is not installed: not measured)\n", qPrintable(peer));
                continue;
            }
            QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
            const QString home = dir.filePath(u"home-"_s + peer);
            QDir().mkpath(home);
            penv.insert(u"HOME"_s, home);
            penv.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
            penv.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
            penv.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
            // Ghostwriter's preview is Qt WebEngine (Chromium), which will not sandbox as root.
            penv.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
            const QStringList args
                = peer == u"kate"_s ? QStringList { u"-n"_s, text } : QStringList { text };
            programs.append(Program(peer, path, args, penv));
        }
    }
    MapWatcher watcher;
    if (watcher.isOk()) {
        for (int i = 0; i <= runs; ++i) {
            for (Program &program : programs) {
                if (!program.failed)
                    timeToWindow(watcher, program, i > 0);
            }
        }
        std::printf("\nExec to first mapped window, side by side (%d runs each, medians)\n", runs);
        const double ours = programs.first().seconds.isEmpty()
            ? 0
            : BenchStats::of(programs.first().seconds).median;
        for (const Program &program : programs) {
            if (program.failed || program.seconds.isEmpty()) {
                std::printf("  %-28s did not show a window\n", qPrintable(program.label));
                continue;
            }
            const BenchStats t = BenchStats::of(program.seconds);
            const BenchStats m = BenchStats::of(program.rssMb);
            // A program that hands its window to another process (kate forks) has no memory of
            // its own to read.
            const QString memory
                = m.median > 0 ? QString::number(m.median, 'f', 1) + u" MB"_s : u"n/a"_s;
            std::printf("  %-28s %7.3f s (min %.3f)  %9s   Newsroom takes %.2f× its time\n",
                        qPrintable(program.label), t.median, t.min, qPrintable(memory),
                        ours / t.median);
        }
    } else {
        std::printf("\n(no X server to watch: the side-by-side start figures are skipped)\n");
    }

    // ---- Sign-in accepted to the main window with the list filled; memory after.
    SqliteStore::Options options;
    options.dailyBackup = false;
    auto store = SqliteStore::open(db, options);
    Workflow workflow(**store, Argon2Cost::insecureForTestsOnly());
    if (auto users = workflow.hasUsers(); users && !*users)
        (void)workflow.addUser(std::nullopt, u"bench"_s, u"bench"_s,
                               Roles(Role::Admin) | Role::Officer, "bench");
    auto session = workflow.signIn(u"bench"_s, "bench");
    if (!session) {
        std::fprintf(stderr, "newsroom-gui-bench: %s\n", qPrintable(session.error().message));
        return 1;
    }
    QList<double> built, filledIn, shownIn, mainRssMb;
    int listed = 0;
    for (int i = 0; i <= runs; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { u"--main-window"_s, db });
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::fprintf(stderr, "newsroom-gui-bench: the main window run failed\n");
            return 1;
        }
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        if (f.size() != 6 || f.at(0) != "main-window")
            return 1;
        if (i == 0)
            continue; // warm-up
        built << f.at(1).toDouble();
        filledIn << f.at(2).toDouble() - f.at(1).toDouble();
        shownIn << f.at(3).toDouble();
        mainRssMb << f.at(4).toDouble() / 1024.0;
        listed = f.at(5).toInt();
    }
    const double toMain = BenchStats::of(shownIn).median;
    const double mainRss = BenchStats::of(mainRssMb).median;

    // The window the long article and the keystrokes are measured in.
    MainWindow window;
    window.setSections(SampleNewsroom::sections());
    window.setWorkflow(&workflow, *session);
    window.resize(1500, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();

    // ---- A 100,000-word article until it can be typed in.
    const QString body = longBody(100000);
    const int words = CorpusGenerator::countWords(CanonicalBody::plainText(body));
    BodyTextEdit *edit = window.editor()->textEdit();
    PaintCounter paints;
    edit->viewport()->installEventFilter(&paints);
    // An article of the user's own, so that the editor takes keys.
    window.newArticle();
    window.editor()->setLanguage(u"ru"_s);
    QElapsedTimer t;
    t.start();
    window.editor()->setBody(body);
    edit->setFocus();
    int before = paints.paints;
    waitForPaint(paints, before);
    const double open = double(t.nsecsElapsed()) / 1e9;

    // ---- Keystroke to repaint, spell checking on, typing in the middle of the article.
    const double rssBeforeSpell = double(residentKiB()) / 1024.0;
    QElapsedTimer spellTimer;
    spellTimer.start();
    SpellCheckHighlighter *spell = edit->ensureSpellChecker();
    const double spellSeconds = double(spellTimer.nsecsElapsed()) / 1e9;
    const double rssWithSpell = double(residentKiB()) / 1024.0;
    QTest::qWait(300);
    const bool spelling = spell && spell->isActive();
    QTextCursor c(edit->document()->findBlockByNumber(edit->document()->blockCount() / 2));
    c.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(c);
    edit->ensureCursorVisible();
    QTest::qWait(200);
    QList<double> keys;
    const int keyCount = std::max(10, parser.value(keysOption).toInt());
    const QString text = u"проверка орфографии в длинной статье "_s;
    for (int i = 0; i < keyCount; ++i) {
        const QChar ch = text.at(i % text.size());
        before = paints.paints;
        QElapsedTimer k;
        k.start();
        const auto key = ch == u' ' ? Qt::Key_Space : Qt::Key(ch.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Press, edit, key, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, edit, key, QString(ch), Qt::NoModifier);
        waitForPaint(paints, before);
        keys << double(k.nsecsElapsed()) / 1e6;
    }
    std::sort(keys.begin(), keys.end());

    const BenchStats start = BenchStats::of(starts);
    const BenchStats rss = BenchStats::of(startRss);
    std::printf("\nGUI figures (issue 5 targets)\n");
    line("exec to first visible window, median (s)", start.median, "s", 0.12);
    std::printf("  %-52s %9.3f s   (min %.3f, max %.3f, %d runs)\n", "", start.median, start.min,
                start.max, start.count);
    std::printf("  %-52s %9.1f MB\n", "resident memory at the first window, median", rss.median);
    std::printf("  %-52s %9.3f s   (%d rows listed; target 0.15 s beyond the hash)\n",
                "sign-in accepted to main window painted, list filled", toMain, listed);
    std::printf("  %-52s %9.3f s   (medians: window built %.3f, list filled %.3f; %d runs)\n", "",
                toMain, BenchStats::of(built).median, BenchStats::of(filledIn).median,
                int(shownIn.size()));
    line("resident memory with the main window open (MB)", mainRss, "MB", 80);
    std::printf("  %-52s %9d words\n", "long article", words);
    line("open the long article until typeable (s)", open, "s", 0.3);
    std::printf("  %-52s %9s\n", "spell checking", spelling ? "on" : "OFF (no dictionary)");
    std::printf("  %-52s %9.3f s   (resident memory %.1f → %.1f MB)\n",
                "  spell checker made (Sonnet, hunspell ru)", spellSeconds, rssBeforeSpell,
                rssWithSpell);
    line("keystroke to repaint, p99 (ms)", BenchStats::quantile(keys, 0.99), "ms", 16);
    std::printf("  %-52s %9.3f ms  (p50 %.3f, max %.3f, %d keys)\n", "",
                BenchStats::quantile(keys, 0.99), BenchStats::quantile(keys, 0.5), keys.last(),
                int(keys.size()));
    return 0;
}
