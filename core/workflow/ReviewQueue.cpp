#include "ReviewQueue.h"

#include "storage/SqlStore.h"

using namespace Qt::Literals::StringLiterals;

ReviewQueue::ReviewQueue(SqlStore &store)
    : m_store(store)
{ }

Result<QList<QueueEntry>> ReviewQueue::entries(int limit)
{
    // status_changed_* of an article in review is its submission; articles_review_queue gives
    // them in that order.
    Result<SqlStore::Statement> q
        = m_store.prepare(u"SELECT id, version, headline, section, created_by, status_changed_by, "
                          "status_changed_at FROM articles WHERE status = 'in_review' "
                          "ORDER BY status_changed_at, num"_s
                          + (limit > 0 ? u" LIMIT ?"_s : QString()));
    if (!q)
        return q.error();
    if (limit > 0)
        q->bind(limit);
    if (Result<void> r = q->exec(); !r)
        return r.error();
    QList<QueueEntry> list;
    while (q->next()) {
        QueueEntry e;
        e.articleId = QUuid::fromString(q->value(0).toString());
        e.version = q->value(1).toInt();
        e.headline = q->value(2).toString();
        e.section = q->value(3).toString();
        e.author = q->value(4).toString();
        e.submittedBy = q->value(5).toString();
        e.submittedAt = SqlStore::timeFromValue(q->value(6));
        list.append(e);
    }
    return list;
}

Result<int> ReviewQueue::count()
{
    Result<SqlStore::Statement> q
        = m_store.prepare(u"SELECT COUNT(*) FROM articles WHERE status = 'in_review'"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    return q->next() ? q->value(0).toInt() : 0;
}
