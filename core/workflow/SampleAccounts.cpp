#include "workflow/SampleAccounts.h"

#include "storage/SampleNewsroom.h"
#include "storage/SqlStore.h"
#include "workflow/Workflow.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSampleSetting = u"sample_newsroom"_s;
}

QList<SampleAccounts::Account> SampleAccounts::accounts()
{
    // People's names are the newsroom's data, not interface text.
    return {
        { u"admin"_s, u"Administrator"_s, Role::Admin, u"admin-demo"_s },
        { u"officer"_s, u"Анна Ковалёва"_s, Role::Officer, u"officer-demo"_s },
        { u"supervisor"_s, u"Игорь Лис"_s, Role::Supervisor, u"supervisor-demo"_s },
    };
}

Result<int> SampleAccounts::populate(Workflow &workflow)
{
    SqlStore &store = workflow.store();
    Result<Store::Transaction> tx = store.transaction();
    if (!tx)
        return tx.error();
    std::optional<WorkflowSession> admin;
    for (const Account &a : accounts()) {
        if (Result<void> r
            = workflow.addUser(admin, a.name, a.displayName, a.roles, a.password.toUtf8());
            !r)
            return r.error();
        // The first account is the admin the workflow asks for; it adds the others. Signing in
        // would cost another hash for a session the store checks against the users table anyway.
        if (!admin)
            admin = WorkflowSession { a.name, a.roles };
    }
    Result<int> articles = SampleNewsroom::populate(store, u"officer"_s);
    if (!articles)
        return articles.error();
    Result<SqlStore::Statement> mark
        = store.prepare(u"INSERT OR REPLACE INTO newsroom_settings (name, value) VALUES (?, ?)"_s);
    if (!mark)
        return mark.error();
    if (Result<void> r = mark->bind(kSampleSetting).bind(u"true"_s).exec(); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return *articles;
}

bool SampleAccounts::isSampleNewsroom(SqlStore &store)
{
    Result<SqlStore::Statement> q
        = store.prepare(u"SELECT value FROM newsroom_settings WHERE name = ?"_s);
    if (!q || !q->bind(kSampleSetting).exec())
        return false;
    return q->next() && q->value(0).toString() == u"true"_s;
}
