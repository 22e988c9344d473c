#include "BodyTextEdit.h"

#include "BodyFormatting.h"
#include "SpellCheckHighlighter.h"
#include "article/BodyFormats.h"
#include "article/CanonicalBody.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

BodyTextEdit::BodyTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(u"bodyTextEdit"_s);
    setAcceptRichText(true);
    setTabChangesFocus(false);
    setAutoFormatting(QTextEdit::AutoNone);
}

BodyTextEdit::~BodyTextEdit() = default;

void BodyTextEdit::setTypography(const Typography &typography)
{
    m_typography = typography;
}

SpellCheckHighlighter *BodyTextEdit::ensureSpellChecker()
{
    if (!m_spell) {
        m_spell = new SpellCheckHighlighter(this);
        m_hasDictionary = m_spell->setArticleLanguage(m_spellLanguage);
        m_spell->setActive(m_spellEnabled && m_hasDictionary);
        Q_EMIT spellCheckerReady(m_hasDictionary);
    }
    return m_spell;
}

void BodyTextEdit::setSpellCheckLanguage(const QString &languageCode)
{
    m_spellLanguage = languageCode;
    if (m_spell) {
        m_hasDictionary = m_spell->setArticleLanguage(languageCode);
        m_spell->setActive(m_spellEnabled && m_hasDictionary);
        Q_EMIT spellCheckerReady(m_hasDictionary);
    }
}

void BodyTextEdit::setSpellCheckingEnabled(bool enabled)
{
    m_spellEnabled = enabled;
    if (m_spell)
        m_spell->setActive(enabled && m_hasDictionary);
}

QString BodyTextEdit::cleanPlainText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            // \r\n and a lone \r both end a line.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            out += u'\n';
        } else if (c == u'\n' || c == u'\t') {
            out += c;
        } else if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
            out += u'\n';
        } else if (c.category() == QChar::Other_Control || c == QChar::ObjectReplacementCharacter
                   || c == QChar::ByteOrderMark || c.category() == QChar::Other_NotAssigned) {
            // Dropped: invisible, and U+FFFC would pose as an embedded object.
        } else {
            out += c;
        }
    }
    return out;
}

void BodyTextEdit::pastePlainText()
{
    if (isReadOnly())
        return;
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && data->hasText())
        insertCleanText(data->text());
}

bool BodyTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source && (source->hasHtml() || source->hasText());
}

void BodyTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly() || !source)
        return;
    if (source->hasHtml())
        insertCleanHtml(source->html());
    else if (source->hasText())
        insertCleanText(source->text());
}

void BodyTextEdit::insertCleanHtml(const QString &html)
{
    CanonicalBody::Report report;
    const QString canonical = CanonicalBody::sanitise(html, &report);
    QTextDocument scratch;
    CanonicalBody::load(scratch, canonical);

    // Images can only be this article's own (a copy within the editor).
    if (removeForeignImages(scratch) > 0)
        report.dropped << tr("image that is not stored with this article");

    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertFragment(QTextDocumentFragment(&scratch));
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    if (!report.isClean())
        Q_EMIT pasteCleaned(report.dropped);
}

int BodyTextEdit::removeForeignImages(QTextDocument &document) const
{
    int removed = 0;
    QTextCursor scan(&document);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QList<int> positions;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            const QUrl url(f.charFormat().toImageFormat().name());
            const bool ours = url.scheme() == u"image"_s && m_imageProvider
                && !m_imageProvider(QUuid::fromString(url.path())).isNull();
            if (!ours) {
                // An image fragment may hold several images (one character each).
                for (int i = f.length() - 1; i >= 0; --i)
                    positions.prepend(f.position() + i);
            }
        }
        // From the end, so that earlier positions stay right.
        for (auto pos = positions.crbegin(); pos != positions.crend(); ++pos) {
            scan.setPosition(*pos);
            scan.deleteChar();
            ++removed;
        }
    }
    return removed;
}

void BodyTextEdit::insertCleanText(const QString &text)
{
    const QString clean = cleanPlainText(text);
    if (clean.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    // The surrounding formatting continues, but a link does not swallow pasted text.
    QTextCharFormat format = cursor.charFormat();
    if (format.isAnchor())
        BodyFormats::setLink(format, QString());
    format.clearProperty(QTextFormat::ObjectType);
    cursor.beginEditBlock();
    cursor.insertText(clean, format);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

bool BodyTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !m_reserved.isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_reserved.contains(QKeySequence(key->keyCombination()))) {
            // Not taken as a key press here, so the action's shortcut fires.
            event->ignore();
            return true;
        }
    }
    return QTextEdit::event(event);
}

void BodyTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool plainKey
        = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!isReadOnly() && plainKey) {
        QTextCursor cursor = textCursor();
        // Tab / Shift+Tab move list items in and out, as in every word processor.
        if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
            && cursor.currentList()) {
            if (event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier))
                BodyFormatting::outdent(cursor);
            else if (BodyFormatting::canIndent(cursor))
                BodyFormatting::indent(cursor);
            event->accept();
            return;
        }
        // Enter at the end of a heading starts an ordinary paragraph.
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && !(event->modifiers() & Qt::ShiftModifier) && !cursor.hasSelection()
            && cursor.atBlockEnd() && cursor.blockFormat().headingLevel() > 0) {
            cursor.beginEditBlock();
            cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
            cursor.endEditBlock();
            setTextCursor(cursor);
            ensureCursorVisible();
            event->accept();
            return;
        }
        // Enter on an empty list item ends the list.
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && !(event->modifiers() & Qt::ShiftModifier) && !cursor.hasSelection()
            && cursor.currentList() && cursor.block().length() == 1) {
            BodyFormatting::outdent(cursor);
            event->accept();
            return;
        }
    }

    const QString typed = event->text();
    const bool candidate = !isReadOnly() && plainKey
        && m_typography.language() != Typography::Language::None && typed.size() == 1
        && Typography::isTrigger(typed[0]);
    QTextEdit::keyPressEvent(event);
    if (candidate && event->isAccepted())
        applyTypography();
}

