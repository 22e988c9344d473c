#include "TeamServerDialog.h"

#include "mainwindow/Settings.h"
#include "team/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TeamServerDialog::TeamServerDialog(SecretStore &secrets, Connector connector, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_connector(std::move(connector))
{
    setObjectName(u"teamServerDialog"_s);
    setWindowTitle(tr("Connect to Team Server"));

    auto *intro = new QLabel(tr("Work on the articles of a newsroom shared by several desks. "
                                "Your user name and password are those of your account on the "
                                "server."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("newsroom.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(TeamServerAddress::kDefaultPort);
    // A port is a number, not a quantity: no group separators.
    m_port->setGroupSeparatorShown(false);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);

    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("newsroom"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("Optional: the CA that signed the server's certificate"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"browseCaFile"_s);
    connect(m_browse, &QPushButton::clicked, this, &TeamServerDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    m_security = new QLabel(this);
    m_security->setObjectName(u"securityNote"_s);
    m_security->setWordWrap(true);
    m_security->setTextFormat(Qt::PlainText);

    m_remember = new QCheckBox(tr("R&emember the password in the desktop keychain"), this);
    m_remember->setObjectName(u"rememberPassword"_s);

    m_message = new QLabel(this);
    m_message->setObjectName(u"teamServerMessage"_s);
    m_message->setWordWrap(true);
    // The server's answer is shown as it came (it names the cause), never as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("C&A certificate:"), caRow);
    form->addRow(QString(), m_security);
    form->addRow(QString(), m_remember);
    // The buddies of the rows above, for their mnemonics.
    for (QWidget *field : { static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                            static_cast<QWidget *>(m_password) }) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }
    if (auto *hostLabel = qobject_cast<QLabel *>(form->labelForField(hostRow)))
        hostLabel->setBuddy(m_host);
    if (auto *caLabel = qobject_cast<QLabel *>(form->labelForField(caRow)))
        caLabel->setBuddy(m_caFile);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_forget = m_buttons->addButton(tr("&Forget Server"), QDialogButtonBox::ResetRole);
    m_forget->setObjectName(u"forgetServer"_s);
    m_forget->setToolTip(tr("Do not offer this server at start any more, and forget its password"));
    connect(m_forget, &QPushButton::clicked, this, &TeamServerDialog::forget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // A long refusal from the server makes the dialog taller rather than squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_caFile, &QLineEdit::textChanged, this, &TeamServerDialog::updateSecurityNote);
    connect(m_host, &QLineEdit::textChanged, this, &TeamServerDialog::updateSecurityNote);
    setMinimumWidth(480);

    const TeamServerAddress remembered = Settings().teamServer();
    m_forget->setVisible(!remembered.isEmpty());
    setAddress(remembered);
    if (!remembered.isEmpty())
        readRememberedPassword(false);
}

TeamServerDialog::~TeamServerDialog()
{
    // A connection attempt cannot be interrupted; it ends within libpq's connect_timeout.
    if (m_worker)
        m_worker->wait();
}

void TeamServerDialog::setAddress(const TeamServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port > 0 ? address.port : TeamServerAddress::kDefaultPort);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_caFile->setText(address.caFile);
    updateSecurityNote();
    if (!address.isEmpty())
        m_password->setFocus();
}

TeamServerAddress TeamServerDialog::address() const
{
    TeamServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.caFile = m_caFile->text().trimmed();
    return a;
}

void TeamServerDialog::setRejectText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Cancel)->setText(text);
}

void TeamServerDialog::connectWithRememberedPassword()
{
    readRememberedPassword(true);
}

void TeamServerDialog::readRememberedPassword(bool thenConnect)
{
    const TeamServerAddress a = address();
    if (!a.problem().isEmpty()) {
        if (thenConnect)
            accept(); // shows what is wrong with the remembered address
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    m_secrets.read(a.secretKey(), [this, alive, thenConnect](const Result<QString> &secret) {
        if (alive.expired())
            return;
        if (secret) {
            m_password->setText(*secret);
            m_remember->setChecked(true);
            if (thenConnect)
                accept();
            return;
        }
        if (secret.error().kind != StoreError::Kind::NotFound)
            showMessage(tr("The remembered password could not be read (%1). Enter it.")
                            .arg(secret.error().message));
        m_password->setFocus();
    });
}

void TeamServerDialog::chooseCaFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void TeamServerDialog::updateSecurityNote()
{
    if (m_caFile->text().trimmed().isEmpty()) {
        m_security->setText(
            m_host->text().trimmed().startsWith(u'/')
                ? tr("A local socket: nothing leaves this computer.")
                : tr("Without a CA certificate the connection may be encrypted, but the "
                     "server's identity is not checked."));
    } else {
        m_security->setText(tr("Encrypted (TLS); the server's certificate must be signed by "
                               "this CA and name the host (verify-full)."));
    }
}

void TeamServerDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TeamServerDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_host, m_port, m_database, m_user, m_password,
                                            m_caFile, m_browse, m_remember, m_forget })
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void TeamServerDialog::accept()
{
    if (m_worker)
        return;
    const TeamServerAddress a = address();
    QString problem = a.problem();
    QWidget *culprit = nullptr;
    if (!problem.isEmpty()) {
        if (a.host.isEmpty() || a.host.contains(u' '))
            culprit = m_host;
        else if (a.database.isEmpty())
            culprit = m_database;
        else if (a.user.isEmpty())
            culprit = m_user;
        else
            culprit = m_caFile;
    } else if (m_password->text().isEmpty()) {
        problem = tr("Enter your password.");
        culprit = m_password;
    }
    if (!problem.isEmpty()) {
        showMessage(problem);
        if (culprit)
            culprit->setFocus();
        Q_EMIT connectFailed(problem);
        return;
    }

    m_attemptPassword = m_password->text();
    SignInRequest request { a.user, m_attemptPassword.toUtf8(), false };
    const PgConnInfo connection = a.connInfo({});
    m_result = std::make_shared<std::optional<Result<WorkflowSession>>>();
    auto result = m_result;
    Connector connector = m_connector;
    m_worker = QThread::create([connector, request, connection, result]() mutable {
        result->emplace(connector(request, connection));
        request.password.fill('\0');
    });
    m_worker->setObjectName(u"teamServerConnect"_s);
    // finished() is emitted in the worker; the connection queues it to this (GUI) thread.
    connect(m_worker, &QThread::finished, this, &TeamServerDialog::connectFinished);
    showMessage(tr("Connecting to %1…").arg(a.label()));
    setBusy(true);
    m_worker->start();
}

