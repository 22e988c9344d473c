// newsroom-cli against a team server: server init, server add-user, --pg in place of --db
// (before or after the verb) for the existing verbs, and migrate-to-server of the sample
// newsroom followed by audit --verify on the server. Runs against the throwaway cluster of the
// "postgresql" CTest fixture.

#include "PgTestServer.h"
#include "cli/CommandLineTool.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QByteArray &input = {})
{
    QString out, err;
    QTextStream o(&out), e(&err);
    QByteArray bytes = input;
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CommandLineTool tool(o, e);
    tool.setInput(&in);
    const int code = tool.run(QStringList { u"newsroom-cli"_s } + args);
    o.flush();
    e.flush();
    return { code, out, err };
}

QByteArray why(const Run &r)
{
    return (u"exit %1\nout: %2\nerr: %3"_s.arg(r.code).arg(r.out, r.err)).toUtf8();
}

} // namespace

class tst_ServerCommands : public QObject
{
    Q_OBJECT

    QString m_database;
    QString m_officer;
    QString m_supervisor;

    QString owner(const QString &database) const
    {
        return u"host=%1 dbname=%2 user=%3"_s.arg(PgTestServer::host(), database,
                                                  PgTestServer::superuser());
    }
    QString desk(const QString &database) const
    {
        return u"host=%1 dbname=%2"_s.arg(PgTestServer::host(), database);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(PgTestServer::available(), PgTestServer::missingReason().constData());
        m_database = PgTestServer::createDatabase(u"tst_servercli"_s);
        QVERIFY(!m_database.isEmpty());
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_officer = u"cli_officer_"_s + suffix;
        m_supervisor = u"cli_supervisor_"_s + suffix;
        qunsetenv("NEWSROOM_PASSWORD");
        qunsetenv("NEWSROOM_NEW_PASSWORD");
    }

