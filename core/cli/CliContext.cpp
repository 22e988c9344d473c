#include "CliContext.h"

#include "storage/sqlite/SqliteStore.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

CliContext::CliContext(QTextStream &out, QTextStream &err, QIODevice *in, QString databasePath)
    : out(out)
    , err(err)
    , m_in(in)
    , m_databasePath(std::move(databasePath))
    , m_dbOption(u"db"_s, tr("The newsroom database."), tr("path"))
    , m_helpOption(QStringList { u"h"_s, u"help"_s }, tr("Show this help."))
{ }

CliContext::~CliContext() = default;

void CliContext::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_store.reset();
}

Result<Store *> CliContext::store()
{
    if (!m_store) {
        Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(m_databasePath);
        if (!opened)
            return opened.error();
        if (const StoreError *backup = (*opened)->lastBackupError())
            err << tr("Warning: %1").arg(backup->message) << '\n';
        m_store = std::move(*opened);
    }
    return m_store.get();
}

QString CliContext::actingUser() const
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"local"_s : user;
}

QByteArray CliContext::readStandardInput()
{
    if (m_in)
        return m_in->readAll();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

int CliContext::fail(ExitCode code, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    err << line << '\n';
    err.flush();
    return code;
}

CliContext::ExitCode CliContext::exitCode(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::NotFound:
        return NotFound;
    case StoreError::Kind::Conflict:
        return Conflict;
    case StoreError::Kind::Invalid:
        return InvalidInput;
    case StoreError::Kind::PermissionDenied:
        return PermissionDenied;
    case StoreError::Kind::Busy:
    case StoreError::Kind::Corrupt:
    case StoreError::Kind::NewerSchema:
    case StoreError::Kind::Storage:
        return StorageError;
    }
    return StorageError;
}

int CliContext::fail(const StoreError &error)
{
    return fail(exitCode(error), error.message);
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(m_dbOption);
    parser.addOption(m_helpOption);
}

int CliContext::parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments)
{
    if (!parser.parse(QStringList { u"newsroom-cli "_s + verb } + arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(m_helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(m_dbOption))
        setDatabasePath(parser.value(m_dbOption));
    return -1;
}
