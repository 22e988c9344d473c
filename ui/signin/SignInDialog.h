#pragma once

#include "storage/Result.h"
#include "workflow/SignInRequest.h"
#include "workflow/Workflow.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

// Sign-in at start. The check itself (an Argon2id verification, ~0.1 s and 64 MiB by design) runs
// on a worker thread, so the dialog keeps painting; the authenticator given must therefore use
// its own database connection (SignInRequest::runOnOwnConnection), never the GUI thread's.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using Authenticator = std::function<Result<WorkflowSession>(const SignInRequest &)>;
    // Connects to a team server instead (the application's TeamServerDialog); true when it did.
    using TeamServerHandler = std::function<bool(QWidget *parent)>;
    // exec()'s result when the user went to a team server instead of signing in here.
    static constexpr int TeamServerChosen = 2;

    explicit SignInDialog(Authenticator authenticator, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Demo accounts (name, password) to print under the form: the sample newsroom only.
    void setDemoAccounts(const QList<std::pair<QString, QString>> &accounts);
    // A newsroom without users: the form creates the first (administrator) account.
    void setFirstUserMode(bool firstUser);
    void setUserName(const QString &name);
    // Shows "Team Server…"; when the handler connected, the dialog closes with
    // TeamServerChosen.
    void setTeamServerHandler(TeamServerHandler handler);

    // After accept(): who signed in.
    const WorkflowSession &session() const { return m_session; }
    bool isBusy() const { return m_worker != nullptr; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *demoLabel() const { return m_demo; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *teamServerButton() const { return m_teamServer; }

public Q_SLOTS:
    void accept() override; // starts the check; the dialog closes when it succeeds
    void reject() override;

Q_SIGNALS:
    // A failed attempt (the message is on the dialog too).
    void signInFailed(const QString &message);

private:
    void checkFinished();
    void setBusy(bool busy);
    void updateButtons();

    Authenticator m_authenticator;
    WorkflowSession m_session;
    bool m_firstUser = false;

    QLabel *m_intro = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_demo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_teamServer = nullptr;
    TeamServerHandler m_teamServerHandler;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::optional<Result<WorkflowSession>>> m_result;
};
