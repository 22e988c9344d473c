#include "workflow/SignInRequest.h"

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