void BodyTextEdit::applyTypography()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return;
    const QTextBlock block = cursor.block();
    // Only the paragraph's text before the cursor is looked at, never the document.
    const QString before = block.text().left(cursor.positionInBlock());
    const auto fix = m_typography.correctionAfterTyping(before);
    if (!fix)
        return;
    const QTextCharFormat format = cursor.charFormat();
    // Its own undo step, after the typed character's: one Ctrl+Z brings the typed text back.
    QTextCursor edit = cursor;
    edit.beginEditBlock();
    edit.setPosition(cursor.position() - fix->remove);
    edit.setPosition(cursor.position(), QTextCursor::KeepAnchor);
    edit.insertText(fix->insert, format);
    edit.endEditBlock();
    setTextCursor(edit);
}

void BodyTextEdit::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &BodyTextEdit::firstPainted);
    }
}

void BodyTextEdit::focusInEvent(QFocusEvent *event)
{
    QTextEdit::focusInEvent(event);
    if (!m_focused && !isReadOnly()) {
        m_focused = true;
        QTimer::singleShot(0, this, &BodyTextEdit::firstFocused);
    }
}

void BodyTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QTextCursor at = event->reason() == QContextMenuEvent::Keyboard
        ? textCursor()
        : cursorForPosition(event->pos());
    // Right-clicking inside the selection keeps it (for Cut / Copy); elsewhere it moves the cursor.
    const QTextCursor current = textCursor();
    if (event->reason() != QContextMenuEvent::Keyboard
        && !(current.hasSelection() && at.position() >= current.selectionStart()
             && at.position() <= current.selectionEnd())) {
        setTextCursor(at);
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!isReadOnly())
        addSpellingSuggestions(menu, at);
    Q_EMIT contextMenuAboutToShow(menu, at);
    menu->popup(event->globalPos());
}

void BodyTextEdit::addSpellingSuggestions(QMenu *menu, const QTextCursor &at)
{
    if (!m_spell || !m_spell->isActive())
        return;
    QTextCursor word = at;
    word.clearSelection();
    word.select(QTextCursor::WordUnderCursor);
    const QString text = word.selectedText();
    if (text.isEmpty() || !text.at(0).isLetter() || !m_spell->isWordMisspelled(text))
        return;

    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    const QStringList suggestions = m_spell->suggestionsForWord(text, word, 8);
    QList<QAction *> added;
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        added << none;
    }
    for (const QString &s : suggestions) {
        auto *a = new QAction(s, menu);
        QFont f = a->font();
        f.setBold(true);
        a->setFont(f);
        connect(a, &QAction::triggered, this, [this, word, s] {
            QTextCursor c = word;
            c.insertText(s); // one undo step
        });
        added << a;
    }
    auto *addToDictionary = new QAction(tr("Add “%1” to Dictionary").arg(text), menu);
    addToDictionary->setObjectName(u"spellAddToDictionary"_s);
    connect(addToDictionary, &QAction::triggered, this, [this, text] {
        m_spell->addWordToDictionary(text);
        m_spell->recheck();
    });
    auto *ignore = new QAction(tr("Ignore “%1”").arg(text), menu);
    ignore->setObjectName(u"spellIgnore"_s);
    connect(ignore, &QAction::triggered, this, [this, text] {
        m_spell->ignoreWord(text);
        m_spell->recheck();
    });
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    added << addToDictionary << ignore << separator;
    menu->insertActions(first, added);
}

void BodyTextEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The image is the character just before or after the click; QTextEdit's hit test rounds.
    const QTextCursor at = cursorForPosition(event->pos());
    for (int pos : { at.position(), at.position() + 1 }) {
        QTextCursor c(document());
        if (pos > document()->characterCount() - 1)
            continue;
        c.setPosition(pos);
        if (c.charFormat().isImageFormat()) {
            Q_EMIT imageActivated(c);
            event->accept();
            return;
        }
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

QVariant BodyTextEdit::loadResource(int type, const QUrl &name)
{
    // Never from disk or the network: only this article's images, everything else a placeholder.
    if (type != QTextDocument::ImageResource)
        return QString();
    if (name.scheme() == u"image"_s && m_imageProvider) {
        const QImage image = m_imageProvider(QUuid::fromString(name.path()));
        if (!image.isNull()) {
            document()->addResource(QTextDocument::ImageResource, name, image);
            return image;
        }
    }
    return placeholderImage();
}

QImage BodyTextEdit::placeholderImage() const
{
    QImage image(160, 90, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter p(&image);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawRect(image.rect().adjusted(0, 0, -1, -1));
    p.drawText(image.rect(), Qt::AlignCenter, tr("Missing image"));
    return image;
}
