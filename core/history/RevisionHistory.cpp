#include "RevisionHistory.h"

#include "storage/SqlStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString HistoryEntry::description() const
{
    switch (kind) {
    case Kind::Revision:
        return RevisionHistory::tr("Version %1 saved by %2").arg(version).arg(user);
    case Kind::StateChange: {
        WorkflowAction a;
        const QString label = actionFromName(action, &a) ? TransitionTable::actionLabel(a) : action;
        return RevisionHistory::tr("%1 by %2: %3 → %4")
            .arg(label, user, statusName(from), statusName(to));
    }
    case Kind::ApprovalVoided:
        return RevisionHistory::tr("Approval voided: %1").arg(note);
    case Kind::Restored:
        return RevisionHistory::tr("Version %1 restored by %2 as version %3")
            .arg(restoredFrom)
            .arg(user)
            .arg(version);
    }
    return {};
}

RevisionHistory::RevisionHistory(Workflow &workflow)
    : m_workflow(workflow)
{ }

Result<ArticleHistory> RevisionHistory::history(const QUuid &articleId)
{
    SqlStore &store = m_workflow.store();
    Result<QList<RevisionInfo>> revisions = store.revisions(articleId);
    if (!revisions)
        return revisions.error();
    ArticleHistory h;
    h.articleId = articleId;
    for (const RevisionInfo &r : std::as_const(*revisions)) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Revision;
        e.time = r.savedAt;
        e.user = r.savedBy;
        e.version = r.version;
        e.to = r.status;
        e.headline = r.headline;
        e.contentHash = r.contentHash;
        h.entries.append(e);
    }
    // The audit log's rows about this article (its id is their subject).
    Result<SqlStore::Statement> q = store.prepare(
        u"SELECT sequence, at, actor, action, details FROM audit_log WHERE subject = ? AND "
        "action IN ('submit', 'withdraw', 'approve', 'request_changes', 'archive', 'restore', "
        "'publish', 'approval_voided', 'revision_restore') ORDER BY sequence"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(SqlStore::idText(articleId)).exec(); !r)
        return r.error();
    while (q->next()) {
        HistoryEntry e;
        e.time = SqlStore::timeFromValue(q->value(1));
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        const QJsonObject details
            = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        e.version = details.value(u"version"_s).toInt();
        if (e.action == u"approval_voided"_s) {
            e.kind = HistoryEntry::Kind::ApprovalVoided;
            e.note = details.value(u"reason"_s).toString();
        } else if (e.action == u"revision_restore"_s) {
            e.kind = HistoryEntry::Kind::Restored;
            e.restoredFrom = details.value(u"from_version"_s).toInt();
        } else {
            e.kind = HistoryEntry::Kind::StateChange;
            statusFromName(details.value(u"from"_s).toString(), &e.from);
            statusFromName(details.value(u"to"_s).toString(), &e.to);
            if (e.action == u"approve"_s) {
                // The approval's row names only the version; the state it left is in_review.
                e.from = ArticleStatus::InReview;
                e.to = ArticleStatus::Approved;
            }
            e.note = details.value(u"comment"_s).isDouble()
                ? QString::number(details.value(u"comment"_s).toInteger())
                : QString();
        }
        h.entries.append(e);
    }
    // A change request's comment text, rather than its number.
    Result<QList<ReviewComment>> comments = m_workflow.comments(articleId);
    if (!comments)
        return comments.error();
    for (HistoryEntry &e : h.entries) {
        if (e.kind != HistoryEntry::Kind::StateChange || e.note.isEmpty())
            continue;
        const qint64 id = e.note.toLongLong();
        e.note.clear();
        for (const ReviewComment &c : std::as_const(*comments)) {
            if (c.id == id)
                e.note = c.text;
        }
    }
    std::stable_sort(h.entries.begin(), h.entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    Result<QList<Approval>> approvals = m_workflow.approvals(articleId);
    if (!approvals)
        return approvals.error();
    h.approvals = *approvals;
    return h;
}

Result<ArticleDiff> RevisionHistory::diff(const QUuid &articleId, int fromVersion, int toVersion)
{
    SqlStore &store = m_workflow.store();
    Result<Article> from = store.articleRevision(articleId, fromVersion);
    if (!from)
        return from.error();
    Result<Article> to = store.articleRevision(articleId, toVersion);
    if (!to)
        return to.error();
    return ArticleDiff::compare(*from, *to);
}

Result<ArticleDiff> RevisionHistory::diffToState(const QUuid &articleId, int fromVersion,
                                                 const Article &state)
{
    Result<Article> from = m_workflow.store().articleRevision(articleId, fromVersion);
    if (!from)
        return from.error();
    return ArticleDiff::compare(*from, state);
}

Result<SaveResult> RevisionHistory::restore(const WorkflowSession &actor, const QUuid &articleId,
                                            int version, int expectedVersion)
{
    SqlStore &store = m_workflow.store();
    Result<Store::Transaction> tx = store.transaction();
    if (!tx)
        return tx.error();
    Result<Article> current = store.article(articleId);
    if (!current)
        return current.error();
    if (expectedVersion >= 0 && current->version != expectedVersion)
        return StoreError::conflict(current->version, expectedVersion,
                                    tr("The article was saved again (version %1) since you "
                                       "looked at version %2.")
                                        .arg(current->version)
                                        .arg(expectedVersion));
    Result<Article> old = store.articleRevision(articleId, version);
    if (!old)
        return old.error();
    if (version == current->version)
        return StoreError::invalid(tr("Version %1 is already the current one.").arg(version));
    Article restored = *current;
    restored.meta = old->meta;
    restored.body = old->body;
    restored.images = old->images;
    Result<SaveResult> saved = m_workflow.saveArticle(actor, restored, current->version);
    if (!saved)
        return saved.error();
    if (Result<void> r
        = m_workflow.audit(actor.user, u"revision_restore"_s, SqlStore::idText(articleId),
                           { { u"from_version"_s, version }, { u"version"_s, saved->version } });
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return saved;
}