    void cleanupTestCase()
    {
        PgTestServer::dropDatabase(m_database);
        PgTestServer::exec(u"postgres"_s,
                           { u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_officer),
                             u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_supervisor) });
    }

    void initAddUsersAndWork()
    {
        Run r = run({ u"server"_s, u"init"_s, u"--pg"_s, owner(m_database) });
        QVERIFY2(r.code == 0, why(r).constData());
        QVERIFY2(r.out.contains(u"newsroom_officer"_s), why(r).constData());
        // Again: refreshes, harmless.
        r = run({ u"--pg"_s, owner(m_database), u"server"_s, u"init"_s });
        QVERIFY2(r.code == 0, why(r).constData());

        r = run({ u"server"_s, u"add-user"_s, m_officer, u"--role"_s, u"officer"_s,
                  u"--password-stdin"_s, u"--pg"_s, owner(m_database) },
                "officer-pw\n");
        QVERIFY2(r.code == 0, why(r).constData());
        qputenv("NEWSROOM_NEW_PASSWORD", "supervisor-pw");
        r = run({ u"server"_s, u"add-user"_s, m_supervisor, u"--role"_s, u"supervisor"_s, u"--pg"_s,
                  owner(m_database) });
        qunsetenv("NEWSROOM_NEW_PASSWORD");
        QVERIFY2(r.code == 0, why(r).constData());
        r = run({ u"server"_s, u"add-user"_s, u"x"_s, u"--role"_s, u"editor"_s, u"--pg"_s,
                  owner(m_database) });
        QCOMPARE(r.code, 5); // unknown role: invalid input, as `user add` says it

        // A desk: --pg in place of --db, signed in by the connection.
        qputenv("NEWSROOM_PASSWORD", "officer-pw");
        r = run({ u"--pg"_s, desk(m_database), u"--user"_s, m_officer, u"article"_s, u"new"_s,
                  u"--headline"_s, u"Team mode"_s, u"--lead"_s, u"Lead"_s, u"--section"_s,
                  u"news"_s, u"--language"_s, u"ru"_s, u"--body"_s, u"-"_s },
                "Первый абзац текста.\n");
        QVERIFY2(r.code == 0, why(r).constData());
        const QString id = r.out.trimmed();
        QVERIFY2(!QUuid::fromString(id).isNull(), why(r).constData());
        r = run({ u"submit"_s, id, u"--pg"_s, desk(m_database), u"--user"_s, m_officer });
        QVERIFY2(r.code == 0, why(r).constData());
        r = run({ u"list"_s, u"--pg"_s, desk(m_database), u"--user"_s, m_officer });
        QVERIFY2(r.code == 0 && r.out.contains(id) && r.out.contains(u"in_review"_s),
                 why(r).constData());
        r = run({ u"search"_s, u"абзац"_s, u"--pg"_s, desk(m_database), u"--user"_s, m_officer });
        QVERIFY2(r.code == 0 && r.out.contains(id), why(r).constData());
        // The officer cannot approve: the same exit code as on a local newsroom.
        r = run({ u"approve"_s, id, u"--pg"_s, desk(m_database), u"--user"_s, m_officer });
        QCOMPARE(r.code, 3);
        // A connection that names its user needs no --user: the connection is the sign-in.
        r = run({ u"withdraw"_s, id, u"--pg"_s, desk(m_database) + u" user="_s + m_officer });
        QVERIFY2(r.code == 0 && r.out.contains(u"draft"_s), why(r).constData());
        r = run({ u"submit"_s, id, u"--pg"_s, desk(m_database) + u" user="_s + m_officer });
        QVERIFY2(r.code == 0 && r.out.contains(u"in_review"_s), why(r).constData());

        qputenv("NEWSROOM_PASSWORD", "supervisor-pw");
        r = run({ u"approve"_s, id, u"--pg"_s, desk(m_database), u"--user"_s, m_supervisor });
        QVERIFY2(r.code == 0 && r.out.startsWith(u"approved"_s), why(r).constData());
        r = run(
            { u"audit"_s, u"--verify"_s, u"--pg"_s, desk(m_database), u"--user"_s, m_supervisor });
        QVERIFY2(r.code == 0, why(r).constData());

        // A wrong password is refused by the server: permission denied.
        qputenv("NEWSROOM_PASSWORD", "wrong");
        r = run({ u"list"_s, u"--pg"_s, desk(m_database), u"--user"_s, m_officer });
        QCOMPARE(r.code, 3);
        qunsetenv("NEWSROOM_PASSWORD");
    }

    void migrateTheSampleNewsroomThenVerify()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sample.sqlite"_s);
        {
            SqliteStore::Options o;
            o.dailyBackup = false;
            auto local = SqliteStore::open(file, o);
            QVERIFY(local);
            Workflow workflow(**local, Argon2Cost::insecureForTestsOnly());
            QVERIFY(SampleAccounts::populate(workflow));
        }
        const QString database = PgTestServer::createDatabase(u"tst_servercli_move"_s);
        Run r = run({ u"server"_s, u"init"_s, u"--pg"_s, owner(database) });
        QVERIFY2(r.code == 0, why(r).constData());
        r = run({ u"migrate-to-server"_s, u"--db"_s, file, u"--pg"_s, owner(database) });
        QVERIFY2(r.code == 0, why(r).constData());
        QVERIFY2(r.out.contains(u"officer"_s), why(r).constData()); // roles still to get passwords
        r = run({ u"audit"_s, u"--verify"_s, u"--pg"_s, owner(database) });
        QVERIFY2(r.code == 0, why(r).constData());
        QVERIFY2(r.out.contains(u"intact"_s), why(r).constData());
        // A second move onto the same server is refused, nothing written.
        r = run({ u"migrate-to-server"_s, u"--db"_s, file, u"--pg"_s, owner(database) });
        QCOMPARE(r.code, 5);
        PgTestServer::dropDatabase(database);
    }
};

QTEST_MAIN(tst_ServerCommands)
#include "tst_ServerCommands.moc"
