#include "workflow/TransitionTable.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using S = ArticleStatus;
using A = WorkflowAction;
using G = TransitionGuard;

Q_DECLARE_METATYPE(ArticleStatus)
Q_DECLARE_METATYPE(WorkflowAction)
Q_DECLARE_METATYPE(TransitionGuard)

namespace {
struct Expected
{
    bool allowed = false;
    ArticleStatus to = S::Draft;
    TransitionGuard guard = G::None;
};

// The workflow as issue 4 words it, written independently of the table (as rules, not rows), so
// that the table is checked against the specification rather than against itself.
Expected expected(S from, A action, Roles roles, bool author, bool lastEditor, bool policy)
{
    const bool officer = roles.testFlag(Role::Officer);
    const bool supervisor = roles.testFlag(Role::Supervisor);
    // Officers act on their own articles, and on others' when the newsroom allows it.
    const bool officerMayAct = officer && (author || policy);
    // Four eyes: a supervisor reviews only what they neither wrote nor edited last.
    const bool mayReview = supervisor && !author && !lastEditor;
    const Expected no;
    switch (action) {
    case A::Edit:
        if (!officerMayAct)
            return no;
        if (from == S::Draft)
            return { true, S::Draft, G::None };
        if (from == S::ChangesRequested)
            return { true, S::ChangesRequested, G::None };
        if (from == S::Approved)
            return { true, S::Draft, G::None }; // and the approval is voided
        return no;
    case A::Submit:
        if ((from == S::Draft || from == S::ChangesRequested) && officerMayAct)
            return { true, S::InReview, G::SubmitChecklist };
        return no;
    case A::Withdraw:
        if (from == S::InReview && officerMayAct)
            return { true, S::Draft, G::None };
        return no;
    case A::Approve:
        if (from == S::InReview && mayReview)
            return { true, S::Approved, G::None };
        return no;
    case A::RequestChanges:
        if (from == S::InReview && mayReview)
            return { true, S::ChangesRequested, G::ReviewComment };
        return no;
    case A::Archive:
        if ((from == S::Draft || from == S::ChangesRequested) && (officerMayAct || supervisor))
            return { true, S::Archived, G::None };
        return no;
    case A::Restore:
        if (from == S::Archived && (officerMayAct || supervisor))
            return { true, S::Draft, G::None };
        return no;
    case A::Publish:
        if (from == S::Approved && (officer || supervisor))
            return { true, S::Published, G::ValidApproval };
        return no;
    }
    return no;
}

QList<Roles> everyRoleSet()
{
    QList<Roles> sets;
    for (int bits = 0; bits < 8; ++bits)
        sets << Roles::fromInt(bits);
    return sets;
}

QString describe(Roles roles)
{
    const QStringList names = roleNames(roles);
    return names.isEmpty() ? u"no role"_s : names.join(u'+');
}

Roles roles(std::initializer_list<Role> list)
{
    Roles r;
    for (Role role : list)
        r |= role;
    return r;
}
} // namespace

