#include "OpenNewsroom.h"

#include "storage/postgresql/PgStore.h"

#include <QDir>

OpenNewsroom::OpenNewsroom(std::unique_ptr<SqlStore> store, QString location, bool teamServer,
                           Argon2Cost cost)
    : m_store(std::move(store))
    , m_workflow(std::make_unique<Workflow>(*m_store, cost))
    , m_location(std::move(location))
    , m_teamServer(teamServer)
{ }

OpenNewsroom::~OpenNewsroom()
{
    // The workflow's save hook points into the store: it goes first.
    m_workflow.reset();
    m_store.reset();
}

Result<std::unique_ptr<OpenNewsroom>>
OpenNewsroom::connectTeamServer(const PgConnInfo &connection, const WorkflowSession &session,
                                Argon2Cost cost)
{
    PgStore::Options options;
    options.migrate = false; // desks never change the server's schema
    options.listen = true;
    Result<std::unique_ptr<PgStore>> store = PgStore::open(connection, options);
    if (!store)
        return store.error();
    // The server acts as the connected role: it must be the one the dialog signed in.
    if ((*store)->connectedUser() != session.user)
        return StoreError::permissionDenied(
            tr("The server signed in %1, not %2.").arg((*store)->connectedUser(), session.user));
    const QString where = tr("Team server: %1")
                              .arg(connection.host().startsWith(u'/')
                                       ? connection.database()
                                       : connection.host() + u'/' + connection.database());
    auto open = std::make_unique<OpenNewsroom>(std::move(*store), where, true, cost);
    open->setSession(session);
    return open;
}

QString OpenNewsroom::localLocation(const QString &path)
{
    return tr("Local newsroom: %1").arg(QDir::toNativeSeparators(path));
}