void TeamServerDialog::reject()
{
    if (m_worker)
        return; // the answer comes within the connect timeout; nowhere to deliver it otherwise
    QDialog::reject();
}

void TeamServerDialog::connectFinished()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    setBusy(false);
    const Result<WorkflowSession> result = m_result && m_result->has_value()
        ? **m_result
        : Result<WorkflowSession>(StoreError::storage(tr("The connection attempt did not end.")));
    m_result.reset();
    if (!result) {
        QString text = result.error().message;
        // The server's own words, when the message does not already carry them.
        if (!result.error().detail.isEmpty() && !text.contains(result.error().detail.simplified()))
            text += u"\n\n"_s + result.error().detail.trimmed();
        showMessage(text);
        m_attemptPassword.clear();
        if (result.error().kind == StoreError::Kind::PermissionDenied) {
            m_password->clear();
            m_password->setFocus();
        }
        Q_EMIT connectFailed(text);
        return;
    }
    m_session = *result;
    m_connection = address().connInfo(m_attemptPassword);
    rememberAndClose();
}

void TeamServerDialog::forget()
{
    if (m_worker)
        return;
    const TeamServerAddress remembered = Settings().teamServer();
    {
        Settings settings;
        settings.clearTeamServer();
        settings.sync();
    }
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    m_secrets.remove(remembered.secretKey(), [this, alive](const Result<void> &r) {
        if (alive.expired())
            return;
        setBusy(false);
        if (!r) {
            // The server is forgotten; the keychain entry stays: say so rather than pretend.
            showMessage(r.error().message);
            return;
        }
        QDialog::reject();
    });
}

void TeamServerDialog::rememberAndClose()
{
    const TeamServerAddress a = address();
    {
        Settings settings;
        settings.setTeamServer(a);
        settings.sync();
    }
    const bool remember = m_remember->isChecked();
    const QString password = m_attemptPassword;
    m_attemptPassword.clear();
    showMessage(remember ? tr("Remembering the password…") : QString());
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    const auto done = [this, alive](const Result<void> &r) {
        if (alive.expired())
            return;
        setBusy(false);
        if (!r)
            m_rememberError = r.error().message;
        showMessage({});
        QDialog::accept();
    };
    // Not remembering also forgets a password remembered before for this login.
    if (remember)
        m_secrets.write(a.secretKey(), password, done);
    else
        m_secrets.remove(a.secretKey(), done);
}
