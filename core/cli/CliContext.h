#pragma once

#include "storage/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QIODevice;
class Store;
class Workflow;
class PasswordInput;
struct WorkflowSession;

// What every verb of newsroom-cli gets: the streams, the database and the error conventions.
// One instance per run.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        NotFound = 2,
        PermissionDenied = 3,
        Conflict = 4,
        InvalidInput = 5,
        StorageError = 6,
    };

    CliContext(QTextStream &out, QTextStream &err, QIODevice *in, QString databasePath);
    ~CliContext();

    QTextStream &out;
    QTextStream &err;

    QString databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path);
    // A team server (libpq connection string) used instead of the database file, given as
    // --pg before or after the command; it wins over --db.
    QString serverConnection() const { return m_serverConnection; }
    void setServerConnection(const QString &conninfo);
    bool usesServer() const { return !m_serverConnection.isEmpty(); }
    // Whether store() may create or upgrade the server's schema (server init, migrate-to-server:
    // run by the database owner). Desks never do.
    void setServerMayMigrate(bool migrate) { m_serverMayMigrate = migrate; }
    // Given before the command; the command's own --user / --password-stdin win.
    void setActingUser(const QString &user, bool passwordFromStdin);

    // The store, opened (created, migrated) on first use and kept for the run: the SQLite file,
    // or with --pg the team server, connected as --user (or the connection string's user) with
    // that user's password, or as libpq finds it (PGPASSWORD, ~/.pgpass) for the owner's verbs.
    Result<Store *> store();

    // The workflow on the store (installs its save hook), made on first use.
    Result<Workflow *> workflow();

    // Who the change is recorded as in a newsroom without users: the login name.
    QString actingUser() const;

    // Signs in the acting user (--user, password from NEWSROOM_PASSWORD or --password-stdin).
    // Fails with a usage error when --user is missing.
    Result<WorkflowSession> signIn();
    // The signed-in user's password (for approve and passwd), after signIn().
    QByteArray actingPassword() const { return m_password; }
    // A password being set (NEWSROOM_NEW_PASSWORD, or the next stdin line).
    Result<QByteArray> newPassword();
    // Who a write is recorded as: the login name while the newsroom has no users, else the
    // signed-in user.
    Result<QString> writer();

    // Reads all of standard input (for "-" as a file name).
    QByteArray readStandardInput();

    // Prints the message as one line on stderr and returns the exit code.
    int fail(ExitCode code, const QString &message);
    int fail(const StoreError &error);
    static ExitCode exitCode(const StoreError &error);

    // Options every verb understands (--db, --help), added to a verb's parser; parse() reports
    // usage errors and --help itself. Returns -1 to go on, else the exit code to end with.
    void addCommonOptions(QCommandLineParser &parser);
    int parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments);

private:
    PasswordInput &passwordInput();
    // The acting user's password, read once (the server connection and sign-in share it).
    Result<QByteArray> actingUserPassword();
    Result<Store *> openServer();

    QIODevice *m_in;
    QString m_databasePath;
    QString m_serverConnection;
    bool m_serverMayMigrate = false;
    bool m_passwordRead = false;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workflow> m_workflow;
    std::unique_ptr<QIODevice> m_stdin;
    std::unique_ptr<PasswordInput> m_passwords;
    QString m_user;
    bool m_passwordStdin = false;
    QByteArray m_password;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_pgOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_userOption;
    QCommandLineOption m_passwordStdinOption;
};

// One verb ("init", "article", "list", …): its name, a line of help and what runs it. The
// arguments are those after the verb's name.
struct CliVerb
{
    QString name;
    QString summary;
    std::function<int(CliContext &context, const QStringList &arguments)> run;
};
