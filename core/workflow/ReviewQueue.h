#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

class SqlStore;

// An article waiting for a supervisor.
struct QueueEntry
{
    QUuid articleId;
    int version = 0;
    QString headline;
    QString section;
    QString author; // who created it
    QString submittedBy;
    QDateTime submittedAt; // UTC
};

// The review queue: every article in review, the longest-waiting first, with who submitted it
// and when.
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    explicit ReviewQueue(SqlStore &store);

    // Oldest submission first; with limit > 0 only that many (count() says how many in all).
    Result<QList<QueueEntry>> entries(int limit = 0);
    Result<int> count();

private:
    SqlStore &m_store;
};
