#include "MainWindow.h"

#include "ArticleTemplates.h"
#include "NewsroomVersion.h"
#include "ReviewDocks.h"
#include "Settings.h"
#include "article/TextStats.h"
#include "articlelist/ArticleFilterBar.h"
#include "articlelist/ArticleListModel.h"
#include "articlelist/ArticleListView.h"
#include "bundle/BundleExportController.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "history/ConflictDialog.h"
#include "history/RecoveryDialog.h"
#include "metadata/MetadataPanel.h"
#include "review/PassageHighlighter.h"
#include "storage/AutosaveThrottle.h"
#include "storage/SqlStore.h"
#include "storage/StoreEvents.h"
#include "workflow/SubmitChecklist.h"
#include "workflow/TransitionTable.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Newsroom"));

    m_filterBar = new ArticleFilterBar(this);
    m_list = new ArticleListView(this);
    m_list->setObjectName(u"articleList"_s);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_list, 1);

    m_editor = new ArticleEditor(this);

    m_metadata = new MetadataPanel(this);
    m_metadata->setObjectName(u"metadataPanel"_s);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    // The editor's column: the review bar (ReviewDocks) goes above the editor.
    auto *column = new QWidget(this);
    m_editorColumn = new QVBoxLayout(column);
    m_editorColumn->setContentsMargins(0, 0, 0, 0);
    m_editorColumn->setSpacing(0);
    m_editorColumn->addWidget(m_editor, 1);
    m_splitter->addWidget(column);
    m_splitter->addWidget(m_metadata);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 660, 480, 380 });
    setCentralWidget(m_splitter);

    m_autosave = new AutosaveThrottle(this);
    connect(m_autosave, &AutosaveThrottle::autosaveDue, this, &MainWindow::autosave);
    m_changePoll = new QTimer(this);
    m_changePoll->setInterval(3000);
    connect(m_changePoll, &QTimer::timeout, this, &MainWindow::pollExternalChanges);
    m_eventRefresh = new QTimer(this);
    m_eventRefresh->setSingleShot(true);
    // Short enough to feel live, long enough that ten saves in a row refresh the list once.
    m_eventRefresh->setInterval(150);
    connect(m_eventRefresh, &QTimer::timeout, this, &MainWindow::applyStoreEvents);

    createActions();
    createMenus();
    createToolBars();
    createStatusBar();

    connect(m_list, &ArticleListView::openRequested, this, [this](const QUuid &id) {
        if (id != m_article.id && confirmDiscard())
            openArticle(id);
    });
    connect(m_filterBar, &ArticleFilterBar::filterChanged, this, [this](const ArticleFilter &f) {
        if (m_model)
            m_model->setFilter(f);
        refreshList();
    });
    connect(m_filterBar, &ArticleFilterBar::searchChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setSearchText(text);
    });
    // The editor replaces its document per article; its own signal follows that.
    connect(m_editor, &ArticleEditor::contentChanged, this, [this] {
        if (m_loading || !m_hasArticle || m_readOnly)
            return;
        setModified(true);
    });
    // Debounced in the editor: counting words per keystroke would make typing lag.
    connect(m_editor, &ArticleEditor::statsChanged, this, &MainWindow::updateStats);
    connect(m_metadata, &MetadataPanel::changed, this, [this] {
        if (m_loading || !m_hasArticle)
            return;
        setModified(true);
        updateChecklist();
        // Typography and the spelling dictionary follow the article's language.
        const QString language = m_metadata->metadata().language;
        if (language != m_editor->language())
            m_editor->setLanguage(language);
    });

    setReadOnly(true);
    updateStatusLabels();
    resize(1280, 780);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(u"actionQuit"_s);
    // Platforms with a Windows key scheme (and the offscreen one) define no Quit binding.
    const auto quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quit->setShortcuts(
        quitKeys.isEmpty() ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Q) } : quitKeys);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    // Window-owned so the shortcut works even where the menu bar is native or hidden.
    addAction(m_quit);

    m_about = new QAction(tr("&About Newsroom"), this);
    m_about->setObjectName(u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Newsroom"),
                           tr("<p><b>Newsroom</b> %1</p><p>Write, review and publish the news of "
                              "your press office.</p>")
                               .arg(QStringLiteral(NEWSROOM_VERSION_STRING)));
    });

    m_new = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Article"), this);
    m_new->setObjectName(u"actionNew"_s);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            newArticle(u"news-item"_s);
    });
    addAction(m_new);
    for (const auto &t : ArticleTemplates::all()) {
        auto *a = new QAction(t.title, this);
        a->setObjectName(u"actionNew_"_s + t.id);
        const QString id = t.id;
        connect(a, &QAction::triggered, this, [this, id] {
            if (confirmDiscard())
                newArticle(id);
        });
        m_templateActions << a;
    }

    m_save = new QAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"), this);
    m_save->setObjectName(u"actionSave"_s);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    addAction(m_save);

    m_duplicate = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Duplicate"), this);
    m_duplicate->setObjectName(u"actionDuplicate"_s);
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateArticle);

    m_find = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find Articles…"), this);
    m_find->setObjectName(u"actionFind"_s);
    // Ctrl+F is the editor's find in the text (EditorActions); searching articles gets its own.
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    addAction(m_find);

    m_refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh List"), this);
    m_refresh->setObjectName(u"actionRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshList);
    addAction(m_refresh);

    m_switchUser
        = new QAction(QIcon::fromTheme(u"system-switch-user"_s), tr("S&witch User…"), this);
    m_switchUser->setObjectName(u"actionSwitchUser"_s);
    connect(m_switchUser, &QAction::triggered, this, &MainWindow::switchUser);
    m_switchUser->setEnabled(false);

    m_connectServer = new QAction(QIcon::fromTheme(u"network-server-database"_s),
                                  tr("&Connect to Team Server…"), this);
    m_connectServer->setObjectName(u"actionConnectToServer"_s);
    m_connectServer->setToolTip(tr("Work on a newsroom shared by several desks"));
    m_connectServer->setEnabled(false);
    connect(m_connectServer, &QAction::triggered, this, &MainWindow::connectToServer);

    m_bundles = new BundleExportController(this);
    connect(m_bundles, &BundleExportController::exported, this, [this](const QUuid &id) {
        refreshList();
        // The export published it: show the new state (nothing typed is lost — an article
        // with unsaved changes is never exported).
        if (m_hasArticle && id == m_article.id && !m_modified)
            openArticle(id);
    });

    m_preview = new QAction(QIcon::fromTheme(u"document-preview"_s), tr("Pre&view"), this);
    m_preview->setObjectName(u"actionPreview"_s);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_preview->setToolTip(tr("Show the article as the site will render it"));
    connect(m_preview, &QAction::triggered, this, [this] {
        if (m_hasArticle)
            m_bundles->preview(collectArticle());
    });
    addAction(m_preview);

    m_export = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this);
    m_export->setObjectName(u"actionExport"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_hasArticle && !m_modified)
            m_bundles->exportArticle(m_article.id);
    });
    addAction(m_export);

    // The review workflow's own steps; approve and request changes live on the review bar.
    const struct
    {
        WorkflowAction action;
        const char *objectName;
        QString text;
        QString icon;
        QKeySequence shortcut;
    } steps[] = {
        { WorkflowAction::Submit, "actionSubmit", tr("Su&bmit for Review"), u"mail-send"_s,
          QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { WorkflowAction::Withdraw,
          "actionWithdraw",
          tr("&Withdraw from Review"),
          u"edit-undo"_s,
          {} },
        { WorkflowAction::Archive, "actionArchive", tr("&Archive"), u"archive-insert"_s, {} },
        { WorkflowAction::Restore,
          "actionUnarchive",
          tr("&Restore from Archive"),
          u"archive-extract"_s,
          {} },
    };
    for (const auto &step : steps) {
        auto *action = new QAction(QIcon::fromTheme(step.icon), step.text, this);
        action->setObjectName(QString::fromLatin1(step.objectName));
        action->setShortcut(step.shortcut);
        action->setEnabled(false);
        const WorkflowAction which = step.action;
        connect(action, &QAction::triggered, this, [this, which] { performWorkflowAction(which); });
        addAction(action);
        m_workflowActions.insert(which, action);
    }

    m_exportApproved
        = new QAction(QIcon::fromTheme(u"document-export"_s), tr("Export &Approved…"), this);
    m_exportApproved->setObjectName(u"actionExportApproved"_s);
    connect(m_exportApproved, &QAction::triggered, m_bundles,
            &BundleExportController::exportApproved);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addAction(m_new);
    QMenu *fromTemplate = file->addMenu(tr("New from &Template"));
    fromTemplate->addActions(m_templateActions);
    file->addAction(m_duplicate);
    file->addSeparator();
    file->addAction(m_save);
    file->addSeparator();
    file->addAction(m_preview);
    file->addAction(m_export);
    file->addAction(m_exportApproved);
    file->addSeparator();
    file->addAction(m_connectServer);
    file->addAction(m_switchUser);
    file->addAction(m_quit);

    using A = EditorActions;
    const auto add = [this](QMenu *menu, std::initializer_list<int> ids) {
        for (const int id : ids) {
            if (id < 0)
                menu->addSeparator();
            else
                menu->addAction(m_editor->action(A::Id(id)));
        }
    };
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    add(edit,
        { A::Undo, A::Redo, -1, A::Cut, A::Copy, A::Paste, A::PastePlainText, -1, A::Find,
          A::Replace, A::FindNext, A::FindPrevious });
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->setObjectName(u"menuFormat"_s);
    add(format,
        { A::Bold, A::Italic, A::Underline, A::Strikethrough, -1, A::Paragraph, A::Heading2,
          A::Heading3, A::Heading4, -1, A::BulletList, A::NumberedList, A::Indent, A::Outdent,
          A::BlockQuote, -1, A::Link, A::RemoveLink });

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->setObjectName(u"menuInsert"_s);
    add(insert, { A::InsertImage, A::InsertTable, A::InsertHorizontalRule });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->setObjectName(u"menuView"_s);
    add(view, { A::SourceView });
    view->addSeparator();
    view->addAction(m_refresh);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->setObjectName(u"menuArticle"_s);
    for (const WorkflowAction a : { WorkflowAction::Submit, WorkflowAction::Withdraw,
                                    WorkflowAction::Archive, WorkflowAction::Restore })
        article->addAction(m_workflowActions.value(a));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"menuTools"_s);
    add(tools, { A::SpellCheck, A::NonBreakingSpaces });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_about);
}

