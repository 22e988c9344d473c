#pragma once

#include "history/RevisionHistory.h"

#include <QDialog>

class DiffView;
class QLabel;
class QPushButton;

// Shown when a save is refused because someone else saved the article meanwhile. Shows what
// changed on the other side (their version against the one the user started from), or — with
// Compare — their version against the user's text, and offers:
// - Keep mine: the user's text is saved as the newest revision, on top of theirs;
// - Take theirs: the user's text goes to their recovery slot (offered again at start) and the
//   editor loads their version;
// - Decide later (closing the dialog): nothing is saved or dropped; the editor keeps the text.
// Nothing typed is discarded without one of these explicit choices.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, KeptMine, TookTheirs };

    // mine: the editor's state; mine.version is the version it was based on.
    ConflictDialog(Workflow &workflow, const WorkflowSession &session, const Article &mine,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // KeptMine: the version the user's text was saved as.
    int savedVersion() const { return m_savedVersion; }
    // Their version as stored now (TookTheirs: what the editor should load).
    const Article &theirs() const { return m_theirs; }

    DiffView *diffView() const { return m_diff; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *compareButton() const { return m_compare; }
    QString message() const;

    void keepMine();
    void takeTheirs();
    // Toggles between "what they changed" and "theirs against mine".
    void toggleCompare();

private:
    bool loadTheirs();
    void showTheirChanges();
    void showMineAgainstTheirs();
    void showError(const QString &text);

    Workflow &m_workflow;
    WorkflowSession m_session;
    Article m_mine;
    Article m_theirs;
    Choice m_choice = Choice::None;
    int m_savedVersion = 0;
    bool m_comparingMine = false;
    QLabel *m_explanation;
    DiffView *m_diff;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_compare;
    QPushButton *m_later;
};
