// newsroom-cli's history and review verbs, run in-process as a script runs them: diff, restore
// (of a revision, beside the backup restore), queue and notifications.

#include "CliRun.h"
#include "cli/CommandLineTool.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_HistoryCommands : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(u"newsroom.sqlite"_s); }

    // As `user` (password NAME-pw from NEWSROOM_PASSWORD), or nobody when user is empty.
    Run cli(const QString &user, const QStringList &args, const QByteArray &input = {})
    {
        return runCli(db(), user, QByteArray(user.toUtf8() + "-pw"), args, input);
    }

    Run addUser(const QString &actor, const QString &name, const QString &role)
    {
        qputenv("NEWSROOM_NEW_PASSWORD", QByteArray(name.toUtf8() + "-pw"));
        return cli(actor, { u"user"_s, u"add"_s, name, u"--role"_s, role });
    }

    QString newArticle(const QString &user, const QString &headline, const QByteArray &body)
    {
        const Run r
            = cli(user,
                  { u"article"_s, u"new"_s, u"--headline"_s, headline, u"--lead"_s, u"Лид."_s,
                    u"--section"_s, u"news"_s, u"--language"_s, u"ru"_s, u"--body"_s, u"-"_s },
                  body);
        if (r.code != 0)
            qWarning() << r.err;
        return r.out.trimmed();
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
        qunsetenv("NEWSROOM_PASSWORD");
        qunsetenv("NEWSROOM_NEW_PASSWORD");
    }

    void diffAndRestoreWithoutUsers()
    {
        const QString id
            = newArticle({}, u"Собран рекордный урожай"_s, "Собрано 50 тысяч тонн зерна.");
        QVERIFY(!id.isEmpty());
        Run r = cli({},
                    { u"article"_s, u"set"_s, id, u"--headline"_s, u"Собран небывалый урожай"_s,
                      u"--body"_s, u"-"_s },
                    "Собрано 52 тысячи тонн зерна.");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"2"_s);

        r = cli({}, { u"diff"_s, id, u"1"_s, u"2"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Headline: Собран [-рекордный-]{+небывалый+} урожай\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Собрано [-50 тысяч-]{+52 тысячи+} тонн зерна."_s),
                 qPrintable(r.out));
        QVERIFY(r.out.startsWith(u"--- version 1\n+++ version 2\n"_s));

        r = cli({}, { u"diff"_s, id, u"1"_s, u"2"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"article"_s).toString(), id);
        QCOMPARE(o.value(u"from"_s).toInt(), 1);
        QVERIFY(o.value(u"body_changed"_s).toBool());
        QCOMPARE(o.value(u"metadata"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
                 u"headline"_s);
        QStringList ops;
        for (const QJsonValue &v : o.value(u"body"_s).toArray())
            ops.append(v.toObject().value(u"op"_s).toString());
        QCOMPARE(ops, (QStringList { u"equal"_s, u"delete"_s, u"insert"_s, u"equal"_s }));

        // Errors and their exit codes.
        QCOMPARE(cli({}, { u"diff"_s, id, u"1"_s, u"9"_s }).code, 2);
        QCOMPARE(cli({}, { u"diff"_s, QUuid::createUuid().toString(), u"1"_s, u"2"_s }).code, 2);
        QCOMPARE(cli({}, { u"diff"_s, u"nonsense"_s, u"1"_s, u"2"_s }).code, 5);
        QCOMPARE(cli({}, { u"diff"_s, id, u"one"_s, u"2"_s }).code, 5);
        QCOMPARE(cli({}, { u"diff"_s, id, u"1"_s }).code, 1);

        // Restore: a new revision with the old content; history keeps all three.
        r = cli({}, { u"restore"_s, id, u"1"_s, u"--base-version"_s, u"1"_s });
        QCOMPARE(r.code, 4); // stale base version
        r = cli({}, { u"restore"_s, id, u"1"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"3"_s);
        r = cli({}, { u"history"_s, id });
        QCOMPARE(r.out.trimmed().split(u'\n').size(), 3);
        r = cli({}, { u"diff"_s, id, u"1"_s, u"3"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith(u"No differences.\n"_s), qPrintable(r.out));
        QCOMPARE(cli({}, { u"restore"_s, id, u"3"_s }).code, 5); // already current
        QCOMPARE(cli({}, { u"restore"_s, id, u"8"_s }).code, 2);

        // One argument is still the backup restore.
        r = cli({}, { u"restore"_s, m_dir->filePath(u"no-such-backup.sqlite"_s) });
        QVERIFY(r.code != 0);
        QVERIFY2(!r.err.contains(u"revision"_s), qPrintable(r.err));
    }

    void queueNotificationsAndRestoreRights()
    {
        QCOMPARE(addUser({}, u"admin"_s, u"admin"_s).code, 0);
        QCOMPARE(addUser(u"admin"_s, u"anna"_s, u"officer"_s).code, 0);
        QCOMPARE(addUser(u"admin"_s, u"boris"_s, u"supervisor"_s).code, 0);
        const QString first = newArticle(u"anna"_s, u"Первая"_s, "Текст первой.");
        const QString second = newArticle(u"anna"_s, u"Вторая"_s, "Текст второй.");
        QCOMPARE(cli(u"anna"_s, { u"submit"_s, second }).code, 0);
        QCOMPARE(cli(u"anna"_s, { u"submit"_s, first }).code, 0);

        Run r = cli({}, { u"queue"_s });
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(second + u'\t'));
        QVERIFY(lines.at(0).endsWith(u"\tanna\tanna\tВторая"_s));
        r = cli({}, { u"queue"_s, u"--json"_s });
        const QJsonArray queue = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(1).toObject().value(u"id"_s).toString(), first);
        QCOMPARE(queue.at(1).toObject().value(u"submitted_by"_s).toString(), u"anna"_s);

        // boris's first sign-in: both submissions; the next time, nothing new.
        r = cli(u"boris"_s, { u"notifications"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(u"\tsubmitted\tanna\t"_s + second + u'\t'));
        QCOMPARE(cli(u"boris"_s, { u"notifications"_s }).out, QString());
        QCOMPARE(cli({}, { u"notifications"_s }).code, 3); // needs a signed-in user

        QCOMPARE(
            cli(u"boris"_s, { u"request-changes"_s, first, u"--comment"_s, u"Добавьте цифры."_s })
                .code,
            0);
        r = cli(u"anna"_s, { u"notifications"_s, u"--json"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray notes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(u"kind"_s).toString(), u"changes_requested"_s);
        QCOMPARE(notes.at(0).toObject().value(u"comment"_s).toString(), u"Добавьте цифры."_s);
        QCOMPARE(notes.at(0).toObject().value(u"article"_s).toString(), first);
        // --since a row: everything after it, whatever the sign-ins.
        r = cli(u"anna"_s, { u"notifications"_s, u"--since"_s, u"0"_s, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

        // Restoring is an edit: the supervisor may not, the author may.
        QCOMPARE(
            cli(u"anna"_s, { u"article"_s, u"set"_s, first, u"--headline"_s, u"Первая!"_s }).code,
            0);
        r = cli(u"boris"_s, { u"restore"_s, first, u"1"_s });
        QCOMPARE(r.code, 3);
        QCOMPARE(cli({}, { u"restore"_s, first, u"1"_s }).code, 3); // no user
        r = cli(u"anna"_s, { u"restore"_s, first, u"1"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"3"_s);
        r = cli({}, { u"audit"_s, u"--json"_s });
        QVERIFY(r.out.contains(u"revision_restore"_s));
    }
};

QTEST_MAIN(tst_HistoryCommands)
#include "tst_HistoryCommands.moc"
