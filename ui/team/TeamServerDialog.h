#pragma once

#include "storage/Result.h"
#include "team/TeamServerAddress.h"
#include "workflow/SignInRequest.h"
#include "workflow/Workflow.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;
class SecretStore;

// "Connect to Team Server": where the server is, who signs in, and whether to remember the
// password. On a team server connecting is signing in (PostgreSQL checks the password of the
// user's login role), so Connect runs the whole sign-in — on a worker thread, since a server
// far away or not answering takes seconds — and the dialog closes only when it succeeded.
//
// The address (not the password) is remembered in the settings whenever a connection succeeds,
// so that the next start offers that server; the password only when asked, and then in the
// desktop keychain (SecretStore), never in a file of ours.
class TeamServerDialog : public QDialog
{
    Q_OBJECT

public:
    // Runs on the worker thread: must open connections of its own (SignInRequest::runOnServer).
    using Connector
        = std::function<Result<WorkflowSession>(const SignInRequest &, const PgConnInfo &)>;

    // Prefilled with the remembered server, and its remembered password when there is one.
    TeamServerDialog(SecretStore &secrets, Connector connector, QWidget *parent = nullptr);
    ~TeamServerDialog() override;

    void setAddress(const TeamServerAddress &address);
    TeamServerAddress address() const;
    // Connects as soon as the remembered password has been read (at start, to the remembered
    // server); without one the dialog waits for the user.
    void connectWithRememberedPassword();
    // The reject button's text ("Cancel", or "Use Local Newsroom" at start).
    void setRejectText(const QString &text);

    // After accept(): the connection that succeeded (with the password, for the window's own
    // connection) and who signed in.
    const PgConnInfo &connection() const { return m_connection; }
    const WorkflowSession &session() const { return m_session; }
    // After accept(): why the password could not be remembered (the connection succeeded).
    QString rememberError() const { return m_rememberError; }
    bool isBusy() const { return m_worker != nullptr; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QLabel *securityLabel() const { return m_security; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *forgetButton() const { return m_forget; }

public Q_SLOTS:
    void accept() override; // validates, then connects; closes when signed in
    void reject() override;

Q_SIGNALS:
    // A refused attempt: the form's problem or the server's answer (also shown on the dialog).
    void connectFailed(const QString &message);

private:
    void readRememberedPassword(bool thenConnect);
    void chooseCaFile();
    void updateSecurityNote();
    void showMessage(const QString &text);
    void setBusy(bool busy);
    void connectFinished();
    void rememberAndClose();
    // Forgets the remembered server and its password (the next start is local) and closes.
    void forget();

    SecretStore &m_secrets;
    Connector m_connector;
    PgConnInfo m_connection;
    WorkflowSession m_session;
    QString m_rememberError;
    QString m_attemptPassword; // kept from Connect until the answer (remembering needs it)

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_forget = nullptr;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::optional<Result<WorkflowSession>>> m_result;
    // Expires with the dialog, so that keychain answers arriving later call nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
