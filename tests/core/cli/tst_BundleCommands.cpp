// newsroom-cli's bundle verbs (export, verify, import, pubkey), run in-process the way a script
// runs them, on a newsroom with an officer (anna) and two supervisors (boris, vera). The CLI
// hashes passwords with the production Argon2 cost, so the newsroom is made once.

#include "../bundle/BundleTestSupport.h"
#include "CliRun.h"
#include "bundle/BundleManifest.h"
#include "cli/CommandLineTool.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir dir(from);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QString source = dir.filePath(name);
        const QString target = QDir(to).filePath(name);
        if (QFileInfo(source).isDir() ? !copyTree(source, target) : !QFile::copy(source, target))
            return false;
    }
    return true;
}

// Changes one byte of the file, at the first occurrence of `at` (or in the middle).
bool flipByte(const QString &path, const QByteArray &at = {})
{
    QByteArray data = readAll(path);
    if (data.isEmpty())
        return false;
    qsizetype i = at.isEmpty() ? data.size() / 2 : data.indexOf(at);
    if (i < 0)
        return false;
    data[i] = data.at(i) == 'A' ? 'B' : 'A';
    return writeAll(path, data);
}

} // namespace

class tst_BundleCommands : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    QTemporaryDir m_dir;
    bool m_wrongPassword = false;

    QString db() const { return m_dir.filePath(u"newsroom.sqlite"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // As `user` (password NAME-pw from NEWSROOM_PASSWORD), or nobody when user is empty.
    Run cli(const QString &user, const QStringList &args, const QByteArray &input = {})
    {
        return runCli(db(), user,
                      m_wrongPassword ? QByteArray("wrong") : QByteArray(user.toUtf8() + "-pw"),
                      args, input);
    }

    void addUser(const QString &actor, const QString &name, const QString &role)
    {
        qputenv("NEWSROOM_NEW_PASSWORD", QByteArray(name.toUtf8() + "-pw"));
        const Run r = cli(actor, { u"user"_s, u"add"_s, name, u"--role"_s, role });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // A draft by anna, submitted; approved by `approver` unless empty. Returns the id.
    QString article(const QString &headline, const QString &approver, const QStringList &extra = {})
    {
        Run r = cli(u"anna"_s,
                    QStringList { u"article"_s, u"new"_s, u"--headline"_s, headline, u"--lead"_s,
                                  u"Собран урожай."_s, u"--section"_s, u"news"_s, u"--language"_s,
                                  u"ru"_s, u"--body"_s, u"-"_s }
                        + extra,
                    "Собран рекордный урожай зерна в Копыльском районе.\n\nВторой абзац.");
        if (r.code != 0)
            qWarning("article new: %s", qPrintable(r.err));
        const QString id = r.out.trimmed();
        r = cli(u"anna"_s, { u"submit"_s, id });
        if (r.code != 0)
            qWarning("submit: %s", qPrintable(r.err));
        if (!approver.isEmpty()) {
            r = cli(approver, { u"approve"_s, id });
            if (r.code != 0)
                qWarning("approve: %s", qPrintable(r.err));
        }
        return id;
    }

    QString status(const QString &id)
    {
        const Run r = cli({}, { u"article"_s, u"show"_s, id, u"--json"_s });
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"status"_s).toString();
    }

    int articleCount()
    {
        const Run r = cli({}, { u"list"_s, u"--json"_s, u"--limit"_s, u"1000"_s });
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    QStringList auditActions()
    {
        const Run r = cli({}, { u"audit"_s, u"--json"_s });
        QStringList actions;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            actions << v.toObject().value(u"action"_s).toString();
        return actions;
    }

    // A bundle exported as a directory in initTestCase; tests tamper with copies.
    QString m_bundleDir;
    QString m_exportedId;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        addUser({}, u"admin"_s, u"admin"_s);
        addUser(u"admin"_s, u"anna"_s, u"officer"_s);
        addUser(u"admin"_s, u"boris"_s, u"supervisor"_s);
        addUser(u"admin"_s, u"vera"_s, u"supervisor"_s);
        for (const QString &name : { u"boris"_s, u"vera"_s }) {
            const Run r = cli({}, { u"pubkey"_s, name });
            QCOMPARE(r.code, 0);
            QVERIFY(writeAll(path(name + u".pub"_s), r.out.toUtf8()));
        }
        m_exportedId = article(u"Урожай в Копыльском районе"_s, u"boris"_s);
        m_bundleDir = path(u"harvest"_s);
        const Run r = cli(u"boris"_s, { u"export"_s, m_exportedId, u"--out"_s, m_bundleDir });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QFileInfo(m_bundleDir).absoluteFilePath());
    }
    void cleanupTestCase()
    {
        qunsetenv("NEWSROOM_PASSWORD");
        qunsetenv("NEWSROOM_NEW_PASSWORD");
    }

    void exportPublishesAuditsAndVerifies()
    {
        QCOMPARE(status(m_exportedId), u"published"_s);
        const QStringList actions = auditActions();
        QVERIFY(actions.size() >= 2);
        QCOMPARE(actions.mid(actions.size() - 2), (QStringList { u"publish"_s, u"export"_s }));

        // The manifest anchors the audit log as it was just before the export.
        const auto manifest
            = BundleManifest::fromJson(readAll(m_bundleDir + u"/manifest.json"_s), nullptr);
        QVERIFY(manifest);
        QCOMPARE(manifest->approval.supervisor, u"boris"_s);
        QCOMPARE(manifest->articleId.toString(QUuid::WithoutBraces), m_exportedId);
        QVERIFY(manifest->auditHead.sequence > 0);
        Run r
            = cli({}, { u"audit"_s, u"--verify"_s, u"--anchor"_s, manifest->auditHead.toString() });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

        r = cli({}, { u"verify"_s, m_bundleDir });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"OK"_s));
        r = cli({}, { u"verify"_s, m_bundleDir, u"--key"_s, path(u"boris.pub"_s) });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Exported ninjs is valid ninjs 3.1.
        const QString problems
            = BundleTestSupport::validateNinjs({ m_bundleDir + u"/article.json"_s });
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void exportAsZipVerifiesAndReplacesAsAWhole()
    {
        const QString zip = path(u"harvest.zip"_s);
        // A published article may be exported again (its approval still covers it).
        Run r = cli(u"boris"_s, { u"export"_s, m_exportedId, u"--out"_s, zip });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(zip).startsWith("PK"));
        r = cli({}, { u"verify"_s, zip, u"--key"_s, path(u"boris.pub"_s) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(u"boris"_s, { u"export"_s, m_exportedId, u"--out"_s, zip });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            QDir(m_dir.path()).entryList({ u".harvest.zip.*"_s }, QDir::AllEntries | QDir::Hidden),
            QStringList());
        // Something that is not a bundle is never replaced.
        QVERIFY(writeAll(path(u"notes.zip"_s), "my notes"));
        r = cli(u"boris"_s, { u"export"_s, m_exportedId, u"--out"_s, path(u"notes.zip"_s) });
        QCOMPARE(r.code, 6);
        QCOMPARE(readAll(path(u"notes.zip"_s)), QByteArray("my notes"));
    }

    void verifyFailsWithDistinctMessages()
    {
        struct Case
        {
            QString name;
            QString file;
            QByteArray at;
        };
        const QList<Case> cases {
            { u"body"_s, u"index.html"_s, "<h1" },
            { u"manifest"_s, u"manifest.json"_s, "\"slug\"" },
            { u"signature"_s, u"manifest.json.minisig"_s, {} },
        };
        QStringList messages;
        for (const Case &c : cases) {
            const QString copy = path(u"tampered-"_s + c.name);
            QVERIFY(copyTree(m_bundleDir, copy));
            QVERIFY(flipByte(copy + u'/' + c.file, c.at));
            const Run r = cli({}, { u"verify"_s, copy });
            QCOMPARE(r.code, 5);
            QVERIFY2(r.err.contains(u"FAILED"_s), qPrintable(r.err));
            messages << r.err.section(u'\n', 0, 0);
        }
        QVERIFY2(messages.at(0).contains(u"index.html"_s), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(u"manifest.json has been changed"_s),
                 qPrintable(messages.at(1)));
        QVERIFY2(messages.at(2).contains(u"signature has been changed"_s),
                 qPrintable(messages.at(2)));
        QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), 3);

        // Another supervisor's key.
        const Run r = cli({}, { u"verify"_s, m_bundleDir, u"--key"_s, path(u"vera.pub"_s) });
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"Wrong key"_s), qPrintable(r.err));
        QVERIFY(!messages.contains(r.err.section(u'\n', 0, 0)));

        QCOMPARE(cli({}, { u"verify"_s, path(u"missing"_s) }).code, 2);
        QCOMPARE(cli({}, { u"verify"_s, m_bundleDir, u"--key"_s, u"not a key"_s }).code, 5);
    }

    void exportRefusals()
    {
        const int before = articleCount();
        // Not approved.
        const QString draft = article(u"Ещё на рассмотрении"_s, {});
        Run r = cli(u"boris"_s, { u"export"_s, draft, u"--out"_s, path(u"draft.zip"_s) });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(path(u"draft.zip"_s)));
        QCOMPARE(status(draft), u"in_review"_s);
        // Approved by boris: neither vera nor an officer can sign it.
        const QString approved = article(u"Дорога отремонтирована"_s, u"boris"_s);
        for (const QString &user : { u"vera"_s, u"anna"_s }) {
            r = cli(user, { u"export"_s, approved, u"--out"_s, path(u"road.zip"_s) });
            QCOMPARE(r.code, 3);
            QVERIFY(!QFileInfo::exists(path(u"road.zip"_s)));
        }
        QVERIFY2(r.err.contains(u"boris"_s), qPrintable(r.err));
        QCOMPARE(status(approved), u"approved"_s);
        // A wrong password.
        m_wrongPassword = true;
        r = cli(u"boris"_s, { u"export"_s, approved, u"--out"_s, path(u"road.zip"_s) });
        m_wrongPassword = false;
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(path(u"road.zip"_s)));
        // Usage and unknown ids.
        QCOMPARE(cli(u"boris"_s, { u"export"_s, approved }).code, 1);
        QCOMPARE(cli(u"boris"_s,
                     { u"export"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"--out"_s,
                       path(u"x.zip"_s) })
                     .code,
                 2);
        QCOMPARE(articleCount(), before + 2);
        QCOMPARE(status(approved), u"approved"_s);
    }

    void embargoNeedsAnExplicitEmbargoedBundle()
    {
        const QString embargo = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const QString id = article(u"Выборы: итоги"_s, u"boris"_s, { u"--embargo"_s, embargo });
        Run r = cli(u"boris"_s, { u"export"_s, id, u"--out"_s, path(u"vote.zip"_s) });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"embargo"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"vote.zip"_s)));
        QCOMPARE(status(id), u"approved"_s);

        const QString dir = path(u"vote"_s);
        r = cli(u"boris"_s, { u"export"_s, id, u"--out"_s, dir, u"--embargoed"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject ninjs
            = QJsonDocument::fromJson(readAll(dir + u"/article.json"_s)).object();
        QCOMPARE(ninjs.value(u"pubStatus"_s).toString(), u"withheld"_s);
        QVERIFY(ninjs.contains(u"embargoedUntil"_s));
        QCOMPARE(status(id), u"published"_s);
        r = cli({}, { u"verify"_s, dir });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"embargoed"_s));
    }

    void batchExportGoesOnAfterAFailure()
    {
        const QString a = article(u"Школа готова к учебному году"_s, u"boris"_s);
        const QString b = article(u"Ярмарка в субботу"_s, u"vera"_s);
        const QString c = article(u"Новый автобусный маршрут"_s, u"boris"_s);
        const QString out = path(u"batch"_s);
        QVERIFY(QDir().mkpath(out));
        Run r = cli(u"boris"_s, { u"export"_s, u"--approved"_s, u"--out"_s, out });
        QCOMPARE(r.code, 3); // vera's approval cannot be signed by boris
        QVERIFY2(r.err.contains(u"FAILED"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"1 failed"_s), qPrintable(r.err));
        QCOMPARE(status(a), u"published"_s);
        QCOMPARE(status(b), u"approved"_s);
        QCOMPARE(status(c), u"published"_s);
        const QStringList zips = QDir(out).entryList({ u"*.zip"_s });
        QVERIFY2(zips.size() >= 2, qPrintable(zips.join(u' ')));
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const Run v = cli({}, { u"verify"_s, line });
            QVERIFY2(v.code == 0, qPrintable(v.err));
        }
        // vera exports hers; nothing is left for the next batch.
        r = cli(u"vera"_s, { u"export"_s, u"--approved"_s, u"--out"_s, out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(b), u"published"_s);
        r = cli(u"vera"_s,
                { u"export"_s, u"--approved"_s, u"--since"_s, u"2020-01-01"_s, u"--out"_s, out });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"No approved articles"_s), qPrintable(r.err));
        QCOMPARE(
            cli(u"vera"_s,
                { u"export"_s, u"--approved"_s, u"--since"_s, u"yesterday"_s, u"--out"_s, out })
                .code,
            1);
    }

    void importsBundlesAndIptcExamplesAsDrafts()
    {
        const int before = articleCount();
        QStringList files { m_bundleDir };
        const QDir examples(QStringLiteral(NEWSROOM_SHARED_DIR "/spec/ninjs-examples"));
        for (const QString &name : examples.entryList({ u"*.json"_s }))
            files << examples.filePath(name);
        QVERIFY(files.size() >= 4);
        const Run r = cli(u"anna"_s, QStringList { u"import"_s } + files);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList ids = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), files.size());
        QCOMPARE(articleCount(), before + int(files.size()));
        for (const QString &id : ids)
            QCOMPARE(status(id), u"draft"_s);
        const QJsonObject first
            = QJsonDocument::fromJson(
                  cli({}, { u"article"_s, u"show"_s, ids.constFirst(), u"--json"_s }).out.toUtf8())
                  .object();
        QCOMPARE(first.value(u"headline"_s).toString(), u"Урожай в Копыльском районе"_s);
        QVERIFY(ids.constFirst() != m_exportedId);
    }

    void refusedImportsChangeNothing()
    {
        const int before = articleCount();
        const QString tampered = path(u"import-tampered"_s);
        QVERIFY(copyTree(m_bundleDir, tampered));
        QVERIFY(flipByte(tampered + u"/article.json"_s, "\"headlines\""));
        const QString deep = path(u"deep.json"_s);
        QVERIFY(writeAll(deep, QByteArray(100, '[') + QByteArray(100, ']')));
        const QString notNinjs = path(u"notes.txt"_s);
        QVERIFY(writeAll(notNinjs, "just some notes"));
        BundleTestSupport::RawZip zip;
        zip.add(BundleTestSupport::RawZip::stored("../evil.txt", "x"));
        const QString dotDot = path(u"dotdot.zip"_s);
        QVERIFY(writeAll(dotDot, zip.bytes()));

        for (const QString &bad : { tampered, deep, notNinjs, dotDot }) {
            // Even beside a good file: one transaction, all or nothing.
            const Run r = cli(u"anna"_s, { u"import"_s, m_bundleDir, bad });
            QCOMPARE(r.code, 5);
            QVERIFY2(r.err.contains(u"Nothing was imported"_s), qPrintable(r.err));
            QCOMPARE(articleCount(), before);
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"evil.txt"_s)));
        QCOMPARE(cli(u"anna"_s, { u"import"_s, path(u"nowhere.zip"_s) }).code, 2);
        // Importing writes, so it needs a user with the right to create articles.
        QCOMPARE(cli(u"boris"_s, { u"import"_s, m_bundleDir }).code, 3);
        QCOMPARE(articleCount(), before);
    }
};

QTEST_MAIN(tst_BundleCommands)
#include "tst_BundleCommands.moc"
