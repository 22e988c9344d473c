#include "ReviewQueueModel.h"

#include <QLocale>

ReviewQueueModel::ReviewQueueModel(SqlStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(store)
{
    refresh();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QueueEntry &e = m_entries.at(index.row());
    if (role == ArticleIdRole)
        return e.articleId;
    if (role == Qt::ToolTipRole)
        return tr("Submitted by %1, waiting since %2")
            .arg(e.submittedBy, QLocale().toString(e.submittedAt.toLocalTime()));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Headline:
        return e.headline.isEmpty() ? tr("(no headline)") : e.headline;
    case Author:
        return e.author;
    case SubmittedBy:
        return e.submittedBy;
    case SubmittedAt:
        return QLocale().toString(e.submittedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline:
        return tr("Headline");
    case Author:
        return tr("Author");
    case SubmittedBy:
        return tr("Submitted by");
    case SubmittedAt:
        return tr("Submitted");
    default:
        return {};
    }
}

QUuid ReviewQueueModel::articleId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).articleId : QUuid();
}

void ReviewQueueModel::refresh()
{
    // The oldest few hundred are the ones to act on; a newsroom with thousands waiting still
    // opens at once (the count says how many there are).
    constexpr int shown = 300;
    Result<QList<QueueEntry>> entries = m_queue.entries(shown);
    if (!entries) {
        m_error = entries.error().message;
        return;
    }
    // Counted only when the page is full: otherwise the page is the whole queue.
    Result<int> total
        = entries->size() < shown ? Result<int>(int(entries->size())) : m_queue.count();
    if (!total) {
        m_error = total.error().message;
        return;
    }
    m_error.clear();
    const int before = m_total;
    beginResetModel();
    m_entries = *entries;
    m_total = *total;
    endResetModel();
    if (m_total != before)
        Q_EMIT countChanged(m_total);
}
