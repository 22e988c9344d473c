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

    // The store, opened (created, migrated) on first use and kept for the run.
    Result<Store *> store();

    // Who the change is recorded as. Until users and sign-in exist: the login name.
    QString actingUser() const;

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
    QIODevice *m_in;
    QString m_databasePath;
    std::unique_ptr<Store> m_store;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_helpOption;
};

// One verb ("init", "article", "list", …): its name, a line of help and what runs it. The
// arguments are those after the verb's name.
struct CliVerb
{
    QString name;
    QString summary;
    std::function<int(CliContext &context, const QStringList &arguments)> run;
};
