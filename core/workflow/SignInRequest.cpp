#include "workflow/SignInRequest.h"

#include "storage/postgresql/PgStore.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

Result<WorkflowSession> SignInRequest::runOnOwnConnection(const QString &databasePath,
                                                          Argon2Cost cost) const
{
    SqliteStore::Options options;
    options.dailyBackup = false; // the GUI's connection made today's at open
    // Shares the window's check of the file (one per process) instead of reading it all again;
    // a first user or the sign-in's audit row waits for that check, on this worker thread.
    options.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
    Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(databasePath, options);
    if (!store)
        return store.error();
    Workflow workflow(**store, cost);
    if (createFirstUser) {
        // addUser refuses when someone else created the first user meanwhile.
        if (Result<void> r = workflow.addUser(std::nullopt, name, name,
                                              Roles(Role::Admin) | Role::Officer, password);
            !r)
            return r.error();
    }
    return workflow.signIn(name, password);
}

Result<WorkflowSession> SignInRequest::runOnServer(const PgConnInfo &connection,
                                                   Argon2Cost cost) const
{
    PgConnInfo info = connection;
    info.setUser(name);
    info.setPassword(QString::fromUtf8(password));
    PgStore::Options options;
    options.migrate = false; // a desk never changes the server's schema
    options.listen = false; // this connection only checks and goes
    Result<std::unique_ptr<PgStore>> store = PgStore::open(info, options);
    if (!store)
        return store.error();
    if (!(*store)->serverEnforcesWorkflow())
        return StoreError::invalid(
            QCoreApplication::translate("SignInRequest",
                                        "The database %1 is not set up as a team server; ask "
                                        "the administrator to run “newsroom-cli server init”.")
                .arg((*store)->location()));
    Workflow workflow(**store, cost);
    return workflow.signIn(name, password);
}
