#pragma once

// The throwaway PostgreSQL cluster the tests run against (tests/postgresql/pg-cluster, started
// by CTest's "postgresql" fixture, which passes its socket directory in NEWSROOM_PG_TEST_HOST).
// Each test program gets a database of its own, dropped when it ends.

#include "storage/postgresql/PgConnInfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

class PgTestServer
{
public:
    static QString host() { return qEnvironmentVariable("NEWSROOM_PG_TEST_HOST"); }
    static QString superuser()
    {
        const QString u = qEnvironmentVariable("NEWSROOM_PG_TEST_SUPERUSER");
        return u.isEmpty() ? QStringLiteral("newsroom_test") : u;
    }
    static bool available() { return !host().isEmpty(); }
    // Why a PostgreSQL test cannot run, for its failure message.
    static QByteArray missingReason()
    {
        return "NEWSROOM_PG_TEST_HOST is not set: run this test through ctest, whose "
               "\"postgresql\" fixture starts the throwaway cluster (tests/postgresql)";
    }

    // The connection to a database as the cluster's superuser (the database owner).
    static PgConnInfo ownerConnection(const QString &database)
    {
        PgConnInfo info = *PgConnInfo::parse(
            QStringLiteral("host=%1 dbname=%2 user=%3").arg(host(), database, superuser()));
        return info;
    }
    static PgConnInfo userConnection(const QString &database, const QString &user,
                                     const QString &password)
    {
        PgConnInfo info = *PgConnInfo::parse(
            QStringLiteral("host=%1 dbname=%2 user=%3").arg(host(), database, user));
        info.setPassword(password);
        return info;
    }

    // Runs statements as the superuser on the database ("postgres" for cluster-wide ones).
    static QString exec(const QString &database, const QStringList &statements)
    {
        QString error;
        const QString name = QStringLiteral("pg-test-admin-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            ownerConnection(database).applyTo(db);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = warning"));
                for (const QString &sql : statements) {
                    if (!q.exec(sql)) {
                        error = q.lastError().text() + QStringLiteral(" [") + sql + u']';
                        break;
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    // A new, empty database for this program; its name.
    static QString createDatabase(const QString &prefix)
    {
        const QString name = prefix.toLower() + u'_'
            + QString::number(QCoreApplication::applicationPid()) + u'_'
            + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString error = exec(QStringLiteral("postgres"),
                                   { QStringLiteral("CREATE DATABASE \"%1\"").arg(name) });
        return error.isEmpty() ? name : QString();
    }
    static void dropDatabase(const QString &name)
    {
        if (!name.isEmpty())
            exec(QStringLiteral("postgres"),
                 { QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name) });
    }
    // Empties the database again (between test functions): everything in the public schema goes.
    static QString resetDatabase(const QString &name)
    {
        return exec(name,
                    { QStringLiteral("DROP SCHEMA public CASCADE"),
                      QStringLiteral("CREATE SCHEMA public"),
                      QStringLiteral("GRANT USAGE ON SCHEMA public TO PUBLIC") });
    }
};
