#pragma once

#include "article/Article.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What someone can do to an article. Edit is listed with the transitions because editing an
// approved article is one: it sends the article back to draft and voids the approval.
enum class WorkflowAction {
    Edit,
    Submit,
    Withdraw,
    Approve,
    RequestChanges,
    Archive,
    Restore,
    Publish, // set by exporting a bundle
};

// "edit", "submit", "withdraw", "approve", "request_changes", "archive", "restore", "publish":
// the names in the audit log.
QString actionName(WorkflowAction action);
bool actionFromName(const QString &name, WorkflowAction *action);
QList<WorkflowAction> allActions();

// A condition on the article itself that must also hold; evaluated by whoever has the article
// (the workflow service), because the table knows only states and people.
enum class TransitionGuard {
    None,
    SubmitChecklist, // workflow/SubmitChecklist passes
    ReviewComment, // a non-empty comment explains what to change
    ValidApproval, // an approval that is not voided and matches the current content
};

// Who, relative to the article, may take a transition (beyond holding the role).
enum class Standing {
    Anyone,
    // The author; anyone with the role when the newsroom lets officers work on others' drafts.
    AuthorOrByPolicy,
    // Four eyes: neither the author nor whoever edited it last.
    NeitherAuthorNorLastEditor,
};

struct Transition
{
    ArticleStatus from;
    ArticleStatus to;
    WorkflowAction action;
    Roles roles; // any one of these suffices
    Standing standing;
    TransitionGuard guard;
};

// How the acting user stands to the article.
struct ActorRelation
{
    bool isAuthor = false; // created it
    bool isLastEditor = false; // made the last change to its content
};

// Newsroom settings the table consults.
struct WorkflowPolicy
{
    bool officersMayEditOthersDrafts = false;
};

struct TransitionDecision
{
    enum class Refusal {
        None,
        WrongState, // no such transition from the current state
        WrongRole, // the user holds none of the roles
        NotAuthor, // only the author may, in this newsroom
        OwnArticle, // four eyes: the user wrote it
        LastEditor, // four eyes: the user edited it last
    };

    bool allowed = false;
    ArticleStatus to = ArticleStatus::Draft; // when allowed
    TransitionGuard guard = TransitionGuard::None; // still to be checked, when allowed
    Refusal refusal = Refusal::None;
    QString reason; // translated, for a disabled button's tooltip or an error line
};

// The review workflow as one table of transitions: from, to, action, who may and guard.
// Everything that changes an article's state asks here first.
class TransitionTable
{
    Q_DECLARE_TR_FUNCTIONS(TransitionTable)

public:
    static const QList<Transition> &transitions();

    // Whether the user may take the action now, and if so into which state and under which
    // guard; if not, why not, in words for the user ("supervisors cannot approve their own
    // article").
    static TransitionDecision decide(WorkflowAction action, ArticleStatus from, Roles roles,
                                     ActorRelation relation, const WorkflowPolicy &policy = {});

    // The actions decide() allows, in table order without repeats.
    static QList<WorkflowAction> availableActions(ArticleStatus from, Roles roles,
                                                  ActorRelation relation,
                                                  const WorkflowPolicy &policy = {});

    // Why a guard failed, for the user ("a comment is required to request changes").
    static QString guardFailureReason(TransitionGuard guard);

    // The action's name for people ("Submit for review").
    static QString actionLabel(WorkflowAction action);
};
