#pragma once

#include "storage/Result.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class SqlStore;
class Workflow;

// The people of the sample newsroom a fresh installation opens with: an administrator, a press
// officer and a supervisor, with demo passwords that the sign-in dialog shows for the sample
// newsroom only (SampleAccounts::isSampleNewsroom).
class SampleAccounts
{
    Q_DECLARE_TR_FUNCTIONS(SampleAccounts)

public:
    struct Account
    {
        QString name;
        QString displayName;
        Roles roles;
        QString password; // a demo password, printed on the sample's sign-in screen
    };

    static QList<Account> accounts();

    // Creates the accounts (the first one an admin, as the workflow requires), the sample
    // articles (SampleNewsroom, written by `officer`) and the mark that this is the sample, in
    // one transaction: a failure leaves the newsroom empty. Costs one Argon2id hash per account
    // and one more for the supervisor's signing key, at the workflow's cost.
    static Result<int> populate(Workflow &workflow);

    // Whether populate() made this newsroom.
    static bool isSampleNewsroom(SqlStore &store);
};
