#pragma once

#include "article/Article.h"

#include <QMainWindow>
#include <QUuid>

class AutosaveThrottle;
class ArticleFilterBar;
class ArticleListModel;
class ArticleListView;
class BodyEditor;
class MetadataPanel;
class QAction;
class QLabel;
class QSplitter;
class QTimer;
class Store;

// The press officer's main window: article list, editor and metadata panel around one article.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Works on the store as user (the store outlives the window). Fills the list.
    void setStore(Store *store, const QString &user, const QString &roleLabel = {});
    void setSections(const QStringList &sections);
    // How often to look for changes other processes committed (0: never).
    void setExternalChangeInterval(int ms);

    // Opens an article from the store; false (with a message in the status bar) when it cannot.
    bool openArticle(const QUuid &id);
    // Starts an unsaved article from a template (ArticleTemplates ids).
    void newArticle(const QString &templateId = QStringLiteral("news-item"));
    // The explicit save: a new revision. On a conflict the text stays in the editor.
    bool save();
    void duplicateArticle();

    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    const Article &currentArticle() const { return m_article; }

    QAction *quitAction() const { return m_quit; }
    QAction *saveAction() const { return m_save; }
    QAction *newAction() const { return m_new; }
    QAction *findAction() const { return m_find; }
    ArticleListModel *listModel() const { return m_model; }
    ArticleListView *listView() const { return m_list; }
    ArticleFilterBar *filterBar() const { return m_filterBar; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    BodyEditor *editor() const { return m_editor; }
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
    void createToolBar();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();

    void loadIntoWidgets();
    Article collectArticle() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    void updateStatusLabels();
    void updateChecklist();
    void updateStats();
    void autosave();
    void refreshList();
    bool confirmDiscard();
    void pollExternalChanges();

    Store *m_store = nullptr;
    QString m_user;
    Article m_article;
    bool m_hasArticle = false;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_loading = false;

    ArticleListModel *m_model = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleFilterBar *m_filterBar = nullptr;
    BodyEditor *m_editor = nullptr;
    MetadataPanel *m_metadata = nullptr;
    QSplitter *m_splitter = nullptr;
    AutosaveThrottle *m_autosave = nullptr;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_changePoll = nullptr;
    qint64 m_lastChangeCounter = -1;

    QLabel *m_userLabel = nullptr;
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
    QList<QAction *> m_templateActions;
};
