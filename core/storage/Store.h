#pragma once

#include "article/Article.h"
#include "storage/Result.h"
#include "storage/StoreTypes.h"

#include <QCoreApplication>
#include <QMap>

class StoreEvents;

// The newsroom's storage, whatever the engine (SqliteStore now, a PostgreSQL store later). All
// article data goes through here; nothing else writes SQL against articles.
//
// Every call returns a Result; nothing throws. Times are UTC. `user` is the acting user's name as
// stored in created_by / updated_by / saved_by.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    class Transaction;

    virtual ~Store();

    // Where the data lives (a file path; a server and database name), for messages.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;

    // ---- Transactions --------------------------------------------------------------------
    // Groups several calls into one atomic write (bulk imports, workflow steps that save and
    // change status together). Store calls inside it join it; it nests (as savepoints).
    // Rolled back on destruction unless committed.
    Result<Transaction> transaction();

    // ---- Articles --------------------------------------------------------------------------
    // Stores the article as a new revision and bumps its version. baseVersion is the version
    // the caller's state was loaded from (0 for an article never saved, whose id the caller
    // made with QUuid::createUuid()). If the stored version is not baseVersion the save is
    // refused with Kind::Conflict carrying both versions. A new article is created with
    // article.status; an existing one keeps its stored status (change it with setStatus).
    // A recovery slot holding exactly the saved content is removed in the same transaction.
    // Invalid: null id, duplicate slug, image without bytes or type, featured image not among
    // the images, negative baseVersion.
    virtual Result<SaveResult> saveArticle(const Article &article, int baseVersion,
                                           const QString &user)
        = 0;

    // The current state, with body and images.
    virtual Result<Article> article(const QUuid &id) = 0;
    // The stored version, NotFound if never saved.
    virtual Result<int> articleVersion(const QUuid &id) = 0;
    // Status change without a content revision (the workflow's job: see workflow/). With
    // expectedVersion >= 0 it is refused with Conflict when the stored version differs.
    virtual Result<void> setStatus(const QUuid &id, ArticleStatus status, const QString &user,
                                   int expectedVersion = -1)
        = 0;
    // Whether another article already uses the slug (for article/Slug's isTaken callback).
    virtual Result<bool> isSlugTaken(const QString &slug, const QUuid &exceptArticle = {}) = 0;

    // ---- Revisions -------------------------------------------------------------------------
    // Newest first.
    virtual Result<QList<RevisionInfo>> revisions(const QUuid &id) = 0;
    // The article as it was saved in that revision (version, status, updated/updatedBy = that
    // save's; created/createdBy = the article's).
    virtual Result<Article> articleRevision(const QUuid &id, int version) = 0;

    // ---- Listing ---------------------------------------------------------------------------
    virtual Result<ArticlePage> listArticles(const ArticleQuery &query) = 0;
    virtual Result<ArticleSummary> articleSummary(const QUuid &id) = 0;
    virtual Result<int> countArticles(const ArticleFilter &filter) = 0;
    // Counts per status for the filter, ignoring its statuses (for the status tabs). Statuses
    // without articles are absent.
    virtual Result<QMap<ArticleStatus, int>> countByStatus(const ArticleFilter &filter) = 0;

    // ---- Full-text search ------------------------------------------------------------------
    // Best hits first. Invalid for an empty query.
    virtual Result<QList<SearchHit>> search(const SearchRequest &request) = 0;

    // ---- Autosave and recovery -------------------------------------------------------------
    // Keeps the unsaved state (article.version = the version it is based on, 0 for an article
    // never saved) in the user's slot for that article, replacing what was there. Not a
    // revision; throttle the calls (AutosaveThrottle).
    virtual Result<void> saveRecovery(const Article &state, const QString &user) = 0;
    // NotFound when the user has no slot for the article.
    virtual Result<RecoveryState> recovery(const QUuid &articleId, const QString &user) = 0;
    // The user's slots (after a crash: offer each), newest first.
    virtual Result<QList<RecoveryInfo>> recoveries(const QString &user) = 0;
    // Removing an absent slot is not an error.
    virtual Result<void> discardRecovery(const QUuid &articleId, const QString &user) = 0;

    // ---- Change detection ------------------------------------------------------------------
    // A number that changes when another connection (another window's store, another process)
    // commits a change, so a list can refresh without re-reading everything. Cheap enough to
    // poll every few seconds. Engines without such a counter return Invalid.
    virtual Result<qint64> externalChangeCounter();
    // Pushed change notices from other clients (a server's NOTIFY), so that lists refresh
    // without polling. nullptr for engines that cannot push (SQLite: poll the counter above).
    // Owned by the store; signals arrive in the store's thread while its event loop runs.
    virtual StoreEvents *events() { return nullptr; }

protected:
    // Engines implement the transaction primitives; nesting is theirs to handle.
    virtual Result<void> beginTransaction() = 0;
    virtual Result<void> commitTransaction() = 0;
    virtual void rollbackTransaction() = 0;
};

class [[nodiscard]] Store::Transaction
{
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();
    bool isActive() const { return m_store != nullptr; }

private:
    friend class Store;
    explicit Transaction(Store *store)
        : m_store(store)
    { }
    Store *m_store = nullptr;
};