class tst_TransitionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every (state, action, roles, relation to the article, newsroom policy).
    void everyCombinationFollowsTheWorkflow_data()
    {
        QTest::addColumn<ArticleStatus>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<Roles>("roles");
        QTest::addColumn<bool>("author");
        QTest::addColumn<bool>("lastEditor");
        QTest::addColumn<bool>("policy");
        for (S from : allStatuses()) {
            for (A action : allActions()) {
                for (Roles r : everyRoleSet()) {
                    for (int rel = 0; rel < 4; ++rel) {
                        for (bool policy : { false, true }) {
                            const bool author = rel & 1, lastEditor = rel & 2;
                            QTest::addRow("%s %s by %s%s%s%s", qPrintable(statusName(from)),
                                          qPrintable(actionName(action)), qPrintable(describe(r)),
                                          author ? " author" : "", lastEditor ? " last-editor" : "",
                                          policy ? " (others' drafts allowed)" : "")
                                << from << action << r << author << lastEditor << policy;
                        }
                    }
                }
            }
        }
    }

    void everyCombinationFollowsTheWorkflow()
    {
        QFETCH(ArticleStatus, from);
        QFETCH(WorkflowAction, action);
        QFETCH(Roles, roles);
        QFETCH(bool, author);
        QFETCH(bool, lastEditor);
        QFETCH(bool, policy);

        const Expected want = expected(from, action, roles, author, lastEditor, policy);
        const TransitionDecision got = TransitionTable::decide(
            action, from, roles, ActorRelation { author, lastEditor }, WorkflowPolicy { policy });
        QCOMPARE(got.allowed, want.allowed);
        if (want.allowed) {
            QCOMPARE(got.to, want.to);
            QCOMPARE(got.guard, want.guard);
            QCOMPARE(got.refusal, TransitionDecision::Refusal::None);
            QVERIFY(got.reason.isEmpty());
        } else {
            QVERIFY(got.refusal != TransitionDecision::Refusal::None);
            QVERIFY2(!got.reason.trimmed().isEmpty(), "every refusal says why");
        }

        const bool listed
            = TransitionTable::availableActions(from, roles, ActorRelation { author, lastEditor },
                                                WorkflowPolicy { policy })
                  .contains(action);
        QCOMPARE(listed, want.allowed);
    }

    // The state graph of the issue, edits aside, and nothing more.
    void theTableHoldsExactlyTheIssuesTransitions()
    {
        QSet<QString> pairs;
        for (const Transition &t : TransitionTable::transitions()) {
            if (t.action != A::Edit)
                pairs << statusName(t.from) + u'>' + statusName(t.to);
        }
        const QSet<QString> issue {
            u"draft>in_review"_s,
            u"in_review>approved"_s,
            u"in_review>changes_requested"_s,
            u"changes_requested>in_review"_s,
            u"approved>published"_s,
            u"draft>archived"_s,
            u"changes_requested>archived"_s,
            u"archived>draft"_s,
            u"in_review>draft"_s, // withdraw
        };
        QCOMPARE(pairs, issue);
    }

    void refusalsNameTheirReason_data()
    {
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<ArticleStatus>("from");
        QTest::addColumn<Roles>("roles");
        QTest::addColumn<bool>("author");
        QTest::addColumn<bool>("lastEditor");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("reason");
        using R = TransitionDecision::Refusal;
        const Roles sup = Role::Supervisor;
        QTest::addRow("self-approval")
            << A::Approve << S::InReview << (sup | Role::Officer) << true << false
            << int(R::OwnArticle) << u"supervisors cannot approve their own article"_s;
        QTest::addRow("approving one's own last edit")
            << A::Approve << S::InReview << (sup | Role::Officer) << false << true
            << int(R::LastEditor) << u"supervisors cannot approve an article they edited last"_s;
        QTest::addRow("self-review by request")
            << A::RequestChanges << S::InReview << sup << true << true << int(R::OwnArticle)
            << u"supervisors cannot request changes on their own article"_s;
        QTest::addRow("officer approval")
            << A::Approve << S::InReview << roles({ Role::Officer }) << false << false
            << int(R::WrongRole) << u"only supervisors can approve articles"_s;
        QTest::addRow("admin approval")
            << A::Approve << S::InReview << roles({ Role::Admin, Role::Officer }) << false << false
            << int(R::WrongRole)
            << u"administrators cannot approve articles unless they are also supervisors"_s;
        QTest::addRow("approving a draft")
            << A::Approve << S::Draft << sup << false << false << int(R::WrongState)
            << u"only an article in review can be approved"_s;
        QTest::addRow("editing in review")
            << A::Edit << S::InReview << roles({ Role::Officer }) << true << true
            << int(R::WrongState) << u"withdraw the article from review before editing it"_s;
        QTest::addRow("submitting another's draft")
            << A::Submit << S::Draft << roles({ Role::Officer }) << false << false
            << int(R::NotAuthor)
            << u"in this newsroom press officers can only submit their own articles"_s;
    }

    void refusalsNameTheirReason()
    {
        QFETCH(WorkflowAction, action);
        QFETCH(ArticleStatus, from);
        QFETCH(Roles, roles);
        QFETCH(bool, author);
        QFETCH(bool, lastEditor);
        QFETCH(int, refusal);
        QFETCH(QString, reason);
        const TransitionDecision d
            = TransitionTable::decide(action, from, roles, ActorRelation { author, lastEditor });
        QVERIFY(!d.allowed);
        QCOMPARE(int(d.refusal), refusal);
        QCOMPARE(d.reason, reason);
    }

    // With both a supervisor row and an officer row, the supervisor row lets a supervisor archive
    // a draft that is not theirs even when officers may not.
    void supervisorsArchiveAnyDraft()
    {
        const auto d = TransitionTable::decide(A::Archive, S::Draft, Role::Supervisor, {});
        QVERIFY(d.allowed);
        QCOMPARE(d.to, S::Archived);
    }

    void actionNamesRoundTrip()
    {
        QSet<QString> seen;
        for (A action : allActions()) {
            const QString name = actionName(action);
            QVERIFY(!name.isEmpty());
            QVERIFY(!seen.contains(name));
            seen << name;
            A back;
            QVERIFY(actionFromName(name, &back));
            QCOMPARE(back, action);
            QVERIFY(!TransitionTable::actionLabel(action).isEmpty());
        }
        A dummy;
        QVERIFY(!actionFromName(u"publish!"_s, &dummy));
    }

    void guardsHaveReasons()
    {
        QVERIFY(TransitionTable::guardFailureReason(G::None).isEmpty());
        for (G g : { G::SubmitChecklist, G::ReviewComment, G::ValidApproval })
            QVERIFY(!TransitionTable::guardFailureReason(g).isEmpty());
    }
};

QTEST_MAIN(tst_TransitionTable)
#include "tst_TransitionTable.moc"
