#pragma once

#include "storage/Result.h"
#include "workflow/Argon2Cost.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>

#include <memory>

class PgConnInfo;
class SqlStore;

// The newsroom the window works on — a local SQLite file or a team server — with its workflow,
// kept together so that the application can replace one by the other while the window stays
// (File ▸ Connect to Team Server).
class OpenNewsroom
{
    Q_DECLARE_TR_FUNCTIONS(OpenNewsroom)

public:
    OpenNewsroom(std::unique_ptr<SqlStore> store, QString location, bool teamServer,
                 Argon2Cost cost = Argon2Cost::production());
    ~OpenNewsroom();

    // The window's connection to a team server the dialog signed in to (TeamServerDialog):
    // the GUI thread's own (Qt Sql connections belong to the thread that opened them), listening
    // for the server's change notices.
    static Result<std::unique_ptr<OpenNewsroom>>
    connectTeamServer(const PgConnInfo &connection, const WorkflowSession &session,
                      Argon2Cost cost = Argon2Cost::production());

    SqlStore &store() { return *m_store; }
    Workflow &workflow() { return *m_workflow; }
    // For the status bar: "Team server: …" or "Local newsroom: …".
    QString location() const { return m_location; }
    bool isTeamServer() const { return m_teamServer; }
    // Who works on it (set after the sign-in).
    const WorkflowSession &session() const { return m_session; }
    void setSession(const WorkflowSession &session) { m_session = session; }

    static QString localLocation(const QString &path);

private:
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<Workflow> m_workflow;
    QString m_location;
    bool m_teamServer = false;
    WorkflowSession m_session;
};
