// The helper of tst_SqliteStoreCrash. It reads commands on standard input and answers on
// standard output, one line each:
//
//   run DB LOG ARTICLE_ID FIRST_STEP  → "pid N", and later from that child "ready N"
//   reap N                            → "reaped N killed" or "reaped N exit CODE"
//
// "run" forks a child that opens the store and saves and autosaves one article in a loop (see
// CrashProtocol.h), appending each step that succeeded to LOG, until the test kills it with
// SIGKILL. Forking from this small, already running program instead of starting a new one for
// each of the 200 kills keeps the test to seconds; the child is still a separate process with
// its own connection, killed at a random moment. The helper never touches the database itself.

#include "CrashProtocol.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

void say(const QByteArray &line)
{
    // write(2), not stdio: a forked child must not share buffered output with its parent.
    const QByteArray text = line + '\n';
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, text.constData(), text.size());
}

[[noreturn]] void saveUntilKilled(const QString &db, const QString &logPath, const QUuid &id,
                                  qint64 firstStep)
{
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        ::_exit(3);
    auto opened = SqliteStore::open(db);
    if (!opened) {
        log.write("E " + opened.error().message.toUtf8() + '\n');
        ::_exit(4);
    }
    SqliteStore &store = **opened;
    say("ready " + QByteArray::number(::getpid()));

    Article article;
    article.id = id;
    article.meta.headline = QStringLiteral("Crash test");
    article.meta.language = QStringLiteral("ru");
    const Result<int> stored = store.articleVersion(id);
    article.version = stored ? *stored : 0;

    for (qint64 step = firstStep;; ++step) {
        article.body = CrashProtocol::body(CrashProtocol::textOf(step));
        QByteArray line;
        if (CrashProtocol::isSave(step)) {
            const Result<SaveResult> saved
                = store.saveArticle(article, article.version, CrashProtocol::user());
            if (!saved) {
                log.write("E " + saved.error().message.toUtf8() + '\n');
                ::_exit(5);
            }
            article.version = saved->version;
            line = "S ";
        } else {
            const Result<void> kept = store.saveRecovery(article, CrashProtocol::user());
            if (!kept) {
                log.write("E " + kept.error().message.toUtf8() + '\n');
                ::_exit(6);
            }
            line = "A ";
        }
        line += QByteArray::number(step) + ' ' + QByteArray::number(article.version) + '\n';
        // One write() a line: a kill cannot leave half of it.
        log.write(line);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Load the SQLite driver once here, so that each child does not have to.
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return 2;

    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        const QList<QByteArray> words = QByteArray(buffer).trimmed().split(' ');
        if (words.value(0) == "run" && words.size() == 5) {
            std::fflush(stdout);
            const pid_t pid = ::fork();
            if (pid < 0)
                return 7;
            if (pid == 0) {
                ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the helper
                saveUntilKilled(QString::fromUtf8(words.at(1)), QString::fromUtf8(words.at(2)),
                                QUuid::fromString(QString::fromUtf8(words.at(3))),
                                words.at(4).toLongLong());
            }
            say("pid " + QByteArray::number(pid));
        } else if (words.value(0) == "reap" && words.size() == 2) {
            const pid_t pid = words.at(1).toInt();
            int status = 0;
            if (::waitpid(pid, &status, 0) != pid)
                return 8;
            if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
                say("reaped " + words.at(1) + " killed");
            else
                say("reaped " + words.at(1) + " exit " + QByteArray::number(WEXITSTATUS(status)));
        } else {
            return 9;
        }
    }
    return 0;
}
