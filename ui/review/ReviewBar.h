#pragma once

#include "workflow/ReviewGate.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

// The bar above an article in review: Approve (asks for the supervisor's password, which
// unlocks their signing key) and Request changes (a comment is required). When the core would
// refuse, the buttons are disabled and say why — four eyes, open comments, checklist items —
// in their tooltips and in a line beside them. Every refusal the core makes when acting is
// shown too; nothing here decides on its own.
class ReviewBar : public QWidget
{
    Q_OBJECT

public:
    // Ask for the password / the change request's comment; nullopt when the user cancels.
    // The defaults show dialogs (QInputDialog, object names "passwordPrompt" and
    // "commentPrompt").
    using PasswordPrompt = std::function<std::optional<QByteArray>(QWidget *parent)>;
    using CommentPrompt = std::function<std::optional<QString>(QWidget *parent)>;

    explicit ReviewBar(Workflow &workflow, QWidget *parent = nullptr);

    void setSession(const WorkflowSession &session);
    void setArticle(const QUuid &articleId);
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    void setCommentPrompt(CommentPrompt prompt) { m_commentPrompt = std::move(prompt); }

    // Asks the core again (after a save, a comment resolved, another user's action).
    void refresh();
    void approve();
    void requestChanges();

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *requestChangesButton() const { return m_requestChanges; }
    QString reasonText() const;
    QString messageText() const;

Q_SIGNALS:
    void approved(const QUuid &articleId);
    void changesRequested(const QUuid &articleId);

private:
    void showMessage(const QString &text, bool error);

    Workflow &m_workflow;
    ReviewGate m_gate;
    WorkflowSession m_session;
    QUuid m_articleId;
    PasswordPrompt m_passwordPrompt;
    CommentPrompt m_commentPrompt;
    QLabel *m_state;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QLabel *m_reason;
    QLabel *m_message;
};
