// The child of tst_SqliteStoreCrash: saves and autosaves one article in a loop until it is
// killed, logging every step that succeeded. Usage: store_crash_child DB LOG ARTICLE_ID FIRST_STEP

#include "CrashProtocol.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: store_crash_child DB LOG ARTICLE_ID FIRST_STEP\n", stderr);
        return 2;
    }
    QFile log(args.at(2));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return 3;
    auto opened = SqliteStore::open(args.at(1));
    if (!opened) {
        log.write("E " + opened.error().message.toUtf8() + '\n');
        return 4;
    }
    SqliteStore &store = **opened;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    Article article;
    article.id = QUuid::fromString(args.at(3));
    article.meta.headline = QStringLiteral("Crash test");
    article.meta.language = QStringLiteral("ru");
    const Result<int> stored = store.articleVersion(article.id);
    article.version = stored ? *stored : 0;

    for (qint64 step = args.at(4).toLongLong();; ++step) {
        article.body = CrashProtocol::body(CrashProtocol::textOf(step));
        QByteArray line;
        if (CrashProtocol::isSave(step)) {
            const Result<SaveResult> saved
                = store.saveArticle(article, article.version, CrashProtocol::user());
            if (!saved) {
                log.write("E " + saved.error().message.toUtf8() + '\n');
                return 5;
            }
            article.version = saved->version;
            line = "S ";
        } else {
            const Result<void> kept = store.saveRecovery(article, CrashProtocol::user());
            if (!kept) {
                log.write("E " + kept.error().message.toUtf8() + '\n');
                return 6;
            }
            line = "A ";
        }
        line += QByteArray::number(step) + ' ' + QByteArray::number(article.version) + '\n';
        // One write() a line: a kill cannot leave half of it.
        log.write(line);
    }
}
