#include "ReviewGate.h"

#include "storage/SqlStore.h"
#include "workflow/SubmitChecklist.h"

ReviewGate::ReviewGate(Workflow &workflow)
    : m_workflow(workflow)
{ }

QStringList ReviewGate::approvalBlockers(const Article &article, int unresolvedComments,
                                         const QDateTime &now)
{
    QStringList reasons;
    if (unresolvedComments > 0)
        reasons.append(tr("Open review comments: %n. Resolve them or request changes.", nullptr,
                          unresolvedComments));
    // Comments are reported above, in the reviewer's words.
    const QList<ChecklistItem> items = SubmitChecklist::check(article, 0, now);
    for (const ChecklistItem &item : items)
        reasons.append(item.message);
    return reasons;
}

Result<ReviewReadiness> ReviewGate::check(const WorkflowSession &actor, const QUuid &articleId)
{
    Result<Article> a = m_workflow.store().article(articleId);
    if (!a)
        return a.error();
    Result<WorkflowUser> u = m_workflow.user(actor.user);
    if (!u)
        return u.error();
    Result<WorkflowPolicy> p = m_workflow.policy();
    if (!p)
        return p.error();
    Result<int> open = m_workflow.unresolvedComments(articleId);
    if (!open)
        return open.error();
    const Roles roles = u->disabled ? Roles() : u->roles;
    const ActorRelation relation { a->createdBy == actor.user, a->updatedBy == actor.user };

    ReviewReadiness r;
    r.status = a->status;
    const TransitionDecision approve
        = TransitionTable::decide(WorkflowAction::Approve, a->status, roles, relation, *p);
    if (!approve.allowed)
        r.approve.reasons.append(approve.reason);
    else
        r.approve.reasons = approvalBlockers(*a, *open, m_workflow.store().now());
    r.approve.enabled = r.approve.reasons.isEmpty();

    const TransitionDecision changes
        = TransitionTable::decide(WorkflowAction::RequestChanges, a->status, roles, relation, *p);
    if (!changes.allowed)
        r.requestChanges.reasons.append(changes.reason);
    r.requestChanges.enabled = r.requestChanges.reasons.isEmpty();
    return r;
}
