#pragma once

#include "history/ArticleDiff.h"
#include "storage/Result.h"
#include "storage/StoreTypes.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

// One line of an article's history: a saved revision, a change of state (submitted, approved,
// changes requested, …), an approval voided by an edit, or a revision restored.
struct HistoryEntry
{
    enum class Kind { Revision, StateChange, ApprovalVoided, Restored };

    Kind kind = Kind::Revision;
    QDateTime time; // UTC
    QString user;
    int version = 0; // the revision saved; for the others, the version they concerned
    ArticleStatus from = ArticleStatus::Draft; // StateChange
    ArticleStatus to = ArticleStatus::Draft; // StateChange; Revision: the status it was saved in
    QString action; // StateChange: the workflow action's name ("submit", "approve", …)
    QString headline; // Revision
    QString contentHash; // Revision
    int restoredFrom = 0; // Restored: the old version whose content came back
    QString note; // a change request's comment, why an approval was voided

    // One line for people ("Submitted for review by anna").
    QString description() const;
};

struct ArticleHistory
{
    QUuid articleId;
    QList<HistoryEntry> entries; // oldest first
    QList<Approval> approvals; // oldest first, voided ones included
};

// An article's past: its revisions with the state changes in between (from the audit log), the
// approvals, the diff of any two revisions, and restoring an old revision — as a new revision on
// top, never by rewriting history.
class RevisionHistory
{
    Q_DECLARE_TR_FUNCTIONS(RevisionHistory)

public:
    explicit RevisionHistory(Workflow &workflow);

    Result<ArticleHistory> history(const QUuid &articleId);

    // The diff from revision fromVersion to revision toVersion (either order).
    Result<ArticleDiff> diff(const QUuid &articleId, int fromVersion, int toVersion);
    // The diff from a revision to an unsaved state (the editor's, a recovery slot's).
    Result<ArticleDiff> diffToState(const QUuid &articleId, int fromVersion, const Article &state);

    // Saves the content (metadata, body, images) of revision `version` as a new revision through
    // the workflow's save, with the actor's rights checked there. expectedVersion >= 0: refused
    // as a Conflict when the article has moved on since the caller looked. The restore is
    // audited ("revision_restore").
    Result<SaveResult> restore(const WorkflowSession &actor, const QUuid &articleId, int version,
                               int expectedVersion = -1);

private:
    Workflow &m_workflow;
};
