#include "cli/CommandLineTool.h"

#include "NewsroomVersion.h"
#include "storage/sqlite/SqliteStore.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CommandLineTool : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(u"newsroom.sqlite"_s); }

    static Result run(const QStringList &args, const QByteArray &input = {})
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QByteArray inBytes = input;
        QBuffer in(&inBytes);
        in.open(QIODevice::ReadOnly);
        CommandLineTool tool(o, e);
        tool.setInput(&in);
        const int code = tool.run(QStringList { u"newsroom-cli"_s } + args);
        o.flush();
        e.flush();
        return { code, out, err };
    }

    // Runs with --db on the test's database.
    Result cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringList { u"--db"_s, db() } + args, input);
    }

    QString newArticle(const QStringList &extra = {})
    {
        const Result r = cli(
            QStringList { u"article"_s, u"new"_s, u"--headline"_s, u"Урожай в Копыле"_s } + extra);
        if (r.code != 0)
            qWarning() << r.err;
        return r.out.trimmed();
    }

    static bool oneLine(const QString &text)
    {
        return !text.trimmed().isEmpty() && text.endsWith(u'\n') && text.count(u'\n') == 1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_dir.reset();
        qunsetenv("NEWSROOM_DB");
    }

    void versionPrintsTheProjectVersion()
    {
        const Result r = run({ u"--version"_s });
        QCOMPARE(r.code, int(CommandLineTool::Ok));
        QCOMPARE(r.out.trimmed(), u"newsroom-cli " NEWSROOM_VERSION_STRING ""_s);
    }

    void helpIsUsageAndExitsZero()
    {
        const Result r = run({ u"--help"_s });
        QCOMPARE(r.code, int(CommandLineTool::Ok));
        QVERIFY(r.out.contains(u"--db"_s));
        for (const QString &verb :
             { u"init"_s, u"article"_s, u"list"_s, u"search"_s, u"history"_s })
            QVERIFY2(r.out.contains(verb), qPrintable(verb));
    }

    void unknownCommandIsAUsageError()
    {
        const Result r = run({ u"frobnicate"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        QVERIFY(r.err.contains(u"frobnicate"_s));
        QVERIFY(r.out.isEmpty());
    }

    void noCommandIsAUsageError() { QCOMPARE(run({}).code, int(CommandLineTool::Usage)); }

    void initCreatesTheDatabase()
    {
        const Result r = cli({ u"init"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(db()));
        QVERIFY(QFile::exists(db()));
        QCOMPARE(cli({ u"init"_s }).code, 0); // again: nothing to do
        QCOMPARE(cli({ u"init"_s, u"extra"_s }).code, int(CommandLineTool::Usage));
    }

    void theEnvironmentNamesTheDefaultDatabase()
    {
        const QString other = m_dir->filePath(u"from-env.sqlite"_s);
        qputenv("NEWSROOM_DB", other.toUtf8());
        QCOMPARE(run({ u"init"_s }).code, 0);
        QVERIFY(QFile::exists(other));
        QVERIFY(!QFile::exists(db()));
    }

    void articleNewPrintsTheIdAndShowShowsIt()
    {
        QFile body(m_dir->filePath(u"body.txt"_s));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Первый абзац, строка один\nи строка два.\n\nВторой <абзац> & всё.\n");
        body.close();
        const QString id = newArticle({ u"--lead"_s, u"Аграрии собрали урожай"_s, u"--section"_s,
                                        u"economy"_s, u"--language"_s, u"ru"_s, u"--body"_s,
                                        body.fileName(), u"--tags"_s, u"урожай, аграрии"_s });
        QVERIFY(!QUuid::fromString(id).isNull());

        const Result show = cli({ u"article"_s, u"show"_s, id, u"--json"_s });
        QCOMPARE(show.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(o.value(u"id"_s).toString(), id);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(o.value(u"headline"_s).toString(), u"Урожай в Копыле"_s);
        QCOMPARE(o.value(u"lead"_s).toString(), u"Аграрии собрали урожай"_s);
        QCOMPARE(o.value(u"section"_s).toString(), u"economy"_s);
        QCOMPARE(o.value(u"language"_s).toString(), u"ru"_s);
        QCOMPARE(o.value(u"tags"_s).toArray(), QJsonArray({ u"урожай"_s, u"аграрии"_s }));
        QCOMPARE(o.value(u"body"_s).toString(),
                 u"<p>Первый абзац, строка один и строка два.</p>\n"
                 "<p>Второй &lt;абзац&gt; &amp; всё.</p>\n"_s);
        QCOMPARE(o.value(u"contentHash"_s).toString().size(), 64);

        const Result text = cli({ u"article"_s, u"show"_s, id });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(u"Урожай в Копыле"_s));
        QVERIFY(text.out.contains(u"Второй <абзац> & всё."_s)); // the text, not the markup
    }

    void anHtmlBodyIsSanitisedAndWhatWentIsReported()
    {
        const Result r
            = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"html"_s, u"--body"_s, u"-"_s },
                  "<div><p>Hello <b>world</b><script>alert(1)</script></p></div>");
        QCOMPARE(r.code, 0);
        QVERIFY(oneLine(r.err));
        QVERIFY2(r.err.contains(u"script"_s), qPrintable(r.err));
        const Result show = cli({ u"article"_s, u"show"_s, r.out.trimmed(), u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())[u"body"_s].toString(),
                 u"<p>Hello <strong>world</strong></p>\n"_s);
    }

    void bodyFromStandardInput()
    {
        const QString id = newArticle({ u"--body"_s, u"-"_s });
        Q_UNUSED(id);
        const Result r
            = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"stdin"_s, u"--body"_s, u"-"_s },
                  "Текст из канала.\n");
        QCOMPARE(r.code, 0);
        const Result show = cli({ u"article"_s, u"show"_s, r.out.trimmed(), u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())[u"body"_s].toString(),
                 u"<p>Текст из канала.</p>\n"_s);
    }

    void articleNewUsageErrors()
    {
        Result r = cli({ u"article"_s, u"new"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        QVERIFY(oneLine(r.err));
        r = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"x"_s, u"--colour"_s, u"red"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        QVERIFY(oneLine(r.err));
        r = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"x"_s, u"--body"_s,
                  m_dir->filePath(u"missing.txt"_s) });
        QCOMPARE(r.code, int(CommandLineTool::InvalidInput));
        QVERIFY(r.err.contains(u"missing.txt"_s));
        r = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"x"_s, u"--embargo"_s, u"soon"_s });
        QCOMPARE(r.code, int(CommandLineTool::InvalidInput));
        r = cli({ u"article"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        r = cli({ u"article"_s, u"delete"_s, u"x"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        QCOMPARE(cli({ u"list"_s }).out, QString()); // none of it created anything
    }

    void articleSetSavesARevision()
    {
        const QString id = newArticle();
        Result r = cli({ u"article"_s, u"set"_s, id, u"--headline"_s, u"Урожай-2025"_s,
                         u"--byline"_s, u"Анна Петрова"_s, u"--byline"_s, u"Борис"_s,
                         u"--embargo"_s, u"2025-03-01T09:00:00Z"_s, u"--slug"_s, u"urozhai"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), u"2"_s);
        const QJsonObject o = QJsonDocument::fromJson(
                                  cli({ u"article"_s, u"show"_s, id, u"--json"_s }).out.toUtf8())
                                  .object();
        QCOMPARE(o.value(u"headline"_s).toString(), u"Урожай-2025"_s);
        QCOMPARE(o.value(u"byline"_s).toArray(), QJsonArray({ u"Анна Петрова"_s, u"Борис"_s }));
        QCOMPARE(o.value(u"embargo"_s).toString(), u"2025-03-01T09:00:00.000Z"_s);
        QCOMPARE(o.value(u"slug"_s).toString(), u"urozhai"_s);
        QCOMPARE(o.value(u"lead"_s).toString(), QString()); // untouched fields stay

        const Result history = cli({ u"history"_s, id });
        QCOMPARE(history.code, 0);
        const QStringList lines = history.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(u"2\t"_s));
        QVERIFY(lines.first().endsWith(u"Урожай-2025"_s));
        const QJsonArray json
            = QJsonDocument::fromJson(cli({ u"history"_s, id, u"--json"_s }).out.toUtf8()).array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(1)[u"version"_s].toInt(), 1);
        QCOMPARE(json.at(0)[u"contentHash"_s].toString(), o.value(u"contentHash"_s).toString());

        // A slug another article has is invalid input.
        const QString other = newArticle();
        r = cli({ u"article"_s, u"set"_s, other, u"--slug"_s, u"urozhai"_s });
        QCOMPARE(r.code, int(CommandLineTool::InvalidInput));
        QVERIFY(oneLine(r.err));
        QCOMPARE(cli({ u"article"_s, u"set"_s, other }).code, int(CommandLineTool::Usage));
    }

    void aStaleBaseVersionIsAConflict()
    {
        const QString id = newArticle();
        QCOMPARE(
            cli({ u"article"_s, u"set"_s, id, u"--lead"_s, u"one"_s, u"--base-version"_s, u"1"_s })
                .code,
            0);
        const Result r = cli(
            { u"article"_s, u"set"_s, id, u"--lead"_s, u"two"_s, u"--base-version"_s, u"1"_s });
        QCOMPARE(r.code, int(CommandLineTool::Conflict));
        QVERIFY(oneLine(r.err));
        QVERIFY2(r.err.contains(u'1') && r.err.contains(u'2'), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(
                                  cli({ u"article"_s, u"show"_s, id, u"--json"_s }).out.toUtf8())
                                  .object();
        QCOMPARE(o.value(u"lead"_s).toString(), u"one"_s);
        QCOMPARE(o.value(u"version"_s).toInt(), 2);
    }

    void unknownAndMalformedIds()
    {
        QCOMPARE(cli({ u"init"_s }).code, 0);
        const QString absent = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QStringList &args :
             { QStringList { u"article"_s, u"show"_s, absent },
               QStringList { u"history"_s, absent },
               QStringList { u"article"_s, u"set"_s, absent, u"--lead"_s, u"x"_s } }) {
            const Result r = cli(args);
            QCOMPARE(r.code, int(CommandLineTool::NotFound));
            QVERIFY(oneLine(r.err));
            QVERIFY(r.err.contains(absent));
        }
        const Result bad = cli({ u"article"_s, u"show"_s, u"not-an-id"_s });
        QCOMPARE(bad.code, int(CommandLineTool::InvalidInput));
        QVERIFY(bad.err.contains(u"not-an-id"_s));
    }

    void listFiltersAndLimits()
    {
        const QString a = newArticle({ u"--section"_s, u"news"_s });
        const QString b = newArticle({ u"--section"_s, u"economy"_s });
        const QString c = newArticle({ u"--section"_s, u"economy"_s, u"--language"_s, u"be"_s });
        Result r = cli({ u"list"_s });
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().split(u'\t').size(), 5);
        QVERIFY(lines.first().startsWith(c)); // newest first

        r = cli({ u"list"_s, u"--section"_s, u"economy"_s, u"--json"_s });
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[u"id"_s].toString(), c);
        QCOMPARE(rows.at(1)[u"id"_s].toString(), b);
        QCOMPARE(rows.at(0)[u"language"_s].toString(), u"be"_s);
        QVERIFY(!rows.at(0).toObject().contains(u"body"_s));

        QCOMPARE(cli({ u"list"_s, u"--limit"_s, u"2"_s }).out.trimmed().split(u'\n').size(), 2);
        QCOMPARE(cli({ u"list"_s, u"--status"_s, u"draft"_s }).out.trimmed().split(u'\n').size(),
                 3);
        QVERIFY(cli({ u"list"_s, u"--status"_s, u"in_review,approved"_s }).out.isEmpty());
        r = cli({ u"list"_s, u"--sort"_s, u"created"_s, u"--ascending"_s, u"--section"_s,
                  u"economy"_s });
        QVERIFY(r.out.startsWith(b));
        r = cli({ u"list"_s, u"--sort"_s, u"created"_s, u"--ascending"_s });
        QVERIFY(r.out.startsWith(a));
        QCOMPARE(cli({ u"list"_s, u"--language"_s, u"be"_s }).out.trimmed().split(u'\n').size(), 1);

        r = cli({ u"list"_s, u"--status"_s, u"published-ish"_s });
        QCOMPARE(r.code, int(CommandLineTool::InvalidInput));
        QVERIFY(r.err.contains(u"published-ish"_s));
        QCOMPARE(cli({ u"list"_s, u"--limit"_s, u"lots"_s }).code, int(CommandLineTool::Usage));
        QCOMPARE(cli({ u"list"_s, u"--limit"_s, u"0"_s }).code, int(CommandLineTool::Usage));
        QCOMPARE(cli({ u"list"_s, u"--sort"_s, u"colour"_s }).code, int(CommandLineTool::Usage));
    }

    void searchPrintsRankedHitsWithMarkedPassages()
    {
        const QString inHeadline = newArticle();
        const QString inBody
            = cli({ u"article"_s, u"new"_s, u"--headline"_s, u"Новости"_s, u"--body"_s, u"-"_s },
                  "Копыльские аграрии собрали урожай раньше срока.")
                  .out.trimmed();
        newArticle({ u"--headline"_s, u"Football"_s });
        Result r = cli({ u"search"_s, u"урожай"_s });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(inHeadline));
        QVERIFY(lines.at(1).startsWith(inBody));
        QVERIFY2(lines.at(1).contains(u"[урожай]"_s), qPrintable(lines.at(1)));

        r = cli({ u"search"_s, u"урожай"_s, u"--limit"_s, u"1"_s, u"--json"_s });
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[u"id"_s].toString(), inHeadline);
        QVERIFY(hits.at(0)[u"snippet"_s].toString().contains(u"Урожай"_s));
        QCOMPARE(hits.at(0)[u"highlights"_s].toArray().size(), 1);

        QCOMPARE(cli({ u"search"_s }).code, int(CommandLineTool::Usage));
        r = cli({ u"search"_s, u"--"_s, u"--"_s });
        QCOMPARE(r.code, int(CommandLineTool::InvalidInput));
        QVERIFY(oneLine(r.err));
        QVERIFY(cli({ u"search"_s, u"нет-такого-слова"_s }).out.isEmpty());
    }

    void aCorruptDatabaseIsAStorageErrorNamingTheFile()
    {
        QFile f(db());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage, not SQLite");
        f.close();
        for (const QStringList &args :
             { QStringList { u"list"_s }, QStringList { u"init"_s },
               QStringList { u"article"_s, u"new"_s, u"--headline"_s, u"x"_s } }) {
            const Result r = cli(args);
            QCOMPARE(r.code, int(CommandLineTool::StorageError));
            QVERIFY(oneLine(r.err));
            QVERIFY(r.err.contains(db()));
        }
    }

    void backupsAndRestore()
    {
        const QString first = newArticle();
        const Result backup = cli({ u"backup"_s });
        QCOMPARE(backup.code, 0);
        const QString backupPath = backup.out.trimmed();
        QVERIFY(QFile::exists(backupPath));
        const Result listed = cli({ u"backups"_s, u"--json"_s });
        const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(all.size(), 2); // the daily one of the first open, and this
        QCOMPARE(all.at(0)[u"path"_s].toString(), backupPath);
        QCOMPARE(all.at(0)[u"reason"_s].toString(), u"manual"_s);

        newArticle();
        QCOMPARE(cli({ u"list"_s }).out.trimmed().split(u'\n').size(), 2);
        const Result restored = cli({ u"restore"_s, backupPath });
        QCOMPARE(restored.code, 0);
        QCOMPARE(cli({ u"list"_s }).out.trimmed().split(u'\n').size(), 1);
        QVERIFY(cli({ u"list"_s }).out.startsWith(first));
        QCOMPARE(cli({ u"restore"_s }).code, int(CommandLineTool::Usage));
        QCOMPARE(cli({ u"restore"_s, m_dir->filePath(u"nope.sqlite"_s) }).code,
                 int(CommandLineTool::NotFound));
    }

    void theBuiltBinaryReadsStandardInputAndExitsWithTheCodes()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NEWSROOM_DB"_s, db());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        cli.setProcessEnvironment(env);
        cli.start(
            QStringLiteral(NEWSROOM_CLI_PATH),
            { u"article"_s, u"new"_s, u"--headline"_s, u"Из процесса"_s, u"--body"_s, u"-"_s });
        QVERIFY(cli.waitForStarted());
        cli.write("Абзац из stdin.\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        const QString id = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
        QVERIFY(!QUuid::fromString(id).isNull());

        cli.start(QStringLiteral(NEWSROOM_CLI_PATH), { u"search"_s, u"абзац"_s });
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).startsWith(id));

        cli.start(QStringLiteral(NEWSROOM_CLI_PATH),
                  { u"history"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) });
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), int(CommandLineTool::NotFound));
        QVERIFY(oneLine(QString::fromUtf8(cli.readAllStandardError())));
    }
};

QTEST_MAIN(tst_CommandLineTool)
#include "tst_CommandLineTool.moc"
