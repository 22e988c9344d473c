// Kills a process that saves and autosaves in a loop (SIGKILL, 200 times, at random moments,
// some during start-up, migration and backup) and checks after each kill that the database is
// sound, every save the child reported is there, and the recovery slot holds the latest
// autosaved text.

#include "CrashProtocol.h"
#include "article/ContentHash.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// What the recovery slot may hold: nothing, or the text of a step.
struct SlotState
{
    bool present = false;
    qint64 text = -1;
    bool operator==(const SlotState &) const = default;
};

SlotState stateAfter(qint64 step)
{
    // A save stores exactly what was autosaved just before it, which empties the slot.
    if (CrashProtocol::isSave(step))
        return {};
    return { true, step };
}

QString describe(const QList<SlotState> &states)
{
    QStringList parts;
    for (const SlotState &s : states)
        parts << (s.present ? QString::number(s.text) : u"empty"_s);
    return parts.join(u", "_s);
}

qint64 textIn(const QString &body)
{
    static const QRegularExpression first(u"^<p>draft (\\d+)</p>\n"_s);
    const QRegularExpressionMatch m = first.match(body);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

qint64 roundUpTo4(qint64 n)
{
    return (n + 3) / 4 * 4;
}

} // namespace

class tst_SqliteStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedTwoHundredTimes()
    {
        const int kills = qEnvironmentVariableIsSet("NEWSROOM_CRASH_KILLS")
            ? qEnvironmentVariableIntValue("NEWSROOM_CRASH_KILLS")
            : 200;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"crash.sqlite"_s);
        const QString logPath = dir.filePath(u"child.log"_s);
        const QUuid id = QUuid::createUuid();
        QRandomGenerator rng(20250301);

        Article expected;
        expected.id = id;
        expected.meta.headline = u"Crash test"_s;
        expected.meta.language = u"ru"_s;
        auto hashOfText = [&](qint64 text) {
            expected.body = CrashProtocol::body(text);
            return ContentHash::compute(expected);
        };

        QMap<int, qint64> savedTexts; // version -> text, as the child reported
        QList<SlotState> candidates { SlotState {} };
        qint64 lastLogged = -1;
        qint64 nextStart = 0;
        qint64 logOffset = 0;
        int earlyKills = 0, autosaves = 0, saves = 0, killedBeforeAnyStep = 0;
        QElapsedTimer clock;
        clock.start();

        for (int round = 0; round < kills; ++round) {
            const qint64 start = nextStart;
            QProcess child;
            child.start(QStringLiteral(CRASH_CHILD),
                        { db, logPath, id.toString(QUuid::WithoutBraces), QString::number(start) });
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            if (rng.bounded(5) == 0) {
                // Anywhere, start-up included (opening, migrating, the daily backup): starting
                // a Qt program takes some 50-150 ms.
                ++earlyKills;
                QThread::msleep(rng.bounded(150));
            } else {
                QByteArray ready;
                while (!ready.contains("ready") && child.waitForReadyRead(10000))
                    ready += child.readAllStandardOutput();
                QVERIFY2(ready.contains("ready"), "the child did not start");
                QThread::usleep(rng.bounded(60000));
            }
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"the child ended by itself, code %1"_s.arg(child.exitCode())));

            // What it reported.
            QFile log(logPath);
            if (log.open(QIODevice::ReadOnly)) {
                log.seek(logOffset);
                const QByteArray fresh = log.readAll();
                const qsizetype end = fresh.lastIndexOf('\n') + 1;
                logOffset += end;
                int steps = 0;
                for (const QByteArray &line : fresh.left(end).split('\n')) {
                    if (line.isEmpty())
                        continue;
                    QVERIFY2(!line.startsWith("E "), line.constData());
                    const QList<QByteArray> f = line.split(' ');
                    QCOMPARE(f.size(), 3);
                    const qint64 step = f.at(1).toLongLong();
                    if (f.at(0) == "S") {
                        savedTexts.insert(f.at(2).toInt(), CrashProtocol::textOf(step));
                        ++saves;
                    } else {
                        ++autosaves;
                    }
                    lastLogged = step;
                    ++steps;
                }
                if (steps > 0) {
                    // Killed after the last reported step, or during the next one.
                    candidates = { stateAfter(lastLogged), stateAfter(lastLogged + 1) };
                    nextStart = roundUpTo4(lastLogged + 2);
                } else {
                    ++killedBeforeAnyStep;
                    candidates << stateAfter(start);
                    nextStart = start + 4;
                }
            }

            // What the database holds.
            SqliteStore::Options options;
            options.dailyBackup = false;
            auto opened = SqliteStore::open(db, options);
            QVERIFY2(opened,
                     qPrintable(u"round %1: "_s.arg(round)
                                + (opened ? QString() : opened.error().message)));
            SqliteStore &store = **opened;
            const Result<QStringList> problems = store.checkIntegrity(true);
            QVERIFY(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));

            const Result<QList<RevisionInfo>> revisions = store.revisions(id);
            const int storedVersions = revisions ? int(revisions->size()) : 0;
            const int reportedVersions = savedTexts.isEmpty() ? 0 : savedTexts.lastKey();
            QVERIFY2(storedVersions == reportedVersions || storedVersions == reportedVersions + 1,
                     qPrintable(u"round %1: %2 revisions stored, %3 reported"_s.arg(round)
                                    .arg(storedVersions)
                                    .arg(reportedVersions)));
            if (revisions) {
                for (const RevisionInfo &r : *revisions) {
                    if (savedTexts.contains(r.version)) {
                        QVERIFY2(
                            r.contentHash == hashOfText(savedTexts.value(r.version)),
                            qPrintable(
                                u"round %1: revision %2 is not what was saved"_s.arg(round).arg(
                                    r.version)));
                    } else {
                        // Saved, then killed before reporting it: must be whole all the same.
                        const Result<Article> extra = store.articleRevision(id, r.version);
                        QVERIFY(extra);
                        const qint64 text = textIn(extra->body);
                        QVERIFY(text >= 0);
                        QCOMPARE(r.contentHash, hashOfText(text));
                        savedTexts.insert(r.version, text);
                    }
                }
            }

            const Result<RecoveryState> slot = store.recovery(id, CrashProtocol::user());
            SlotState observed;
            if (slot) {
                observed = { true, textIn(slot->article.body) };
                QCOMPARE(slot->article.body, CrashProtocol::body(observed.text));
            } else {
                QCOMPARE(slot.error().kind, StoreError::Kind::NotFound);
            }
            QVERIFY2(candidates.contains(observed),
                     qPrintable(u"round %1: the slot holds %2, expected one of %3"_s.arg(round).arg(
                         describe({ observed }), describe(candidates))));
            candidates = { observed };
        }

        qInfo("%d kills (%d at random moments from start-up, %d before any step) in %lld ms; "
              "%d saves and %d autosaves reported, all found",
              kills, earlyKills, killedBeforeAnyStep, clock.elapsed(), saves, autosaves);
        QVERIFY2(saves > kills / 4, "too few saves to mean anything");
        QVERIFY2(autosaves > kills / 2, "too few autosaves to mean anything");
    }
};

QTEST_MAIN(tst_SqliteStoreCrash)
#include "tst_SqliteStoreCrash.moc"
