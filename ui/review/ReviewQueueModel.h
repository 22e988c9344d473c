#pragma once

#include "workflow/ReviewQueue.h"

#include <QAbstractTableModel>

class SqlStore;

// The review queue as a table for a list view or a dock: headline, author, submitted by, when —
// the longest-waiting first. refresh() re-reads the store (call it from a timer or after any
// workflow action, so new submissions appear without a restart); countChanged feeds the status
// bar.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Headline, Author, SubmittedBy, SubmittedAt, ColumnCount };
    static constexpr int ArticleIdRole = Qt::UserRole + 1;

    explicit ReviewQueueModel(SqlStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QUuid articleId(int row) const;
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // All articles in review, also those beyond the rows shown.
    void countChanged(int count);

private:
    ReviewQueue m_queue;
    QList<QueueEntry> m_entries;
    int m_total = 0;
    QString m_error;
};
