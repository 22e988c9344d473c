#pragma once

#include "storage/Result.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

// Something that happened that the user should hear about.
struct Notification
{
    enum class Kind {
        Submitted, // for supervisors: someone else's article went to review
        Approved, // for the article's author
        ChangesRequested, // for the article's author, with the supervisor's comment
    };

    qint64 sequence = 0; // the audit log row it comes from
    Kind kind = Kind::Submitted;
    QDateTime time; // UTC
    QString actor;
    QUuid articleId;
    QString headline; // the article's current headline
    QString comment; // ChangesRequested: what should change

    QString kindName() const; // "submitted", "approved", "changes_requested"
    QString text() const; // one line for people
};

// In-app notifications, read from the audit log: since the user's previous sign-in, a supervisor
// hears of new submissions (not their own) and an officer of approvals and change requests on the
// articles they created.
class Notifications
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)

public:
    explicit Notifications(SqlStore &store);

    // The audit row of the user's sign-in before the latest one (the latest is the session in
    // progress); 0 when there was none.
    Result<qint64> previousSignIn(const QString &user);

    // Oldest first, after audit row afterSequence.
    Result<QList<Notification>> since(const WorkflowSession &session, qint64 afterSequence);
    Result<QList<Notification>> sinceLastSignIn(const WorkflowSession &session);

private:
    SqlStore &m_store;
};
