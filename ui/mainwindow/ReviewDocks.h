#pragma once

#include "article/Article.h"
#include "workflow/Workflow.h"

#include <QObject>
#include <QUuid>

class CommentPanel;
class HistoryView;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QTableView;
class QTextEdit;
class QToolButton;
class QVBoxLayout;
class ReviewBar;
class ReviewQueueModel;

// The supervisor's side of the main window (issue 7), put together from the review and history
// widgets: the review queue dock with its count in the status bar, the review bar above the
// editor while an article is in review, the comment threads dock with their passages marked in
// the editor, the history dock, and the notifications badge. Every action goes through the
// widgets to the core; this only places them and passes the current article along.
class ReviewDocks : public QObject
{
    Q_OBJECT

public:
    // editorColumn: the layout holding the editor, where the review bar goes on top; editor:
    // the text edit whose passages are marked.
    ReviewDocks(QMainWindow *window, Workflow &workflow, QVBoxLayout *editorColumn,
                QTextEdit *editor);
    ~ReviewDocks() override;

    Workflow &workflow() const { return m_workflow; }
    void setSession(const WorkflowSession &session);
    // The article now in the editor (a null id: none), as stored.
    void setArticle(const Article &article);
    // Re-reads everything from the store (another window or process acted).
    void refresh();
    // Reads the notifications since the last sign-in again (a team server's submission notice).
    void refreshNotifications() { loadNotifications(); }
    // Marks the open comments' passages again (after the editor loaded a new document).
    void markPassages();

    QDockWidget *queueDock() const { return m_queueDock; }
    QDockWidget *commentsDock() const { return m_commentsDock; }
    QDockWidget *historyDock() const { return m_historyDock; }
    QTableView *queueView() const { return m_queueView; }
    ReviewQueueModel *queueModel() const { return m_queue; }
    ReviewBar *reviewBar() const { return m_bar; }
    CommentPanel *commentPanel() const { return m_comments; }
    HistoryView *historyView() const { return m_history; }
    QLabel *queueLabel() const { return m_queueLabel; }
    QToolButton *notificationsButton() const { return m_notifications; }
    QStringList notificationTexts() const { return m_notificationTexts; }

Q_SIGNALS:
    void openRequested(const QUuid &articleId);
    // The article's state or content changed through a review action or a restore: reload it.
    void articleChanged(const QUuid &articleId);

private:
    void loadNotifications();

    QMainWindow *m_window;
    Workflow &m_workflow;
    WorkflowSession m_session;
    Article m_article;
    QTextEdit *m_editor;
    int m_currentPassage = -1;

    ReviewQueueModel *m_queue = nullptr;
    QTableView *m_queueView = nullptr;
    QDockWidget *m_queueDock = nullptr;
    ReviewBar *m_bar = nullptr;
    CommentPanel *m_comments = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    HistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_queueLabel = nullptr;
    QToolButton *m_notifications = nullptr;
    QMenu *m_notificationMenu = nullptr;
    QStringList m_notificationTexts;
};
