#pragma once

// One store test suite, two engines: the same test functions run against SQLite files and
// against the throwaway PostgreSQL cluster. The engine is chosen by NEWSROOM_TEST_BACKEND
// ("sqlite", the default, or "postgresql"); CMake registers each suite once per engine.

#include "PgTestServer.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

class StoreBackend
{
public:
    enum class Kind { Sqlite, Postgresql };

    static Kind fromEnvironment()
    {
        return qEnvironmentVariable("NEWSROOM_TEST_BACKEND") == QStringLiteral("postgresql")
            ? Kind::Postgresql
            : Kind::Sqlite;
    }

    StoreBackend()
        : m_kind(fromEnvironment())
    { }
    ~StoreBackend() { PgTestServer::dropDatabase(m_database); }

    Kind kind() const { return m_kind; }
    bool isPostgresql() const { return m_kind == Kind::Postgresql; }
    QString name() const
    {
        return isPostgresql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }
    QString databaseName() const { return m_database; }

    // Once per test program. Empty on success, else why not.
    QString prepare(const QString &programName)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        if (!isPostgresql())
            return {};
        if (!PgTestServer::available())
            return QString::fromLatin1(PgTestServer::missingReason());
        m_database = PgTestServer::createDatabase(programName);
        return m_database.isEmpty() ? QStringLiteral("cannot create a test database") : QString();
    }

    // Before each test function (every store closed): an empty database. Empty or why not.
    QString reset()
    {
        if (isPostgresql())
            return PgTestServer::resetDatabase(m_database);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_dir.filePath(QStringLiteral("desk.sqlite")) + suffix);
        return {};
    }

    // A store on the test database (another connection each call).
    Result<std::unique_ptr<SqlStore>> open(const SqlStore::Clock &clock)
    {
        if (isPostgresql()) {
            PgStore::Options o;
            o.clock = clock;
            auto r = PgStore::open(PgTestServer::ownerConnection(m_database), o);
            if (!r)
                return r.error();
            return std::unique_ptr<SqlStore>(std::move(*r));
        }
        SqliteStore::Options o;
        o.dailyBackup = false;
        o.clock = clock;
        auto r = SqliteStore::open(m_dir.filePath(QStringLiteral("desk.sqlite")), o);
        if (!r)
            return r.error();
        return std::unique_ptr<SqlStore>(std::move(*r));
    }

    QTemporaryDir &dir() { return m_dir; }

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_database;
};
