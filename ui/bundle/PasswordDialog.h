#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the signed-in user's password again, to unlock their signing key for one action
// (an approval, a bundle's signature). The password is handed out once and wiped here.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // prompt: what the password is for, as a sentence.
    explicit PasswordDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // Shown under the field (a previous attempt's refusal).
    void setMessage(const QString &message);
    // The typed password; the field is cleared.
    QByteArray takePassword();

    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *messageLabel() const { return m_message; }

private:
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
