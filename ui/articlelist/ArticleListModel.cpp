#include "ArticleListModel.h"

#include "storage/Store.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ArticleListModel::ArticleListModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void ArticleListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ArticleListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    reload();
}

void ArticleListModel::refresh()
{
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_snippets.clear();
    m_next.reset();
    m_searchOffset = 0;
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    // The first page right away, so the view is never empty for a moment; later pages on
    // demand from the view.
    fetchMore({});
}

void ArticleListModel::setError(const QString &message)
{
    m_lastError = message;
    m_atEnd = true;
    Q_EMIT queryFailed(message);
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_store;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ArticleSummary> rows;
    QList<QString> snippets;
    if (!m_searchText.isEmpty()) {
        SearchRequest request;
        request.text = m_searchText;
        request.filter = m_filter;
        request.limit = std::min(m_pageSize, 500);
        request.offset = m_searchOffset;
        auto hits = m_store->search(request);
        if (!hits) {
            setError(hits.error().message);
            return;
        }
        for (const SearchHit &hit : *hits) {
            rows << hit.article;
            snippets << hit.snippet;
        }
        m_searchOffset += int(hits->size());
        m_atEnd = hits->size() < request.limit;
    } else {
        ArticleQuery query;
        query.filter = m_filter;
        query.sort = m_sort;
        query.descending = m_descending;
        query.limit = m_pageSize;
        query.after = m_next;
        auto page = m_store->listArticles(query);
        if (!page) {
            setError(page.error().message);
            return;
        }
        rows = std::move(page->rows);
        m_next = page->next;
        m_atEnd = !m_next.has_value();
    }
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows << rows;
    if (!m_searchText.isEmpty())
        m_snippets << snippets;
    endInsertRows();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return tr("Draft");
    case ArticleStatus::InReview:
        return tr("In review");
    case ArticleStatus::ChangesRequested:
        return tr("Changes requested");
    case ArticleStatus::Approved:
        return tr("Approved");
    case ArticleStatus::Published:
        return tr("Published");
    case ArticleStatus::Archived:
        return tr("Archived");
    }
    return {};
}

static QColor statusColor(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QColor(0x7f, 0x8c, 0x8d);
    case ArticleStatus::InReview:
        return QColor(0x29, 0x80, 0xb9);
    case ArticleStatus::ChangesRequested:
        return QColor(0xd3, 0x54, 0x00);
    case ArticleStatus::Approved:
        return QColor(0x27, 0xae, 0x60);
    case ArticleStatus::Published:
        return QColor(0x16, 0xa0, 0x85);
    case ArticleStatus::Archived:
        return QColor(0x95, 0x5a, 0xb5);
    }
    return {};
}

static QString shortDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // Narrow enough for the list: today's time, else the date (the tooltip has both).
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::NarrowFormat);
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusLabel(a.status);
        case HeadlineColumn:
            return a.headline.isEmpty() ? tr("(no headline)") : a.headline;
        case SectionColumn:
            return a.section;
        case AuthorColumn:
            return a.byline.join(u", "_s);
        case UpdatedColumn:
            return shortDateTime(a.updated);
        case EmbargoColumn:
            return shortDateTime(a.embargo);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == HeadlineColumn) {
            const QString snip = snippet(index.row());
            return snip.isEmpty() ? a.lead : snip;
        }
        if (index.column() == UpdatedColumn && a.updated.isValid())
            return QLocale().toString(a.updated.toLocalTime(), QLocale::LongFormat);
        if (index.column() == EmbargoColumn && a.embargo.isValid())
            return QLocale().toString(a.embargo.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusColor(a.status);
        break;
    case IdRole:
        return a.id;
    case StatusRole:
        return int(a.status);
    case SnippetRole:
        return snippet(index.row());
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case HeadlineColumn:
        return tr("Headline");
    case SectionColumn:
        return tr("Section");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated");
    case EmbargoColumn:
        return tr("Embargo");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleSort sort = m_sort;
    switch (column) {
    case StatusColumn:
        sort = ArticleSort::Status;
        break;
    case HeadlineColumn:
        sort = ArticleSort::Headline;
        break;
    case SectionColumn:
        sort = ArticleSort::Section;
        break;
    case UpdatedColumn:
        sort = ArticleSort::Updated;
        break;
    default:
        // The store has no index for author or embargo order; keep the current order rather
        // than sort a page client-side and show a lie.
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    m_sortColumn = column;
    reload();
}

QUuid ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

int ArticleListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

const ArticleSummary *ArticleListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ArticleListModel::snippet(int row) const
{
    return row >= 0 && row < m_snippets.size() ? m_snippets.at(row) : QString();
}
