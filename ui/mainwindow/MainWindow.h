#pragma once

#include "article/Article.h"
#include "workflow/Workflow.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class ArticleEditor;
class BundleExportController;
class AutosaveThrottle;
class ArticleFilterBar;
class ArticleListModel;
class ArticleListView;
class MetadataPanel;
class QAction;
class QMenu;
class QVBoxLayout;
class ReviewDocks;
class QLabel;
class QSplitter;
class QTimer;
class SqlStore;
class StoreEvents;

// The press officer's main window: article list, editor and metadata panel around one article,
// for the user signed in to the workflow. Whether the article may be edited, and every save,
// go through the workflow (core), which also audits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Works as the session's user on the workflow's store (both outlive the window, or until
    // the next setWorkflow). Fills the list. A store with events() (a team server) refreshes
    // the list, the review queue and the notifications when the server tells of a change;
    // others are polled (setExternalChangeInterval).
    void setWorkflow(Workflow *workflow, const WorkflowSession &session);
    // Continues on another newsroom (a team server after the local one): the open article is
    // closed first (the caller asked about unsaved changes), then as setWorkflow.
    void useNewsroom(Workflow *workflow, const WorkflowSession &session);
    // Which newsroom this is, for the status bar ("Team server: host/db", the local file).
    void setLocation(const QString &text);
    void setSections(const QStringList &sections);
    // How often to look for changes other processes committed (0: never).
    void setExternalChangeInterval(int ms);
    // Signs a user in (the application's sign-in dialog), for Switch User; nullopt: cancelled.
    using SignIn = std::function<std::optional<WorkflowSession>(QWidget *parent)>;
    // Without one (a team server: the connection is the sign-in) Switch User is disabled.
    void setSignIn(SignIn signIn);
    // Connects to a team server (the application's TeamServerDialog) and, when it did, moves
    // the window there with useNewsroom; false when cancelled.
    using ConnectToServer = std::function<bool(QWidget *parent)>;
    void setConnectToServer(ConnectToServer connect);
    // File ▸ Connect to Team Server…: asks about unsaved changes first.
    bool connectToServer();
    // Offers the signed-in user's recovery slots newer than their articles' last revisions
    // (unsaved text a crash left); returns how many were offered.
    int offerRecovery();
    // Asks for another user (after the unsaved-changes question) and continues as them in
    // this window; false when cancelled.
    bool switchUser();

    // Opens an article from the store; false (with a message) when it cannot.
    bool openArticle(const QUuid &id);
    // Starts an unsaved article from a template (ArticleTemplates ids).
    void newArticle(const QString &templateId = QStringLiteral("news-item"));
    // The explicit save: a new revision, through the workflow. On a conflict or a refusal the
    // text stays in the editor.
    bool save();
    void duplicateArticle();

    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    const Article &currentArticle() const { return m_article; }
    const WorkflowSession &session() const { return m_session; }

    QAction *quitAction() const { return m_quit; }
    QAction *saveAction() const { return m_save; }
    QAction *newAction() const { return m_new; }
    QAction *findAction() const { return m_find; }
    QAction *exportAction() const { return m_export; }
    QAction *exportApprovedAction() const { return m_exportApproved; }
    QAction *previewAction() const { return m_preview; }
    BundleExportController *bundleController() const { return m_bundles; }
    QAction *switchUserAction() const { return m_switchUser; }
    QAction *connectToServerAction() const { return m_connectServer; }
    ReviewDocks *reviewDocks() const { return m_review; }
    ArticleListModel *listModel() const { return m_model; }
    ArticleListView *listView() const { return m_list; }
    ArticleFilterBar *filterBar() const { return m_filterBar; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    ArticleEditor *editor() const { return m_editor; }
    QLabel *userLabel() const { return m_userLabel; }
    QLabel *locationLabel() const { return m_locationLabel; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *saveStateLabel() const { return m_saveState; }
    QLabel *statsLabel() const { return m_stats; }

Q_SIGNALS:
    // After a save, so other windows on the same store can refresh.
    void articleSaved(const QUuid &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();

    void loadIntoWidgets();
    Article collectArticle() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly, const QString &reason = {});
    // Asks the workflow's transition table whether the signed-in user may edit the article.
    bool mayEdit(QString *reason) const;
    bool mayCreate() const;
    void updateStatusLabels();
    void updateChecklist();
    // Export… and Preview follow the article and the user (BundleExportController decides).
    void updateBundleActions();
    // Submit, withdraw, archive, restore: enabled as the transition table says, the reason in
    // the tooltip when not.
    void updateWorkflowActions();
    void performWorkflowAction(WorkflowAction action);
    void updateStats(int words, int characters);
    void autosave();
    void refreshList();
    bool confirmDiscard();
    void pollExternalChanges();
    // The server's change notices, gathered for a moment: a burst of saves refreshes once.
    void followStoreEvents();
    void applyStoreEvents();

    Workflow *m_workflow = nullptr;
    SqlStore *m_store = nullptr;
    WorkflowSession m_session;
    Article m_article;
    bool m_hasArticle = false;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_loading = false;

    ArticleListModel *m_model = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleFilterBar *m_filterBar = nullptr;
    ArticleEditor *m_editor = nullptr;
    MetadataPanel *m_metadata = nullptr;
    QSplitter *m_splitter = nullptr;
    AutosaveThrottle *m_autosave = nullptr;
    QTimer *m_changePoll = nullptr;
    qint64 m_lastChangeCounter = -1;
    QPointer<StoreEvents> m_events;
    QTimer *m_eventRefresh = nullptr;
    bool m_submissionsSeen = false;

    QLabel *m_userLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_stats = nullptr;

    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportApproved = nullptr;
    BundleExportController *m_bundles = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_connectServer = nullptr;
    ConnectToServer m_connectToServer;
    QMenu *m_viewMenu = nullptr;
    QMap<WorkflowAction, QAction *> m_workflowActions;
    QVBoxLayout *m_editorColumn = nullptr;
    ReviewDocks *m_review = nullptr;
    SignIn m_signIn;
    QList<QAction *> m_templateActions;
};
