#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a link's address (and its text when nothing is selected). Only web, e-mail and
// telephone links are accepted — an article must never carry javascript:, data: or file: links —
// and the dialog says so instead of silently dropping the address.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setLinkText(const QString &text);
    QString linkText() const;
    void setUrl(const QUrl &url);
    // The checked, normalised address; valid only when the dialog was accepted.
    QUrl url() const;

    // Normalises what the user typed ("kopyl.gov.by" → https://kopyl.gov.by, "a@b.by" →
    // mailto:a@b.by) and checks the scheme. On refusal returns an invalid QUrl and sets *error.
    static QUrl checkedUrl(const QString &input, QString *error = nullptr);

    void accept() override;

private:
    void validate();

    QLineEdit *m_text = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QUrl m_checked;
};
