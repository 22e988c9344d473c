#pragma once

#include "storage/SearchText.h"
#include "storage/SqlFlavour.h"
#include "storage/Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

// The engine-neutral half of the store: every Store call written once in portable SQL over a
// Qt Sql connection and the schema of storage/Migrations. An engine (sqlite/SqliteStore, later a
// PostgreSQL store) opens and checks the connection, keeps the search index and answers
// search().
//
// A store owns its connection (a unique Qt connection name, closed in the destructor) and must
// be used from the thread that opened it.
//
// Code that adds tables of its own (the workflow's users, comments, audit log) uses
// transaction(), prepare() and sqlError() below and appends its schema to Migrations.
class SqlStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    class Statement;
    using Clock = std::function<QDateTime()>;
    // Runs inside the save's transaction after the article's rows are written; an error aborts
    // the save (and is what saveArticle returns).
    using SaveHook = std::function<Result<void>(SqlStore &store, const Article &saved,
                                                const SaveResult &result)>;

    ~SqlStore() override;

    QString location() const override { return m_location; }
    int schemaVersion() const override;

    Result<SaveResult> saveArticle(const Article &article, int baseVersion,
                                   const QString &user) override;
    Result<Article> article(const QUuid &id) override;
    Result<int> articleVersion(const QUuid &id) override;
    Result<void> setStatus(const QUuid &id, ArticleStatus status, const QString &user,
                           int expectedVersion = -1) override;
    Result<bool> isSlugTaken(const QString &slug, const QUuid &exceptArticle = {}) override;

    Result<QList<RevisionInfo>> revisions(const QUuid &id) override;
    Result<Article> articleRevision(const QUuid &id, int version) override;

    Result<ArticlePage> listArticles(const ArticleQuery &query) override;
    Result<ArticleSummary> articleSummary(const QUuid &id) override;
    Result<int> countArticles(const ArticleFilter &filter) override;
    Result<QMap<ArticleStatus, int>> countByStatus(const ArticleFilter &filter) override;

    Result<void> saveRecovery(const Article &state, const QString &user) override;
    Result<RecoveryState> recovery(const QUuid &articleId, const QString &user) override;
    Result<QList<RecoveryInfo>> recoveries(const QString &user) override;
    Result<void> discardRecovery(const QUuid &articleId, const QString &user) override;

    // ---- For extensions and tests ----------------------------------------------------------
    // Whether the database server itself enforces the workflow (a PostgreSQL team server after
    // `server init`): the workflow then changes state through the server's functions, and the
    // connected user is the one the server knows.
    virtual bool serverEnforcesWorkflow() const { return false; }
    // The user the database server knows this connection as; empty for an embedded database.
    virtual QString connectedUser() const { return {}; }
    QSqlDatabase database() const { return m_db; }
    const SqlFlavour &flavour() const { return m_flavour; }

    // A prepared statement, cached per SQL text for the life of the store. Bind with
    // positional ? only. Never build SQL from user data: bind it.
    Result<Statement> prepare(const QString &sql);
    // A failure of the database as a StoreError (Busy when the lock timed out).
    StoreError sqlError(const QSqlError &error, const QString &what) const;

    void addSaveHook(SaveHook hook);
    // Where "now" comes from (tests and corpus generators set a fake one). UTC.
    void setClock(Clock clock);
    QDateTime now() const;

    // SQL text with its positional bind values.
    struct SqlText
    {
        QString sql;
        QVariantList binds;
    };
    // The query listArticles() runs: summaryColumns(), then the sort key columns.
    SqlText listStatement(const ArticleQuery &query) const;

    // The sort key of a headline: case-folded, ё as е, leading quotes and punctuation dropped.
    static QString headlineKey(const QString &headline);
    // How ids and times are stored.
    static QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFromValue(const QVariant &value);

protected:
    SqlStore(QSqlDatabase db, SqlFlavour flavour, QString location);

    Result<void> beginTransaction() override;
    Result<void> commitTransaction() override;
    void rollbackTransaction() override;
    int transactionDepth() const { return m_depth; }
    // Runs a statement without parameters unprepared (transaction control, session settings).
    Result<void> execControl(const QString &sql);

    // ---- Engine hooks ----------------------------------------------------------------------
    // Brings the search index up to date for one article, inside the save's transaction.
    // rowKey is articles.num.
    virtual Result<void> indexArticle(qint64 rowKey, const SearchText::Document &text) = 0;

    // ---- Helpers for engines ---------------------------------------------------------------
    // " AND …" conditions on articles aliased as a.
    // With `order` (a list's sort), equality conditions whose index does not also give that
    // order are written with flavour.notIndexed (see listStatement).
    static SqlText filterConditions(const ArticleFilter &filter, bool withStatuses = true,
                                    const SqlFlavour *flavour = nullptr,
                                    std::optional<ArticleSort> order = std::nullopt);
    // The columns summaryFromRow() reads, on articles aliased as a.
    static QString summaryColumns();
    static int summaryColumnCount();
    static ArticleSummary summaryFromRow(const QSqlQuery &query, int firstColumn = 0);
    // A search hit from a row of summaryColumns(), then the snippet with each match between the
    // open and close markers (both engines mark them so), then the rank.
    static SearchHit searchHitFromRow(const QSqlQuery &query, QChar openMarker, QChar closeMarker);

    Result<QList<ArticleImage>> loadImages(const QString &table, const QString &keySql,
                                           const QVariantList &keyBinds);

private:
    Result<QString> storeBlob(const QByteArray &data);
    Result<void> insertImages(const QString &table, const QStringList &keyColumns,
                              const QVariantList &keyValues, const QList<ArticleImage> &images);
    Result<void> dropUnusedBlobs(const QStringList &digests);
    Result<void> validate(const Article &article) const;
    Result<Article> loadArticle(const QUuid &id, int version);

    QSqlDatabase m_db;
    QString m_connectionName;
    SqlFlavour m_flavour;
    QString m_location;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QList<SaveHook> m_saveHooks;
    Clock m_clock;
    int m_depth = 0;
};

// A cached prepared statement in use: bind, exec, read. Finishes the query when it goes out of
// scope, so no read cursor stays open (it would pin an old snapshot and block checkpoints).
class SqlStore::Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(const QVariant &value);
    Statement &bindAll(const QVariantList &values);
    Result<void> exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QSqlQuery &query() { return *m_query; }

private:
    friend class SqlStore;
    Statement(const SqlStore *store, std::shared_ptr<QSqlQuery> query, QString what);

    const SqlStore *m_store;
    std::shared_ptr<QSqlQuery> m_query;
    QString m_what;
    int m_next = 0;
};
