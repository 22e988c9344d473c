#pragma once

#include "BodyEditor.h"

#include <QTextEdit>

// A QTextEdit over the canonical body: loads and serialises through CanonicalBody so that
// what is saved is exactly what the store's allowlist accepts.
class PlainBodyEditor
    : public QTextEdit
    , public BodyEditor
{
    Q_OBJECT

public:
    explicit PlainBodyEditor(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QTextDocument *document() override { return QTextEdit::document(); }
    void setBody(const QString &canonicalHtml) override;
    QString body() const override;
    QString plainText() const override { return toPlainText(); }
    void setReadOnly(bool readOnly) override { QTextEdit::setReadOnly(readOnly); }

protected:
    void insertFromMimeData(const QMimeData *source) override;
};
