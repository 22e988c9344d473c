#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(Authenticator authenticator, QWidget *parent)
    : QDialog(parent)
    , m_authenticator(std::move(authenticator))
{
    setObjectName(u"signInDialog"_s);
    // The application's name, as the main window has it: this is the program's first window.
    setWindowTitle(tr("Newsroom"));

    m_intro = new QLabel(tr("Sign in with your newsroom account."), this);
    m_intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userName"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(tr("&Repeat password:"), this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    m_message = new QLabel(this);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_demo = new QLabel(this);
    m_demo->setObjectName(u"demoAccounts"_s);
    m_demo->setWordWrap(true);
    m_demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demo->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_repeatLabel, m_repeat);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    m_teamServer = m_buttons->addButton(tr("&Team Server…"), QDialogButtonBox::ActionRole);
    m_teamServer->setObjectName(u"teamServerButton"_s);
    m_teamServer->setToolTip(tr("Work on a newsroom shared by several desks"));
    m_teamServer->hide();
    connect(m_teamServer, &QPushButton::clicked, this, [this] {
        if (!m_worker && m_teamServerHandler && m_teamServerHandler(this))
            done(TeamServerChosen);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demo);
    layout->addWidget(m_buttons);

    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_repeat, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    setFirstUserMode(false);
    setMinimumWidth(380);
}

SignInDialog::~SignInDialog()
{
    // The check cannot be interrupted; it ends within a hash's time.
    if (m_worker)
        m_worker->wait();
}

void SignInDialog::setDemoAccounts(const QList<std::pair<QString, QString>> &accounts)
{
    QStringList lines;
    for (const auto &[name, password] : accounts)
        lines << tr("%1 — password %2").arg(name, password);
    m_demo->setText(tr("This is the sample newsroom. Demo accounts:") + u'\n' + lines.join(u'\n'));
    m_demo->setVisible(!accounts.isEmpty());
}

void SignInDialog::setFirstUserMode(bool firstUser)
{
    m_firstUser = firstUser;
    m_intro->setText(firstUser ? tr("This newsroom has no users yet. Create the first account: it "
                                    "administers the newsroom's users and writes articles.")
                               : tr("Sign in with your newsroom account."));
    m_repeatLabel->setVisible(firstUser);
    m_repeat->setVisible(firstUser);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(firstUser ? tr("&Create Account") : tr("&Sign In"));
    updateButtons();
}

void SignInDialog::setUserName(const QString &name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setTeamServerHandler(TeamServerHandler handler)
{
    m_teamServerHandler = std::move(handler);
    m_teamServer->setVisible(bool(m_teamServerHandler));
}

void SignInDialog::updateButtons()
{
    bool ok = !m_worker && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    if (m_firstUser)
        ok = ok && m_repeat->text() == m_password->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_teamServer->setEnabled(!m_worker);
}

void SignInDialog::setBusy(bool busy)
{
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    if (busy) {
        m_message->setText(m_firstUser ? tr("Creating the account…") : tr("Signing in…"));
        m_message->show();
    }
    updateButtons();
}

void SignInDialog::accept()
{
    if (m_worker || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    SignInRequest request { m_user->text().trimmed(), m_password->text().toUtf8(), m_firstUser };
    // The password leaves the widget now; a failed attempt starts with an empty field.
    m_password->clear();
    m_repeat->clear();
    m_result = std::make_shared<std::optional<Result<WorkflowSession>>>();
    auto result = m_result;
    Authenticator authenticate = m_authenticator;
    m_worker = QThread::create([authenticate, request, result]() mutable {
        result->emplace(authenticate(request));
        request.password.fill('\0');
    });
    m_worker->setObjectName(u"signIn"_s);
    // finished() is emitted in the worker; the connection queues it to this (GUI) thread.
    connect(m_worker, &QThread::finished, this, &SignInDialog::checkFinished);
    setBusy(true);
    m_worker->start();
}

void SignInDialog::reject()
{
    if (m_worker)
        return; // the answer is a moment away; closing now would leave it nowhere
    QDialog::reject();
}

void SignInDialog::checkFinished()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    setBusy(false);
    const Result<WorkflowSession> result = m_result && m_result->has_value()
        ? **m_result
        : Result<WorkflowSession>(StoreError::storage(tr("The sign-in check did not finish.")));
    m_result.reset();
    if (result) {
        m_session = *result;
        m_message->hide();
        QDialog::accept();
        return;
    }
    m_message->setText(result.error().message);
    m_message->show();
    m_password->setFocus();
    Q_EMIT signInFailed(result.error().message);
}
