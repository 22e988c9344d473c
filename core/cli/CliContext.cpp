#include "CliContext.h"

#include "cli/PasswordInput.h"
#include "storage/postgresql/PgConnInfo.h"
#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Sodium.h"
#include "workflow/Workflow.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

CliContext::CliContext(QTextStream &out, QTextStream &err, QIODevice *in, QString databasePath)
    : out(out)
    , err(err)
    , m_in(in)
    , m_databasePath(std::move(databasePath))
    , m_dbOption(u"db"_s, tr("The newsroom database."), tr("path"))
    , m_pgOption(u"pg"_s,
                 tr("A team server instead of --db: a PostgreSQL connection string such as "
                    "\"host=db.example dbname=newsroom sslmode=verify-full\"."),
                 tr("conninfo"))
    , m_helpOption(QStringList { u"h"_s, u"help"_s }, tr("Show this help."))
    , m_userOption(u"user"_s, tr("The acting user (password from NEWSROOM_PASSWORD)."), tr("name"))
    , m_passwordStdinOption(u"password-stdin"_s,
                            tr("Read passwords from standard input, one a line."))
{ }

CliContext::~CliContext()
{
    Sodium::wipe(m_password);
    m_workflow.reset();
}

void CliContext::setActingUser(const QString &user, bool passwordFromStdin)
{
    m_user = user;
    m_passwordStdin = passwordFromStdin;
}

void CliContext::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_workflow.reset();
    m_store.reset();
}

void CliContext::setServerConnection(const QString &conninfo)
{
    m_serverConnection = conninfo;
    m_workflow.reset();
    m_store.reset();
}

Result<QByteArray> CliContext::actingUserPassword()
{
    if (!m_passwordRead) {
        QString error;
        std::optional<QByteArray> password = passwordInput().actingUserPassword(&error);
        if (!password)
            return StoreError::invalid(error);
        m_password = *password;
        Sodium::wipe(*password);
        m_passwordRead = true;
    }
    return m_password;
}

Result<Store *> CliContext::openServer()
{
    Result<PgConnInfo> info = PgConnInfo::parse(m_serverConnection);
    if (!info)
        return info.error();
    if (!m_user.isEmpty() && info->user().isEmpty())
        info->setUser(m_user);
    if (m_user.isEmpty())
        m_user = info->user();
    // A newsroom user signs in by connecting: the server checks the password. The owner's
    // verbs (server init, add-user, migrate-to-server) leave it to libpq (PGPASSWORD,
    // ~/.pgpass), so that standard input keeps the password being set.
    if (!m_serverMayMigrate && !m_user.isEmpty() && info->password().isEmpty()
        && (m_passwordStdin || qEnvironmentVariableIsSet("NEWSROOM_PASSWORD"))) {
        Result<QByteArray> password = actingUserPassword();
        if (!password)
            return password.error();
        info->setPassword(QString::fromUtf8(*password));
    }
    PgStore::Options options;
    options.migrate = m_serverMayMigrate;
    // One command, no event loop: nothing to listen for.
    options.listen = false;
    Result<std::unique_ptr<PgStore>> opened = PgStore::open(*info, options);
    if (!opened)
        return opened.error();
    m_store = std::move(*opened);
    return m_store.get();
}

Result<Workflow *> CliContext::workflow()
{
    if (!m_workflow) {
        Result<Store *> s = store();
        if (!s)
            return s.error();
        m_workflow = std::make_unique<Workflow>(static_cast<SqlStore &>(**s));
    }
    return m_workflow.get();
}

PasswordInput &CliContext::passwordInput()
{
    if (!m_passwords) {
        QIODevice *in = m_in;
        if (m_passwordStdin && !in) {
            auto file = std::make_unique<QFile>();
            if (file->open(stdin, QIODevice::ReadOnly))
                m_stdin = std::move(file);
            in = m_stdin.get();
        }
        m_passwords = std::make_unique<PasswordInput>(
            m_passwordStdin ? PasswordInput::Source::Stdin : PasswordInput::Source::Environment,
            in);
    }
    return *m_passwords;
}

Result<WorkflowSession> CliContext::signIn()
{
    // On a team server the connection may name the user ("… user=anna"): that is who signs in.
    if (m_user.isEmpty() && usesServer()) {
        if (Result<Store *> s = store(); !s)
            return s.error();
    }
    if (m_user.isEmpty())
        return StoreError::permissionDenied(
            tr("This newsroom has users: sign in with --user NAME."));
    Result<Workflow *> w = workflow();
    if (!w)
        return w.error();
    Result<QByteArray> password = actingUserPassword();
    if (!password)
        return password.error();
    Result<WorkflowSession> session = (*w)->signIn(m_user, *password);
    if (!session) {
        Sodium::wipe(m_password);
        m_password.clear();
        m_passwordRead = false;
    }
    return session;
}

Result<QByteArray> CliContext::newPassword()
{
    QString error;
    std::optional<QByteArray> password = passwordInput().newPassword(&error);
    if (!password)
        return StoreError::invalid(error);
    return *password;
}

Result<QString> CliContext::writer()
{
    Result<Workflow *> w = workflow();
    if (!w)
        return w.error();
    Result<bool> any = (*w)->hasUsers();
    if (!any)
        return any.error();
    if (!*any)
        return actingUser();
    Result<WorkflowSession> session = signIn();
    if (!session)
        return session.error();
    return session->user;
}

Result<Store *> CliContext::store()
{
    if (!m_store && usesServer())
        return openServer();
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
    parser.addOption(m_pgOption);
    parser.addOption(m_helpOption);
    parser.addOption(m_userOption);
    parser.addOption(m_passwordStdinOption);
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
    if (parser.isSet(m_pgOption))
        setServerConnection(parser.value(m_pgOption));
    if (parser.isSet(m_userOption))
        m_user = parser.value(m_userOption);
    if (parser.isSet(m_passwordStdinOption))
        m_passwordStdin = true;
    return -1;
}
