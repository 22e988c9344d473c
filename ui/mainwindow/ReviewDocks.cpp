#include "ReviewDocks.h"

#include "history/HistoryView.h"
#include "review/CommentPanel.h"
#include "review/PassageHighlighter.h"
#include "review/ReviewBar.h"
#include "review/ReviewQueueModel.h"
#include "storage/SqlStore.h"
#include "workflow/Notifications.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ReviewDocks::ReviewDocks(QMainWindow *window, Workflow &workflow, QVBoxLayout *editorColumn,
                         QTextEdit *editor)
    : QObject(window)
    , m_window(window)
    , m_workflow(workflow)
    , m_editor(editor)
{
    m_queue = new ReviewQueueModel(workflow.store(), this);
    m_queueView = new QTableView;
    m_queueView->setObjectName(u"reviewQueueView"_s);
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Headline,
                                                          QHeaderView::Stretch);
    connect(m_queueView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = m_queue->articleId(index.row());
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    m_queueDock = new QDockWidget(tr("Review Queue"), window);
    m_queueDock->setObjectName(u"reviewQueueDock"_s);
    m_queueDock->setWidget(m_queueView);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);

    m_queueLabel = new QLabel(window);
    m_queueLabel->setObjectName(u"reviewQueueLabel"_s);
    window->statusBar()->addPermanentWidget(m_queueLabel);
    connect(m_queue, &ReviewQueueModel::countChanged, this,
            [this](int count) { m_queueLabel->setText(tr("%n in review", nullptr, count)); });
    m_queueLabel->setText(tr("%n in review", nullptr, m_queue->rowCount()));

    m_bar = new ReviewBar(workflow, window);
    m_bar->setObjectName(u"reviewBar"_s);
    m_bar->hide();
    editorColumn->insertWidget(0, m_bar);
    connect(m_bar, &ReviewBar::approved, this, [this](const QUuid &id) {
        m_window->statusBar()->showMessage(tr("Approved and signed."), 8000);
        m_queue->refresh();
        Q_EMIT articleChanged(id);
    });
    connect(m_bar, &ReviewBar::changesRequested, this, [this](const QUuid &id) {
        m_window->statusBar()->showMessage(
            tr("Changes requested; the article is back with its author."), 8000);
        m_queue->refresh();
        m_comments->refresh();
        Q_EMIT articleChanged(id);
    });

    m_comments = new CommentPanel(workflow, window);
    m_comments->setObjectName(u"commentPanel"_s);
    m_commentsDock = new QDockWidget(tr("Comments"), window);
    m_commentsDock->setObjectName(u"commentsDock"_s);
    m_commentsDock->setWidget(m_comments);
    window->addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    m_commentsDock->hide();
    connect(m_editor, &QTextEdit::selectionChanged, this, [this] {
        m_comments->setSelectedPassage(m_editor->textCursor().selection().toPlainText());
    });
    connect(m_comments, &CommentPanel::passagesChanged, this, &ReviewDocks::markPassages);
    connect(m_comments, &CommentPanel::highlightRequested, this,
            [this](qsizetype start, qsizetype length) {
                m_currentPassage = -1;
                const QList<CommentAnchor::Location> passages = m_comments->openPassages();
                for (int i = 0; i < passages.size(); ++i) {
                    if (length > 0 && passages.at(i).start == start)
                        m_currentPassage = i;
                }
                markPassages();
                if (length > 0) {
                    QTextCursor c(m_editor->document());
                    c.setPosition(int(start));
                    m_editor->setTextCursor(c);
                    m_editor->ensureCursorVisible();
                }
            });
    connect(m_comments, &CommentPanel::commentsChanged, m_bar, &ReviewBar::refresh);

    m_history = new HistoryView(workflow, window);
    m_history->setObjectName(u"historyView"_s);
    m_historyDock = new QDockWidget(tr("History"), window);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_history, &HistoryView::restored, this,
            [this](const QUuid &id, int) { Q_EMIT articleChanged(id); });

    m_notificationMenu = new QMenu(window);
    m_notificationMenu->setObjectName(u"notificationsMenu"_s);
    m_notifications = new QToolButton(window);
    m_notifications->setObjectName(u"notificationsButton"_s);
    m_notifications->setAutoRaise(true);
    m_notifications->setPopupMode(QToolButton::InstantPopup);
    m_notifications->setMenu(m_notificationMenu);
    window->statusBar()->addPermanentWidget(m_notifications);
}

ReviewDocks::~ReviewDocks() = default;

void ReviewDocks::setSession(const WorkflowSession &session)
{
    m_session = session;
    m_bar->setSession(session);
    m_comments->setSession(session);
    m_history->setSession(session);
    const bool supervisor = session.roles.testFlag(Role::Supervisor);
    m_queueDock->setVisible(supervisor);
    m_queueLabel->setVisible(supervisor);
    m_queue->refresh();
    loadNotifications();
}

void ReviewDocks::setArticle(const Article &article)
{
    m_article = article;
    const bool stored = !article.id.isNull() && article.version > 0;
    const QUuid id = stored ? article.id : QUuid();
    m_bar->setArticle(id);
    m_bar->setVisible(stored && article.status == ArticleStatus::InReview);
    m_currentPassage = -1;
    m_comments->setArticle(id);
    m_history->setArticle(id);
    // The threads take room from the text: shown while a review is under way or there is
    // something to read (the View menu shows them at any time).
    const bool reviewing = stored
        && (article.status == ArticleStatus::InReview
            || article.status == ArticleStatus::ChangesRequested);
    m_commentsDock->setVisible(reviewing || m_comments->threads()->topLevelItemCount() > 0
                               || m_comments->detached()->topLevelItemCount() > 0);
    markPassages();
}

void ReviewDocks::refresh()
{
    m_queue->refresh();
    if (!m_article.id.isNull() && m_article.version > 0) {
        m_bar->refresh();
        m_comments->refresh();
        m_history->refresh();
    }
}

void ReviewDocks::markPassages()
{
    // Marks drawn over the text (extra selections), never written into the body.
    PassageHighlighter::apply(m_editor, m_comments->openPassages(), m_currentPassage);
}

void ReviewDocks::loadNotifications()
{
    m_notificationMenu->clear();
    m_notificationTexts.clear();
    Notifications notifications(m_workflow.store());
    const Result<QList<Notification>> list = notifications.sinceLastSignIn(m_session);
    if (!list) {
        m_notifications->setText(tr("Notifications unavailable"));
        m_notifications->setToolTip(list.error().message);
        return;
    }
    for (const Notification &n : *list) {
        m_notificationTexts << n.text();
        QAction *a = m_notificationMenu->addAction(n.text());
        const QUuid id = n.articleId;
        connect(a, &QAction::triggered, this, [this, id] { Q_EMIT openRequested(id); });
    }
    if (list->isEmpty())
        m_notificationMenu->addAction(tr("Nothing new since your last sign-in"))->setEnabled(false);
    m_notifications->setText(tr("%n new", nullptr, int(list->size())));
    // A badge only when there is news: the status bar's room goes to the article otherwise.
    m_notifications->setVisible(!list->isEmpty());
    m_notifications->setToolTip(tr("Notifications since your last sign-in"));
}
