#include "workflow/SignInRequest.h"

#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

Result<WorkflowSession> SignInRequest::runOnOwnConnection(const QString &databasePath,
                                                          Argon2Cost cost) const
{
    SqliteStore::Options options;
    options.dailyBackup = false; // the GUI's connection made today's at open
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
