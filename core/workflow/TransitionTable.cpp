#include "TransitionTable.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
using S = ArticleStatus;
using A = WorkflowAction;
using G = TransitionGuard;
constexpr Roles kOfficer = Role::Officer;
constexpr Roles kSupervisor = Role::Supervisor;
constexpr Roles kStaff = Roles(Role::Officer) | Role::Supervisor;

// The workflow. Order matters only for availableActions() and for which row's refusal is
// reported when several rows could apply.
const QList<Transition> kTransitions {
    // Content edits. Editing an approved article voids the approval and returns it to draft.
    { S::Draft, S::Draft, A::Edit, kOfficer, Standing::AuthorOrByPolicy, G::None },
    { S::ChangesRequested, S::ChangesRequested, A::Edit, kOfficer, Standing::AuthorOrByPolicy,
      G::None },
    { S::Approved, S::Draft, A::Edit, kOfficer, Standing::AuthorOrByPolicy, G::None },

    { S::Draft, S::InReview, A::Submit, kOfficer, Standing::AuthorOrByPolicy, G::SubmitChecklist },
    { S::ChangesRequested, S::InReview, A::Submit, kOfficer, Standing::AuthorOrByPolicy,
      G::SubmitChecklist },
    { S::InReview, S::Draft, A::Withdraw, kOfficer, Standing::AuthorOrByPolicy, G::None },

    { S::InReview, S::Approved, A::Approve, kSupervisor, Standing::NeitherAuthorNorLastEditor,
      G::None },
    { S::InReview, S::ChangesRequested, A::RequestChanges, kSupervisor,
      Standing::NeitherAuthorNorLastEditor, G::ReviewComment },

    { S::Draft, S::Archived, A::Archive, kOfficer, Standing::AuthorOrByPolicy, G::None },
    { S::Draft, S::Archived, A::Archive, kSupervisor, Standing::Anyone, G::None },
    { S::ChangesRequested, S::Archived, A::Archive, kOfficer, Standing::AuthorOrByPolicy, G::None },
    { S::ChangesRequested, S::Archived, A::Archive, kSupervisor, Standing::Anyone, G::None },
    { S::Archived, S::Draft, A::Restore, kOfficer, Standing::AuthorOrByPolicy, G::None },
    { S::Archived, S::Draft, A::Restore, kSupervisor, Standing::Anyone, G::None },

    { S::Approved, S::Published, A::Publish, kStaff, Standing::Anyone, G::ValidApproval },
};

struct ActionEntry
{
    WorkflowAction action;
    QStringView name;
    const char *label;
    const char *wrongState;
    const char *wrongRole;
    const char *adminOnly; // wrongRole for an administrator who lacks the role, if different
    const char *notAuthor;
    const char *ownArticle;
    const char *lastEditor;
};

const std::array<ActionEntry, 8> kActions { {
    { A::Edit, u"edit", QT_TRANSLATE_NOOP("TransitionTable", "Edit"),
      nullptr /* per state, see editWrongState() */,
      QT_TRANSLATE_NOOP("TransitionTable", "only press officers can edit articles"), nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "in this newsroom press officers can only edit their own articles"),
      nullptr, nullptr },
    { A::Submit, u"submit", QT_TRANSLATE_NOOP("TransitionTable", "Submit for review"),
      QT_TRANSLATE_NOOP(
          "TransitionTable",
          "only a draft or an article sent back for changes can be submitted for review"),
      QT_TRANSLATE_NOOP("TransitionTable", "only press officers can submit articles for review"),
      nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "in this newsroom press officers can only submit their own articles"),
      nullptr, nullptr },
    { A::Withdraw, u"withdraw", QT_TRANSLATE_NOOP("TransitionTable", "Withdraw from review"),
      QT_TRANSLATE_NOOP("TransitionTable", "only an article in review can be withdrawn"),
      QT_TRANSLATE_NOOP("TransitionTable", "only press officers can withdraw articles from review"),
      nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "in this newsroom press officers can only withdraw their own articles"),
      nullptr, nullptr },
    { A::Approve, u"approve", QT_TRANSLATE_NOOP("TransitionTable", "Approve"),
      QT_TRANSLATE_NOOP("TransitionTable", "only an article in review can be approved"),
      QT_TRANSLATE_NOOP("TransitionTable", "only supervisors can approve articles"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "administrators cannot approve articles unless they are also supervisors"),
      nullptr, QT_TRANSLATE_NOOP("TransitionTable", "supervisors cannot approve their own article"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "supervisors cannot approve an article they edited last") },
    { A::RequestChanges, u"request_changes",
      QT_TRANSLATE_NOOP("TransitionTable", "Request changes"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "only an article in review can be sent back for changes"),
      QT_TRANSLATE_NOOP("TransitionTable", "only supervisors can request changes"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "administrators cannot request changes unless they are also supervisors"),
      nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "supervisors cannot request changes on their own article"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "supervisors cannot request changes on an article they edited last") },
    { A::Archive, u"archive", QT_TRANSLATE_NOOP("TransitionTable", "Archive"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "only a draft or an article sent back for changes can be archived"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "only press officers and supervisors can archive articles"),
      nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "in this newsroom press officers can only archive their own articles"),
      nullptr, nullptr },
    { A::Restore, u"restore", QT_TRANSLATE_NOOP("TransitionTable", "Restore from archive"),
      QT_TRANSLATE_NOOP("TransitionTable", "only an archived article can be restored"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "only press officers and supervisors can restore articles"),
      nullptr,
      QT_TRANSLATE_NOOP("TransitionTable",
                        "in this newsroom press officers can only restore their own articles"),
      nullptr, nullptr },
    { A::Publish, u"publish", QT_TRANSLATE_NOOP("TransitionTable", "Publish"),
      QT_TRANSLATE_NOOP("TransitionTable", "only an approved article can be published"),
      QT_TRANSLATE_NOOP("TransitionTable",
                        "only press officers and supervisors can publish articles"),
      nullptr, nullptr, nullptr, nullptr },
} };

