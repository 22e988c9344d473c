#pragma once

#include "storage/StoreTypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Store;

// The article list: pages of the store's keyset listing, fetched as the view scrolls
// (canFetchMore/fetchMore), so a newsroom of 100,000 articles opens as fast as one of ten.
// Filtering and sorting happen in the store's query, never in a proxy; sort() re-queries.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        HeadlineColumn,
        SectionColumn,
        AuthorColumn,
        UpdatedColumn,
        EmbargoColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SnippetRole };

    explicit ArticleListModel(Store *store, QObject *parent = nullptr);

    // How many rows one fetch brings (1…1000).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    // A non-empty search text lists the store's full-text hits (best first, with snippets)
    // instead of the sorted listing.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Reloads from the first page, keeping filter, search and sort (after a save, or when
    // another process changed the database).
    void refresh();

    QUuid articleId(int row) const;
    int rowOf(const QUuid &id) const;
    const ArticleSummary *summary(int row) const;
    QString snippet(int row) const;
    // The last store error, empty when the last query succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusLabel(ArticleStatus status);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    void reload();
    void setError(const QString &message);

    Store *m_store;
    int m_pageSize = 200;
    ArticleFilter m_filter;
    QString m_searchText;
    ArticleSort m_sort = ArticleSort::Updated;
    bool m_descending = true;
    int m_sortColumn = UpdatedColumn;

    QList<ArticleSummary> m_rows;
    QList<QString> m_snippets; // parallel to m_rows when searching
    std::optional<ListCursor> m_next;
    bool m_atEnd = true;
    int m_searchOffset = 0;
    QString m_lastError;
};
