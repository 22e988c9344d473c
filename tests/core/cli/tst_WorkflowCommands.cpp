// newsroom-cli's workflow verbs, run in-process the way a script runs them. The CLI hashes with
// the production Argon2 cost (it is what the CLI ships with), so the scenarios stay short.

#include "CliRun.h"
#include "cli/CommandLineTool.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_WorkflowCommands : public QObject
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

    Run addUser(const QString &actor, const QString &name, const QStringList &roles)
    {
        qputenv("NEWSROOM_NEW_PASSWORD", QByteArray(name.toUtf8() + "-pw"));
        QStringList args { u"user"_s, u"add"_s, name };
        for (const QString &r : roles)
            args += QStringList { u"--role"_s, r };
        return cli(actor, args);
    }

    void tamper(const QString &sql)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(db());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(sql));
            QCOMPARE(q.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
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

    void reviewFromFirstUserToVerifiedAudit()
    {
        // The first user needs no acting user, and must be an admin.
        QCOMPARE(addUser({}, u"anna"_s, { u"officer"_s }).code, 3);
        Run r = addUser({}, u"admin"_s, { u"admin"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(addUser({}, u"anna"_s, { u"officer"_s }).code, 3);
        QCOMPARE(addUser(u"admin"_s, u"anna"_s, { u"officer"_s }).code, 0);
        QCOMPARE(addUser(u"admin"_s, u"boris"_s, { u"supervisor"_s }).code, 0);
        QCOMPARE(addUser(u"admin"_s, u"x"_s, { u"editor"_s }).code, 5);

        r = cli({}, { u"user"_s, u"list"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(1).toObject().value(u"name"_s).toString(), u"anna"_s);

        // With users, writing needs a signed-in user with the right to.
        r = cli({}, { u"article"_s, u"new"_s, u"--headline"_s, u"Урожай"_s });
        QVERIFY(r.code != 0);
        r = cli(u"anna"_s,
                { u"article"_s, u"new"_s, u"--headline"_s, u"Урожай"_s, u"--lead"_s,
                  u"Собран урожай."_s, u"--section"_s, u"news"_s, u"--language"_s, u"ru"_s,
                  u"--body"_s, u"-"_s },
                "Собран рекордный урожай зерна.");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();

        // A comment blocks submission until it is resolved.
        r = cli(u"boris"_s,
                { u"comment"_s, id, u"--text"_s, u"Source?"_s, u"--quote"_s, u"рекордный"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString commentId = r.out.trimmed();
        r = cli(u"anna"_s, { u"submit"_s, id });
        QCOMPARE(r.code, 5);
        r = cli(u"anna"_s, { u"resolve"_s, commentId });
        QCOMPARE(r.code, 0);
        r = cli({}, { u"comments"_s, id, u"--json"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .array()
                    .at(0)
                    .toObject()
                    .value(u"resolved"_s)
                    .toBool());
        r = cli(u"anna"_s, { u"submit"_s, id });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"in_review"_s);

        // Four eyes, with the reason; officers do not approve.
        qputenv("NEWSROOM_NEW_PASSWORD", "x");
        r = cli(u"anna"_s, { u"approve"_s, id });
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.trimmed().isEmpty());
        // Wrong password and unknown user: the same message.
        qputenv("NEWSROOM_PASSWORD", "wrong");
        QStringList base { u"newsroom-cli"_s, u"--db"_s, db(), u"approve"_s, id, u"--user"_s };
        QString e1, e2, o;
        {
            QTextStream out(&o), err(&e1);
            QCOMPARE(CommandLineTool(out, err).run(base + QStringList { u"boris"_s }), 3);
        }
        {
            QTextStream out(&o), err(&e2);
            QCOMPARE(CommandLineTool(out, err).run(base + QStringList { u"nobody"_s }), 3);
        }
        QCOMPARE(e1, e2);

        // The password from standard input instead of the environment.
        qunsetenv("NEWSROOM_PASSWORD");
        {
            QString out, err;
            QTextStream os(&out), es(&err);
            QByteArray bytes = "boris-pw\n";
            QBuffer in(&bytes);
            in.open(QIODevice::ReadOnly);
            CommandLineTool tool(os, es);
            tool.setInput(&in);
            const int code = tool.run(base + QStringList { u"boris"_s, u"--password-stdin"_s });
            es.flush();
            QVERIFY2(code == 0, qPrintable(err));
        }

        r = cli({}, { u"audit"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue &row : rows)
            actions.append(row.toObject().value(u"action"_s).toString());
        QVERIFY(actions.contains(u"sign_in_failed"_s));
        QCOMPARE(actions.count(u"sign_in_failed"_s), 2);
        QVERIFY(actions.contains(u"approve"_s));
        QVERIFY(actions.contains(u"submit"_s));
        QVERIFY(actions.contains(u"user_add"_s));

        r = cli({}, { u"audit"_s, u"--verify"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString head = r.out.section(u"Head: "_s, 1).trimmed();
        QVERIFY2(head.contains(u':'), qPrintable(r.out));
        QCOMPARE(cli({}, { u"audit"_s, u"--verify"_s, u"--anchor"_s, head }).code, 0);

        // Tampering through plain SQLite: an UPDATE, then (undone) a DELETE.
        tamper(u"UPDATE audit_log SET actor = 'mallory' WHERE sequence = 4"_s);
        r = cli({}, { u"audit"_s, u"--verify"_s });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"row 4"_s), qPrintable(r.err));
        tamper(u"UPDATE audit_log SET actor = 'admin' WHERE sequence = 4"_s);
        QCOMPARE(cli({}, { u"audit"_s, u"--verify"_s }).code, 0);
        tamper(u"DELETE FROM audit_log WHERE sequence = 6"_s);
        r = cli({}, { u"audit"_s, u"--verify"_s });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"row"_s), qPrintable(r.err));
        QCOMPARE(cli({}, { u"audit"_s, u"--verify"_s, u"--anchor"_s, u"nonsense"_s }).code, 5);
    }

    // Scripts name the acting user once, before the command, as they name --db.
    void actingUserBeforeTheCommand()
    {
        QCOMPARE(addUser({}, u"admin"_s, { u"admin"_s }).code, 0);
        qputenv("NEWSROOM_NEW_PASSWORD", "anna-pw");
        qputenv("NEWSROOM_PASSWORD", "admin-pw");
        QString out, err;
        QTextStream o(&out), e(&err);
        CommandLineTool tool(o, e);
        int code = tool.run({ u"newsroom-cli"_s, u"--db"_s, db(), u"--user"_s, u"admin"_s,
                              u"user"_s, u"add"_s, u"anna"_s, u"--role"_s, u"officer"_s });
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));
        // Wrong password given globally: refused the same as after the command.
        qputenv("NEWSROOM_PASSWORD", "wrong");
        CommandLineTool again(o, e);
        code = again.run({ u"newsroom-cli"_s, u"--db"_s, db(), u"--user"_s, u"admin"_s, u"user"_s,
                           u"add"_s, u"boris"_s, u"--role"_s, u"officer"_s });
        QCOMPARE(code, 3);
        QCOMPARE(cli({}, { u"user"_s, u"list"_s }).out.count(u'\n'), 2);
    }

    void cutOffRowsAreCaughtByTheAnchor()
    {
        QCOMPARE(addUser({}, u"admin"_s, { u"admin"_s }).code, 0);
        QCOMPARE(addUser(u"admin"_s, u"anna"_s, { u"officer"_s }).code, 0);
        Run r = cli({}, { u"audit"_s, u"--verify"_s });
        QCOMPARE(r.code, 0);
        const QString head = r.out.section(u"Head: "_s, 1).trimmed();
        const qint64 last = head.section(u':', 0, 0).toLongLong();
        QVERIFY(last > 1);
        tamper(u"DELETE FROM audit_log WHERE sequence = %1"_s.arg(last));
        QCOMPARE(cli({}, { u"audit"_s, u"--verify"_s }).code, 0);
        r = cli({}, { u"audit"_s, u"--verify"_s, u"--anchor"_s, head });
        QCOMPARE(r.code, 4);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_MAIN(tst_WorkflowCommands)
#include "tst_WorkflowCommands.moc"
