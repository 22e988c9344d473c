#pragma once

#include "article/Article.h"
#include "storage/Result.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

// Whether one review action can be taken now, and if not, every reason why.
struct ActionReadiness
{
    bool enabled = false;
    QStringList reasons; // translated; empty when enabled
};

struct ReviewReadiness
{
    ArticleStatus status = ArticleStatus::Draft;
    ActionReadiness approve;
    ActionReadiness requestChanges;
};

// What stands between a supervisor and a review decision, as the core sees it: the transition
// table's verdict (four eyes, role, state), open review comments and the submit checklist (an
// embargo may have passed since submission). Workflow::approve refuses on the same grounds; the
// review bar shows them on its disabled buttons.
class ReviewGate
{
    Q_DECLARE_TR_FUNCTIONS(ReviewGate)

public:
    explicit ReviewGate(Workflow &workflow);

    Result<ReviewReadiness> check(const WorkflowSession &actor, const QUuid &articleId);

    // The content-side blockers of an approval (not who may approve): open comments and
    // checklist failures.
    static QStringList approvalBlockers(const Article &article, int unresolvedComments,
                                        const QDateTime &now);

private:
    Workflow &m_workflow;
};
