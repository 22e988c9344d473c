#pragma once

#include "storage/SqlStore.h"
#include "storage/postgresql/PgConnInfo.h"

#include <QCoreApplication>

#include <memory>

class StoreEvents;

// The team store: one PostgreSQL database through Qt's QPSQL driver, shared by every desk.
//
// The schema is storage/Migrations' (the same as SQLite's); what only PostgreSQL has lives in
// this folder: the full-text index (PgSearchIndex), the NOTIFY trigger behind events(), and the
// server-side workflow (PgServerSchema, installed by `newsroom-cli server init`). On a database
// with that layer the connected role is the user: tables are read-only to newsroom users and
// state changes go through the server's functions (see workflow/Workflow).
class PgStore : public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)

public:
    struct Options
    {
        // Create or upgrade the schema when it is older (needs the owner's rights; desks of a
        // team server never do it, `server init` does).
        bool migrate = true;
        // LISTEN for other clients' changes (events()).
        bool listen = true;
        Clock clock; // "now" (tests); empty: the system clock
    };

    static Result<std::unique_ptr<PgStore>> open(const PgConnInfo &connection);
    static Result<std::unique_ptr<PgStore>> open(const PgConnInfo &connection,
                                                 const Options &options);

    ~PgStore() override;

    Result<QList<SearchHit>> search(const SearchRequest &request) override;
    StoreEvents *events() override { return m_events; }
    bool serverEnforcesWorkflow() const override { return m_enforced; }
    QString connectedUser() const override { return m_sessionUser; }

    const PgConnInfo &connection() const { return m_connection; }
    // Drops and refills the search index from the articles.
    Result<void> rebuildSearchIndex();
    // Creates what only PostgreSQL needs (search table, NOTIFY trigger) if it is missing.
    Result<void> ensureEngineObjects();
    // Rechecks whether the server-side workflow is installed (after `server init`).
    Result<void> refreshServerMode();

    // The NOTIFY channels (payload: the article id).
    static QString changedChannel() { return QStringLiteral("newsroom_article"); }
    static QString submittedChannel() { return QStringLiteral("newsroom_submitted"); }

protected:
    Result<void> indexArticle(qint64 rowKey, const SearchText::Document &text) override;

private:
    PgStore(QSqlDatabase db, PgConnInfo connection);
    Result<void> subscribe();

    PgConnInfo m_connection;
    QString m_sessionUser;
    StoreEvents *m_events = nullptr;
    bool m_enforced = false;
};
