#include "PlainBodyEditor.h"

#include "article/CanonicalBody.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

PlainBodyEditor::PlainBodyEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("bodyEditor"));
    setAcceptRichText(true);
    setTabChangesFocus(false);
}

void PlainBodyEditor::setBody(const QString &canonicalHtml)
{
    CanonicalBody::load(*QTextEdit::document(), canonicalHtml);
    QTextEdit::document()->setModified(false);
}

QString PlainBodyEditor::body() const
{
    return CanonicalBody::serialise(*QTextEdit::document());
}

void PlainBodyEditor::insertFromMimeData(const QMimeData *source)
{
    // Pasted HTML goes through the store's allowlist; everything else as plain text.
    if (source->hasHtml()) {
        QTextDocument scratch;
        CanonicalBody::load(scratch, CanonicalBody::sanitise(source->html()));
        textCursor().insertFragment(QTextDocumentFragment(&scratch));
        return;
    }
    if (source->hasText())
        textCursor().insertText(source->text());
}