const ActionEntry &entry(WorkflowAction action)
{
    for (const auto &e : kActions) {
        if (e.action == action)
            return e;
    }
    Q_UNREACHABLE();
}

const char *editWrongState(ArticleStatus from)
{
    switch (from) {
    case S::InReview:
        return QT_TRANSLATE_NOOP("TransitionTable",
                                 "withdraw the article from review before editing it");
    case S::Published:
        return QT_TRANSLATE_NOOP("TransitionTable", "a published article cannot be edited");
    case S::Archived:
        return QT_TRANSLATE_NOOP("TransitionTable",
                                 "restore the article from the archive before editing it");
    case S::Draft:
    case S::ChangesRequested:
    case S::Approved:
        break;
    }
    return QT_TRANSLATE_NOOP("TransitionTable",
                             "the article cannot be edited in its current state");
}

QString translated(const char *text)
{
    return text ? TransitionTable::tr(text) : QString();
}

TransitionDecision refuse(TransitionDecision::Refusal refusal, const char *text)
{
    TransitionDecision d;
    d.refusal = refusal;
    d.reason = translated(text);
    return d;
}
} // namespace

QString actionName(WorkflowAction action)
{
    return entry(action).name.toString();
}

bool actionFromName(const QString &name, WorkflowAction *action)
{
    for (const auto &e : kActions) {
        if (e.name == name) {
            *action = e.action;
            return true;
        }
    }
    return false;
}

QList<WorkflowAction> allActions()
{
    QList<WorkflowAction> list;
    for (const auto &e : kActions)
        list << e.action;
    return list;
}

const QList<Transition> &TransitionTable::transitions()
{
    return kTransitions;
}

TransitionDecision TransitionTable::decide(WorkflowAction action, ArticleStatus from, Roles roles,
                                           ActorRelation relation, const WorkflowPolicy &policy)
{
    using R = TransitionDecision::Refusal;
    const ActionEntry &e = entry(action);

    QList<const Transition *> fromHere;
    for (const Transition &t : kTransitions) {
        if (t.action == action && t.from == from)
            fromHere << &t;
    }
    if (fromHere.isEmpty())
        return refuse(R::WrongState, action == A::Edit ? editWrongState(from) : e.wrongState);

    QList<const Transition *> byRole;
    for (const Transition *t : std::as_const(fromHere)) {
        if (t->roles & roles)
            byRole << t;
    }
    if (byRole.isEmpty()) {
        const bool admin = roles.testFlag(Role::Admin) && e.adminOnly;
        return refuse(R::WrongRole, admin ? e.adminOnly : e.wrongRole);
    }

    TransitionDecision firstRefusal;
    for (const Transition *t : std::as_const(byRole)) {
        TransitionDecision d;
        switch (t->standing) {
        case Standing::Anyone:
            break;
        case Standing::AuthorOrByPolicy:
            if (!relation.isAuthor && !policy.officersMayEditOthersDrafts)
                d = refuse(R::NotAuthor, e.notAuthor);
            break;
        case Standing::NeitherAuthorNorLastEditor:
            if (relation.isAuthor)
                d = refuse(R::OwnArticle, e.ownArticle);
            else if (relation.isLastEditor)
                d = refuse(R::LastEditor, e.lastEditor);
            break;
        }
        if (d.refusal == R::None) {
            d.allowed = true;
            d.to = t->to;
            d.guard = t->guard;
            return d;
        }
        if (firstRefusal.refusal == R::None)
            firstRefusal = d;
    }
    return firstRefusal;
}

QList<WorkflowAction> TransitionTable::availableActions(ArticleStatus from, Roles roles,
                                                        ActorRelation relation,
                                                        const WorkflowPolicy &policy)
{
    QList<WorkflowAction> actions;
    for (const Transition &t : kTransitions) {
        if (t.from == from && !actions.contains(t.action)
            && decide(t.action, from, roles, relation, policy).allowed)
            actions << t.action;
    }
    return actions;
}

QString TransitionTable::guardFailureReason(TransitionGuard guard)
{
    switch (guard) {
    case TransitionGuard::None:
        return {};
    case TransitionGuard::SubmitChecklist:
        return tr("the article is not ready for review: the submit checklist has open items");
    case TransitionGuard::ReviewComment:
        return tr("a comment saying what to change is required to request changes");
    case TransitionGuard::ValidApproval:
        return tr("the article has no valid approval for its current content");
    }
    return {};
}

QString TransitionTable::actionLabel(WorkflowAction action)
{
    return translated(entry(action).label);
}
