#include "LinkDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"linkDialog"_s);
    setWindowTitle(tr("Link"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"linkText"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"linkUrl"_s);
    m_url->setPlaceholderText(tr("https://…, mailto:…, tel:…"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"linkError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    m_error->setPalette(pal);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::validate);
    validate();
    m_url->setFocus();
}

void LinkDialog::setLinkText(const QString &text)
{
    m_text->setText(text);
}

QString LinkDialog::linkText() const
{
    return m_text->text();
}

void LinkDialog::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
}

QUrl LinkDialog::url() const
{
    return m_checked;
}

QUrl LinkDialog::checkedUrl(const QString &input, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the link's address."));

    QString candidate = text;
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    static const QRegularExpression email(u"^[^\\s@/:]+@[^\\s@/:]+\\.[^\\s@/:]+$"_s);
    if (!scheme.match(text).hasMatch() || text.startsWith(u"www."_s, Qt::CaseInsensitive)) {
        if (email.match(text).hasMatch())
            candidate = u"mailto:"_s + text;
        else
            candidate = u"https://"_s + text;
    }
    const QUrl url(candidate, QUrl::StrictMode);
    const QString s = url.scheme().toLower();
    if (s != u"http"_s && s != u"https"_s && s != u"mailto"_s && s != u"tel"_s) {
        return fail(tr("“%1:” links are not allowed. Use a web address (http, https), an e-mail "
                       "address (mailto) or a telephone number (tel).")
                        .arg(s.isEmpty() ? text.section(u':', 0, 0) : s));
    }
    if (!url.isValid())
        return fail(tr("This is not a valid address: %1").arg(url.errorString()));
    if ((s == u"http"_s || s == u"https"_s) && url.host().isEmpty())
        return fail(tr("A web address needs a host name, such as kopyl.gov.by."));
    if ((s == u"mailto"_s || s == u"tel"_s) && url.path().isEmpty())
        return fail(tr("The address is empty after “%1:”.").arg(s));
    if (error)
        error->clear();
    return url;
}

void LinkDialog::validate()
{
    QString error;
    const bool empty = m_url->text().trimmed().isEmpty();
    m_checked = checkedUrl(m_url->text(), &error);
    m_error->setText(error);
    m_error->setVisible(!empty && !m_checked.isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_checked.isValid());
}

void LinkDialog::accept()
{
    validate();
    if (!m_checked.isValid())
        return;
    QDialog::accept();
}
