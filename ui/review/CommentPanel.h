#pragma once

#include "workflow/Workflow.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The review comments of one article as threads: a comment on a passage (quoted) or on the whole
// article, with its replies. Comment on the selected passage or on the article, reply, resolve
// and reopen; comments whose passage was deleted are listed apart as detached. Selecting an
// anchored thread asks the editor to highlight its passage.
class CommentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommentPanel(Workflow &workflow, QWidget *parent = nullptr);

    void setSession(const WorkflowSession &session);
    void setArticle(const QUuid &articleId);
    void refresh();

    // The passage the user selected in the editor (empty: none); "Comment on passage" uses it.
    void setSelectedPassage(const QString &quote);

    // Acts on the text in the input box; false (with the core's message shown) on refusal.
    bool addComment();
    bool addPassageComment();
    bool reply();
    // Resolve resolves the selected thread with its open replies; Reopen reopens the thread.
    bool toggleResolved();
    // Selects the thread of comment id (in either list).
    void selectComment(qint64 id);
    qint64 selectedCommentId() const;

    // Where the open, anchored comments' passages are in the current text (for the editor).
    QList<CommentAnchor::Location> openPassages() const;

    QTreeWidget *threads() const { return m_threads; }
    QTreeWidget *detached() const { return m_detached; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *commentButton() const { return m_comment; }
    QPushButton *passageButton() const { return m_passage; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *resolveButton() const { return m_resolve; }
    QString messageText() const;

Q_SIGNALS:
    // Highlight [start, start + length) of the article's plain text; length 0: nothing.
    void highlightRequested(qsizetype start, qsizetype length);
    // The set of open passages changed (after refresh).
    void passagesChanged();
    // Comments were added, resolved or reopened (the review bar should refresh).
    void commentsChanged();

private:
    void fill(QTreeWidget *tree, const QList<ReviewComment> &comments, bool detachedList);
    QTreeWidgetItem *itemFor(const ReviewComment &c, QTreeWidgetItem *parent, QTreeWidget *tree);
    const ReviewComment *comment(qint64 id) const;
    qint64 threadRoot(qint64 id) const;
    void onSelectionChanged(QTreeWidget *from);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    bool handle(const Result<void> &result);

    Workflow &m_workflow;
    WorkflowSession m_session;
    QUuid m_articleId;
    QString m_plainText;
    QString m_selectedPassage;
    QList<ReviewComment> m_comments;
    QTreeWidget *m_threads;
    QLabel *m_detachedTitle;
    QTreeWidget *m_detached;
    QLabel *m_passageLabel;
    QPlainTextEdit *m_input;
    QPushButton *m_comment;
    QPushButton *m_passage;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QLabel *m_message;
};
