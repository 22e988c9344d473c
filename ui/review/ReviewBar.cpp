#include "ReviewBar.h"

#include "workflow/Sodium.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return ReviewBar::tr("Draft");
    case ArticleStatus::InReview:
        return ReviewBar::tr("In review");
    case ArticleStatus::ChangesRequested:
        return ReviewBar::tr("Changes requested");
    case ArticleStatus::Approved:
        return ReviewBar::tr("Approved");
    case ArticleStatus::Published:
        return ReviewBar::tr("Published");
    case ArticleStatus::Archived:
        return ReviewBar::tr("Archived");
    }
    return {};
}

std::optional<QByteArray> askPassword(QWidget *parent)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(u"passwordPrompt"_s);
    dialog.setWindowTitle(ReviewBar::tr("Approve"));
    dialog.setLabelText(
        ReviewBar::tr("Your password unlocks your signing key to sign the approval:"));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(ReviewBar::tr("Approve and sign"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().toUtf8();
}

std::optional<QString> askComment(QWidget *parent)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(u"commentPrompt"_s);
    dialog.setWindowTitle(ReviewBar::tr("Request changes"));
    dialog.setLabelText(ReviewBar::tr("What should change? The author sees this comment."));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setOkButtonText(ReviewBar::tr("Request changes"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

ReviewBar::ReviewBar(Workflow &workflow, QWidget *parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_gate(workflow)
    , m_passwordPrompt(askPassword)
    , m_commentPrompt(askComment)
    , m_state(new QLabel(this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_requestChanges(new QPushButton(tr("Request &changes…"), this))
    , m_reason(new QLabel(this))
    , m_message(new QLabel(this))
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    setPalette(p);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_approve->setAccessibleDescription(tr("Approve the article and sign the approval"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_state);
    row->addStretch(1);
    row->addWidget(m_requestChanges);
    row->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, &ReviewBar::approve);
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewBar::requestChanges);
    refresh();
}

void ReviewBar::setSession(const WorkflowSession &session)
{
    m_session = session;
    m_message->hide();
    refresh();
}

void ReviewBar::setArticle(const QUuid &articleId)
{
    m_articleId = articleId;
    m_message->hide();
    refresh();
}

QString ReviewBar::reasonText() const
{
    return m_reason->text();
}

QString ReviewBar::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReviewBar::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color:#82071e"_s : u"color:#055d20"_s);
    m_message->show();
}

void ReviewBar::refresh()
{
    m_approve->setEnabled(false);
    m_requestChanges->setEnabled(false);
    if (m_articleId.isNull() || m_session.user.isEmpty()) {
        m_state->clear();
        m_reason->setText(m_session.user.isEmpty() ? tr("Sign in to review.") : QString());
        m_approve->setToolTip(m_reason->text());
        m_requestChanges->setToolTip(m_reason->text());
        return;
    }
    Result<ReviewReadiness> r = m_gate.check(m_session, m_articleId);
    if (!r) {
        m_state->clear();
        m_reason->setText(r.error().message.toHtmlEscaped());
        return;
    }
    m_state->setText(tr("<b>%1</b>").arg(statusLabel(r->status).toHtmlEscaped()));
    m_approve->setEnabled(r->approve.enabled);
    m_requestChanges->setEnabled(r->requestChanges.enabled);
    m_approve->setToolTip(r->approve.enabled ? tr("Approve and sign this version.")
                                             : r->approve.reasons.join(u'\n'));
    m_requestChanges->setToolTip(r->requestChanges.enabled
                                     ? tr("Send the article back to its author with a comment.")
                                     : r->requestChanges.reasons.join(u'\n'));
    // The reasons in words beside the buttons, not only in tooltips.
    QStringList lines;
    if (!r->approve.enabled && !r->approve.reasons.isEmpty()) {
        QString html = tr("Approve is unavailable:").toHtmlEscaped() + u"<ul style=\"margin:0\">"_s;
        for (const QString &reason : std::as_const(r->approve.reasons))
            html += u"<li>"_s + reason.toHtmlEscaped() + u"</li>"_s;
        lines.append(html + u"</ul>"_s);
    }
    if (!r->requestChanges.enabled && !r->requestChanges.reasons.isEmpty()
        && r->requestChanges.reasons != r->approve.reasons)
        lines.append(tr("Request changes is unavailable: %1")
                         .arg(r->requestChanges.reasons.join(u' '))
                         .toHtmlEscaped());
    m_reason->setText(lines.join(QString()));
    m_reason->setVisible(!lines.isEmpty());
}

void ReviewBar::approve()
{
    if (!m_approve->isEnabled())
        return;
    std::optional<QByteArray> password = m_passwordPrompt(this);
    if (!password)
        return;
    Result<Approval> done = m_workflow.approve(m_session, *password, m_articleId);
    Sodium::wipe(*password);
    if (!done) {
        QString text = done.error().message;
        for (const QString &item : done.error().items)
            text += u"\n• "_s + item;
        showMessage(text, true);
        refresh();
        return;
    }
    showMessage(tr("Approved and signed (version %1).").arg(done->version), false);
    refresh();
    Q_EMIT approved(m_articleId);
}

void ReviewBar::requestChanges()
{
    if (!m_requestChanges->isEnabled())
        return;
    std::optional<QString> comment = m_commentPrompt(this);
    if (!comment)
        return;
    if (comment->trimmed().isEmpty()) {
        showMessage(tr("Say what should change: a comment is required to request changes."), true);
        return;
    }
    Result<ArticleStatus> done
        = m_workflow.perform(m_session, m_articleId, WorkflowAction::RequestChanges, *comment);
    if (!done) {
        showMessage(done.error().message, true);
        refresh();
        return;
    }
    showMessage(tr("Changes requested; the article is back with its author."), false);
    refresh();
    Q_EMIT changesRequested(m_articleId);
}
