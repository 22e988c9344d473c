#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QSqlDatabase;

// A libpq connection string as people write it on the command line ("host=db.local
// dbname=newsroom user=anna sslmode=verify-full sslrootcert=ca.pem", or a postgresql:// URI),
// split into what Qt's QPSQL driver takes as fields and what it passes on as options.
//
// The password is not expected here: libpq reads PGPASSWORD and ~/.pgpass itself, and callers
// that asked the user set it with setPassword().
class PgConnInfo
{
    Q_DECLARE_TR_FUNCTIONS(PgConnInfo)

public:
    static Result<PgConnInfo> parse(const QString &text);

    QString host() const { return m_values.value(QStringLiteral("host")); }
    int port() const;
    QString database() const { return m_values.value(QStringLiteral("dbname")); }
    QString user() const { return m_values.value(QStringLiteral("user")); }
    QString password() const { return m_values.value(QStringLiteral("password")); }
    QString value(const QString &key) const { return m_values.value(key); }

    void setUser(const QString &user) { m_values.insert(QStringLiteral("user"), user); }
    void setPassword(const QString &password);
    void setDatabase(const QString &name) { m_values.insert(QStringLiteral("dbname"), name); }
    // Any libpq keyword (host, port, sslmode, …), for connections assembled from form fields.
    void setValue(const QString &key, const QString &value) { m_values.insert(key, value); }

    // Applies everything to a QPSQL connection that is not open yet.
    void applyTo(QSqlDatabase &db) const;
    // "dbname on host" for messages; never the password.
    QString describe() const;
    // Back to "key=value …" (values quoted as libpq wants them), without the password.
    QString toString() const;

private:
    QMap<QString, QString> m_values;
};