void MainWindow::createToolBars()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    bar->addAction(m_new);
    bar->addAction(m_save);
    bar->addAction(m_workflowActions.value(WorkflowAction::Submit));
    bar->addAction(m_duplicate);
    bar->addSeparator();
    bar->addAction(m_refresh);

    using A = EditorActions;
    QToolBar *format = addToolBar(tr("Format"));
    format->setObjectName(u"formatToolBar"_s);
    format->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (const int id : std::initializer_list<int> {
             A::Undo, A::Redo, -1, A::Bold, A::Italic, A::Underline, A::Strikethrough, -1,
             A::Heading2, A::Heading3, A::BulletList, A::NumberedList, A::BlockQuote, -1, A::Link,
             A::InsertImage, -1, A::SourceView }) {
        if (id < 0)
            format->addSeparator();
        else
            format->addAction(m_editor->action(A::Id(id)));
    }
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_state = new QLabel(this);
    m_state->setObjectName(u"stateLabel"_s);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(u"saveStateLabel"_s);
    m_stats = new QLabel(this);
    m_stats->setObjectName(u"statsLabel"_s);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(u"locationLabel"_s);
    m_locationLabel->setTextFormat(Qt::PlainText);
    m_locationLabel->hide();
    statusBar()->addWidget(m_state);
    statusBar()->addWidget(m_saveState);
    statusBar()->addPermanentWidget(m_stats);
    statusBar()->addPermanentWidget(m_locationLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::restoreLayout()
{
    Settings s;
    if (const QByteArray g = s.windowGeometry(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.windowState(); !st.isEmpty())
        restoreState(st);
    if (const QByteArray sp = s.splitterState(); !sp.isEmpty())
        m_splitter->restoreState(sp);
}

void MainWindow::saveLayout()
{
    Settings s;
    s.setWindowGeometry(saveGeometry());
    s.setWindowState(saveState());
    s.setSplitterState(m_splitter->saveState());
    s.setListHeaderState(m_list->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::setWorkflow(Workflow *workflow, const WorkflowSession &session)
{
    m_workflow = workflow;
    m_store = &workflow->store();
    m_session = session;
    delete m_model;
    m_model = new ArticleListModel(m_store, this);
    m_model->setFilter(m_filterBar->filter());
    m_list->setModel(m_model);
    auto *h = m_list->header();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    // The headline takes what the others leave; dates are short (ArticleListModel).
    h->resizeSection(ArticleListModel::StatusColumn, 110);
    h->resizeSection(ArticleListModel::SectionColumn, 95);
    h->resizeSection(ArticleListModel::AuthorColumn, 110);
    h->resizeSection(ArticleListModel::UpdatedColumn, 80);
    h->resizeSection(ArticleListModel::EmbargoColumn, 80);
    if (const QByteArray st = Settings().listHeaderState(); !st.isEmpty())
        h->restoreState(st);
    connect(m_model, &ArticleListModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_metadata->setSlugTakenCheck([this](const QString &slug) {
        if (!m_store)
            return false;
        auto taken = m_store->isSlugTaken(slug, m_article.id);
        return taken && *taken;
    });
    followStoreEvents();
    QStringList roles;
    for (const Role role : allRoles()) {
        if (session.roles.testFlag(role))
            roles << roleDisplayName(role);
    }
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(session.user, roles.join(u", "_s)));
    const bool create = mayCreate();
    m_new->setEnabled(create);
    for (QAction *a : std::as_const(m_templateActions))
        a->setEnabled(create);
    m_bundles->setWorkflow(workflow, session);
    if (!m_review || &m_review->workflow() != workflow) {
        delete m_review;
        m_review = new ReviewDocks(this, *workflow, m_editorColumn, m_editor->textEdit());
        m_viewMenu->addSeparator();
        m_viewMenu->addAction(m_review->queueDock()->toggleViewAction());
        m_viewMenu->addAction(m_review->commentsDock()->toggleViewAction());
        m_viewMenu->addAction(m_review->historyDock()->toggleViewAction());
        connect(m_review, &ReviewDocks::openRequested, this, [this](const QUuid &id) {
            if (id != m_article.id && confirmDiscard())
                openArticle(id);
        });
        connect(m_review, &ReviewDocks::articleChanged, this, [this](const QUuid &id) {
            refreshList();
            // Approved, sent back or restored: show it as it is now, unless typing would be
            // lost (the text then stays; saving it meets the conflict dialog).
            if (m_hasArticle && id == m_article.id && !m_modified)
                openArticle(id);
        });
    }
    m_review->setSession(session);
    m_review->setArticle(m_hasArticle ? m_article : Article {});
    updateBundleActions();
    refreshList();
}

void MainWindow::setSections(const QStringList &sections)
{
    m_filterBar->setSections(sections);
    m_metadata->setSections(sections);
}

void MainWindow::setExternalChangeInterval(int ms)
{
    m_changePoll->setInterval(std::max(ms, 1));
    if (ms <= 0)
        m_changePoll->stop();
}

void MainWindow::followStoreEvents()
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = m_store->events();
    m_changePoll->stop();
    if (m_events) {
        // The server pushes: no polling.
        connect(m_events, &StoreEvents::articleChanged, this, [this] { m_eventRefresh->start(); });
        connect(m_events, &StoreEvents::articleSubmitted, this, [this] {
            m_submissionsSeen = true;
            m_eventRefresh->start();
        });
        return;
    }
    if (auto counter = m_store->externalChangeCounter()) {
        m_lastChangeCounter = *counter;
        m_changePoll->start();
    }
}

void MainWindow::applyStoreEvents()
{
    refreshList();
    if (!m_review)
        return;
    m_review->refresh();
    // A submission is news for the supervisors' notifications badge.
    if (std::exchange(m_submissionsSeen, false))
        m_review->refreshNotifications();
}

void MainWindow::pollExternalChanges()
{
    if (!m_store)
        return;
    auto counter = m_store->externalChangeCounter();
    if (!counter || *counter == m_lastChangeCounter)
        return;
    m_lastChangeCounter = *counter;
    refreshList();
    if (m_review)
        m_review->refresh();
}

void MainWindow::refreshList()
{
    if (!m_store || !m_model)
        return;
    ArticleFilter f = m_filterBar->filter();
    if (auto counts = m_store->countByStatus(f))
        m_filterBar->setStatusCounts(*counts);
    const QUuid current = m_list->currentArticleId();
    m_model->refresh();
    if (const int row = m_model->rowOf(current); row >= 0)
        m_list->setCurrentIndex(m_model->index(row, ArticleListModel::HeadlineColumn));
}

bool MainWindow::openArticle(const QUuid &id)
{
    if (!m_store)
        return false;
    auto a = m_store->article(id);
    if (!a) {
        QMessageBox::warning(this, tr("Cannot open the article"), a.error().message);
        return false;
    }
    m_article = std::move(*a);
    m_hasArticle = true;
    loadIntoWidgets();
    return true;
}

void MainWindow::newArticle(const QString &templateId)
{
    if (!mayCreate())
        return;
    Article a;
    a.id = QUuid::createUuid();
    a.status = ArticleStatus::Draft;
    a.meta.language = QLocale().name().section(u'_', 0, 0);
    if (a.meta.language != u"be"_s && a.meta.language != u"en"_s)
        a.meta.language = u"ru"_s;
    a.meta.byline = { m_session.user };
    a.body = ArticleTemplates::body(templateId);
    a.createdBy = m_session.user;
    m_article = a;
    m_hasArticle = true;
    loadIntoWidgets();
    setModified(true);
    m_metadata->headlineEdit()->setFocus();
}

void MainWindow::duplicateArticle()
{
    if (!m_hasArticle || !mayCreate() || !confirmDiscard())
        return;
    Article copy = collectArticle();
    copy.id = QUuid::createUuid();
    copy.version = 0;
    copy.status = ArticleStatus::Draft;
    copy.meta.headline = tr("Copy of %1").arg(copy.meta.headline);
    copy.meta.slug.clear();
    copy.created = {};
    copy.createdBy = m_session.user;
    copy.updated = {};
    copy.updatedBy.clear();
    m_article = copy;
    loadIntoWidgets();
    setModified(true);
}

bool MainWindow::mayCreate() const
{
    if (!m_workflow)
        return false;
    const Result<WorkflowPolicy> policy = m_workflow->policy();
    // A new article is a draft of one's own; whoever may edit that may create it.
    return TransitionTable::decide(WorkflowAction::Edit, ArticleStatus::Draft, m_session.roles,
                                   { true, true }, policy ? *policy : WorkflowPolicy {})
        .allowed;
}

bool MainWindow::mayEdit(QString *reason) const
{
    if (!m_workflow || !m_hasArticle)
        return false;
    if (m_article.version == 0)
        return mayCreate();
    const Result<WorkflowPolicy> policy = m_workflow->policy();
    const TransitionDecision d = TransitionTable::decide(
        WorkflowAction::Edit, m_article.status, m_session.roles,
        { m_article.createdBy == m_session.user, m_article.updatedBy == m_session.user },
        policy ? *policy : WorkflowPolicy {});
    if (!d.allowed && reason)
        *reason = d.reason;
    return d.allowed;
}

void MainWindow::loadIntoWidgets()
{
    // Comment marks hold cursors into the document the editor is about to replace.
    PassageHighlighter::clear(m_editor->textEdit());
    m_loading = true;
    m_metadata->setArticle(m_article.meta, m_article.images);
    m_editor->setLanguage(m_article.meta.language);
    m_editor->setBody(m_article.body, m_article.images);
    m_loading = false;
    m_autosave->reset();
    setModified(false);
    QString reason;
    const bool editable = mayEdit(&reason);
    setReadOnly(!editable, reason);
    updateWorkflowActions();
    updateChecklist();
    updateStatusLabels();
    setWindowTitle(
        tr("%1 — Newsroom")
            .arg(m_article.meta.headline.isEmpty() ? tr("Untitled") : m_article.meta.headline));
    if (m_review)
        m_review->setArticle(m_article);
}

Article MainWindow::collectArticle() const
{
    Article a = m_article;
    a.meta = m_metadata->metadata();
    a.body = m_editor->body();
    a.images = m_editor->images();
    return a;
}

void MainWindow::setModified(bool modified)
{
    m_modified = modified;
    if (modified && !m_readOnly && m_hasArticle)
        m_autosave->noteChange();
    m_save->setEnabled(m_hasArticle && !m_readOnly && (modified || m_article.version == 0));
    updateStatusLabels();
    updateBundleActions();
    updateWorkflowActions();
}

void MainWindow::updateBundleActions()
{
    m_preview->setEnabled(m_hasArticle);
    QString reason;
    bool exportable = false;
    if (!m_hasArticle)
        reason = tr("Open an approved article to export it.");
    else if (m_modified)
        reason = tr("Save the article first: a bundle holds what was approved.");
    else
        exportable = m_bundles->canExport(m_article, &reason);
    m_export->setEnabled(exportable);
    m_export->setToolTip(exportable ? tr("Export the article as a publishable bundle") : reason);
    m_export->setStatusTip(m_export->toolTip());
    QString batchReason;
    const bool batch = m_bundles->canExportApproved(&batchReason);
    m_exportApproved->setEnabled(batch);
    m_exportApproved->setToolTip(batch ? tr("Export every approved article as a bundle")
                                       : batchReason);
}

void MainWindow::updateWorkflowActions()
{
    const Result<WorkflowPolicy> policy
        = m_workflow ? m_workflow->policy() : Result<WorkflowPolicy>(WorkflowPolicy {});
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it) {
        QAction *action = it.value();
        QString reason;
        bool enabled = false;
        if (!m_workflow || !m_hasArticle || m_article.version == 0) {
            reason = tr("Save the article first.");
        } else {
            const TransitionDecision d = TransitionTable::decide(
                it.key(), m_article.status, m_session.roles,
                { m_article.createdBy == m_session.user, m_article.updatedBy == m_session.user },
                policy ? *policy : WorkflowPolicy {});
            enabled = d.allowed;
            reason = d.reason;
        }
        action->setEnabled(enabled);
        const QString plain = action->text().remove(u'&');
        action->setToolTip(enabled ? plain : u"%1: %2"_s.arg(plain, reason));
        action->setStatusTip(action->toolTip());
    }
}

void MainWindow::performWorkflowAction(WorkflowAction action)
{
    if (!m_workflow || !m_hasArticle)
        return;
    // What goes to review (or to the archive) is what is stored: save the typing first.
    if (m_modified && !m_readOnly && !save())
        return;
    const QUuid id = m_article.id;
    const Result<ArticleStatus> done = m_workflow->perform(m_session, id, action);
    if (!done) {
        QString text = done.error().message;
        if (!done.error().items.isEmpty())
            text += u"\n\n• "_s + done.error().items.join(u"\n• "_s);
        QMessageBox::warning(this, tr("Not done"), text);
        return;
    }
    openArticle(id);
    refreshList();
    statusBar()->showMessage(tr("The article is now: %1").arg(ArticleListModel::statusLabel(*done)),
                             5000);
}

void MainWindow::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_metadata->setReadOnly(readOnly);
    m_state->setToolTip(readOnly ? reason : QString());
    m_save->setEnabled(m_hasArticle && !readOnly && m_modified);
    m_duplicate->setEnabled(m_hasArticle && mayCreate());
}

void MainWindow::updateStatusLabels()
{
    if (!m_hasArticle) {
        m_state->setText(tr("No article open"));
        m_saveState->clear();
        m_stats->clear();
        return;
    }
    QString state = ArticleListModel::statusLabel(m_article.status);
    if (m_readOnly)
        state = tr("%1 (read-only)").arg(state);
    m_state->setText(state);
    if (m_modified)
        m_saveState->setText(tr("Unsaved changes"));
    else if (m_article.updated.isValid())
        m_saveState->setText(tr("Saved %1")
                                 .arg(QLocale().toString(m_article.updated.toLocalTime().time(),
                                                         QLocale::ShortFormat)));
    else
        m_saveState->setText(tr("Not saved yet"));
}

void MainWindow::updateChecklist()
{
    const auto items = SubmitChecklist::check(collectArticle(), 0, QDateTime::currentDateTimeUtc());
    QHash<QString, QString> failing;
    for (const ChecklistItem &item : items) {
        QString &msg = failing[item.field];
        msg = msg.isEmpty() ? item.message : msg + u'\n' + item.message;
    }
    m_metadata->setChecklist(failing);
}

void MainWindow::updateStats(int words, int characters)
{
    if (!m_hasArticle) {
        m_stats->clear();
        return;
    }
    const int perMinute = TextStats::wordsPerMinute(m_editor->language(), {});
    const int minutes = words > 0 ? int(std::ceil(double(words) / std::max(perMinute, 1))) : 0;
    m_stats->setText(tr("%n word(s)", nullptr, words) + u" · "_s
                     + tr("%n character(s)", nullptr, characters) + u" · "_s
                     + tr("%n min read", nullptr, minutes));
}

bool MainWindow::save()
{
    if (!m_workflow || !m_hasArticle || m_readOnly)
        return false;
    m_saveState->setText(tr("Saving…"));
    Article a = collectArticle();
    if (a.createdBy.isEmpty())
        a.createdBy = m_session.user;
    // Through the workflow: the save is checked against the user's rights, audited, and voids
    // an approval.
    auto saved = m_workflow->saveArticle(m_session, a, m_article.version);
    if (!saved) {
        const StoreError &e = saved.error();
        if (e.kind == StoreError::Kind::Conflict && e.storedVersion > 0) {
            // Someone saved meanwhile: the dialog shows their changes and the user chooses;
            // until then nothing typed is dropped.
            Article mine = a;
            mine.version = m_article.version;
            ConflictDialog dialog(*m_workflow, m_session, mine, this);
            dialog.exec();
            if (dialog.choice() == ConflictDialog::Choice::None) {
                updateStatusLabels();
                return false;
            }
            const bool kept = dialog.choice() == ConflictDialog::Choice::KeptMine;
            setModified(false);
            openArticle(a.id);
            refreshList();
            if (kept)
                Q_EMIT articleSaved(a.id);
            return kept;
        } else
            QMessageBox::warning(this, tr("Cannot save the article"), e.message);
        updateStatusLabels();
        return false;
    }
    m_article = a;
    m_article.version = saved->version;
    m_article.updated = saved->savedAt;
    m_article.updatedBy = m_session.user;
    // The workflow may have moved it (an edited approved article goes back to draft).
    if (auto summary = m_store->articleSummary(a.id))
        m_article.status = summary->status;
    m_autosave->reset();
    setModified(false);
    QString reason;
    setReadOnly(!mayEdit(&reason), reason);
    updateStatusLabels();
    setWindowTitle(
        tr("%1 — Newsroom").arg(a.meta.headline.isEmpty() ? tr("Untitled") : a.meta.headline));
    refreshList();
    if (m_review) {
        m_review->setArticle(m_article);
        m_review->refresh();
    }
    Q_EMIT articleSaved(a.id);
    return true;
}

int MainWindow::offerRecovery()
{
    if (!m_store)
        return 0;
    const Result<QList<RecoveryInfo>> offered = RecoveryDialog::offered(*m_store, m_session.user);
    if (!offered || offered->isEmpty())
        return 0;
    RecoveryDialog dialog(*m_store, m_session.user, this);
    connect(&dialog, &RecoveryDialog::restoreRequested, this, [this](const RecoveryState &state) {
        // The stored article gives state, author and rights; the recovered text goes on top,
        // based on the version it was typed on (a save after theirs meets the conflict dialog).
        Result<Article> stored = m_store->article(state.article.id);
        Article a = stored ? *stored : state.article;
        a.meta = state.article.meta;
        a.body = state.article.body;
        a.images = state.article.images;
        a.version = state.info.baseVersion;
        m_article = a;
        m_hasArticle = true;
        loadIntoWidgets();
        setModified(true);
    });
    dialog.exec();
    return int(offered->size());
}

void MainWindow::setSignIn(SignIn signIn)
{
    m_signIn = std::move(signIn);
    m_switchUser->setEnabled(bool(m_signIn));
}

void MainWindow::setConnectToServer(ConnectToServer connect)
{
    m_connectToServer = std::move(connect);
    m_connectServer->setEnabled(bool(m_connectToServer));
}

bool MainWindow::connectToServer()
{
    if (!m_connectToServer || !confirmDiscard())
        return false;
    return m_connectToServer(this);
}

void MainWindow::useNewsroom(Workflow *workflow, const WorkflowSession &session)
{
    m_article = {};
    m_hasArticle = false;
    loadIntoWidgets();
    setWindowTitle(tr("Newsroom"));
    setWorkflow(workflow, session);
    offerRecovery();
}

void MainWindow::setLocation(const QString &text)
{
    m_locationLabel->setText(text);
    m_locationLabel->setVisible(!text.isEmpty());
}

bool MainWindow::switchUser()
{
    if (!m_workflow || !m_signIn || !confirmDiscard())
        return false;
    const std::optional<WorkflowSession> session = m_signIn(this);
    if (!session)
        return false;
    m_article = {};
    m_hasArticle = false;
    loadIntoWidgets();
    setWindowTitle(tr("Newsroom"));
    setWorkflow(m_workflow, *session);
    offerRecovery();
    return true;
}

void MainWindow::autosave()
{
    if (!m_store || !m_hasArticle || !m_modified || m_readOnly)
        return;
    Article state = collectArticle();
    if (auto r = m_store->saveRecovery(state, m_session.user); !r)
        statusBar()->showMessage(tr("Autosave failed: %1").arg(r.error().message), 8000);
}

bool MainWindow::confirmDiscard()
{
    if (!m_modified || !m_hasArticle || m_readOnly)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to this article?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        if (m_store)
            (void)m_store->discardRecovery(m_article.id, m_session.user);
        setModified(false);
        return true;
    }
    return false;
}
