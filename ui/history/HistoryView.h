#pragma once

#include "history/RevisionHistory.h"

#include <QWidget>

#include <functional>

class DiffView;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// An article's history: every revision (who, when, in which state) with the state changes in
// between and the approval records; two revisions picked from it are compared in the diff view
// below; a revision can be restored (a new revision on top, after a confirmation).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    // Asks the user a yes/no question; the default shows a message box. Tests replace it.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    explicit HistoryView(Workflow &workflow, QWidget *parent = nullptr);

    // Who restores (the signed-in user).
    void setSession(const WorkflowSession &session);
    void setArticle(const QUuid &articleId);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Reloads from the store.
    void refresh();
    // Shows the diff between two revisions.
    void compare(int fromVersion, int toVersion);
    // Restores the revision chosen as "to" (after confirming); true when a revision was saved.
    bool restoreSelected();

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *approvals() const { return m_approvals; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }
    DiffView *diffView() const { return m_diff; }
    QString message() const;

Q_SIGNALS:
    // A revision was restored as newVersion: the editor should reload the article.
    void restored(const QUuid &articleId, int newVersion);

private:
    void showError(const StoreError &error);
    void updateButtons();

    Workflow &m_workflow;
    RevisionHistory m_history;
    WorkflowSession m_session;
    QUuid m_articleId;
    int m_currentVersion = 0;
    Confirm m_confirm;
    QTreeWidget *m_timeline;
    QTreeWidget *m_approvals;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QLabel *m_message;
    DiffView *m_diff;
};
