#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal, dismissable message above the text (in the manner of KMessageWidget): tells what a
// paste or the source view had to drop without stopping the user's work. An optional action
// button lets the user act on it ("Back to the source").
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the message; an empty actionText hides the action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void actionTriggered();

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};
