#pragma once

#include "history/ArticleDiff.h"
#include "storage/Store.h"

#include <QDialog>

#include <optional>

class DiffView;
class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

// Offered at start: every recovery slot of the user that is newer than its article's last saved
// revision (unsaved typing a crash left behind). For each: Restore (the editor loads it; it stays
// in its slot until saved), Compare (with the article as stored), or Discard — which asks once
// more before anything is deleted.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(Store &store, const QString &user, QWidget *parent = nullptr);

    // The slots worth offering (newer than the stored article), newest first.
    static Result<QList<RecoveryInfo>> offered(Store &store, const QString &user);

    int count() const;
    void selectRow(int row);
    void restoreSelected();
    void compareSelected();
    // First call asks; confirmDiscard() then deletes, cancelDiscard() keeps.
    void discardSelected();
    void confirmDiscard();
    void cancelDiscard();

    QListWidget *list() const { return m_list; }
    DiffView *diffView() const { return m_diff; }
    QWidget *discardConfirmation() const { return m_confirmBox; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *confirmDiscardButton() const { return m_confirmDiscard; }
    QString message() const;

Q_SIGNALS:
    // The editor should open this state (article.version = the version it was based on).
    void restoreRequested(const RecoveryState &state);

private:
    void reload();
    void updateButtons();
    std::optional<RecoveryState> selectedState();
    void showError(const QString &text);

    Store &m_store;
    QString m_user;
    QList<RecoveryInfo> m_slots;
    QListWidget *m_list;
    DiffView *m_diff;
    QLabel *m_message;
    QPushButton *m_restore;
    QPushButton *m_compare;
    QPushButton *m_discard;
    QWidget *m_confirmBox;
    QLabel *m_confirmText;
    QPushButton *m_confirmDiscard;
    QPushButton *m_keep;
};
