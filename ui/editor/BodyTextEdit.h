#pragma once

#include "article/Typography.h"

#include <QTextEdit>
#include <QUuid>

#include <functional>

class SpellCheckHighlighter;

// The rich-text surface of the article editor. What comes in from outside goes through
// CanonicalBody: an HTML paste or drop is sanitised and inserted as canonical structure (what was
// dropped is reported), plain text is inserted as paragraphs. Typed quotes and dashes are
// corrected for the article's language as a separate undo step. Spell checking (Sonnet) is made
// on request, meant for after the first paint. Images are decoded on demand from the provider.
class BodyTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyTextEdit(QWidget *parent = nullptr);
    ~BodyTextEdit() override;

    void setTypography(const Typography &typography);
    const Typography &typography() const { return m_typography; }

    // Decoded, display-sized image for an "image:UUID" resource; a null QImage if unknown.
    using ImageProvider = std::function<QImage(const QUuid &)>;
    void setImageProvider(ImageProvider provider) { m_imageProvider = std::move(provider); }

    // Creates the Sonnet highlighter (once) for the language; returns it (null when Sonnet has no
    // dictionary for the language: then checking is simply off).
    SpellCheckHighlighter *ensureSpellChecker();
    SpellCheckHighlighter *spellChecker() const { return m_spell; }
    void setSpellCheckLanguage(const QString &languageCode);
    void setSpellCheckingEnabled(bool enabled);
    bool isSpellCheckingEnabled() const { return m_spellEnabled; }
    // True when a dictionary for the language was found (valid once the checker exists).
    bool hasDictionary() const { return m_hasDictionary; }

    // Removes from `document` every image that is not one of this article's (a pasted or typed
    // reference to another article's image, or to the web). Returns how many.
    int removeForeignImages(QTextDocument &document) const;

    // Key sequences that belong to the editor's actions even where QTextEdit has a binding of its
    // own for them (Ctrl+K deletes to the end of the line in the X11 key scheme).
    void setReservedShortcuts(const QList<QKeySequence> &shortcuts) { m_reserved = shortcuts; }

    // Text without any formatting of its source: control characters removed, line breaks
    // become paragraphs.
    static QString cleanPlainText(const QString &text);

public Q_SLOTS:
    // Pastes the clipboard's text, ignoring any formatting it carries (Ctrl+Shift+V).
    void pastePlainText();

Q_SIGNALS:
    void firstPainted();
    // The first time the text takes the keyboard focus while it may be edited.
    void firstFocused();
    // A paste or drop had parts removed; `dropped` names them for the user.
    void pasteCleaned(const QStringList &dropped);
    // The context menu is about to show for `at` (where it was requested); add to it.
    void contextMenuAboutToShow(QMenu *menu, const QTextCursor &at);
    void imageActivated(const QTextCursor &at);
    void spellCheckerReady(bool hasDictionary);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void applyTypography();
    void insertCleanHtml(const QString &html);
    void insertCleanText(const QString &text);
    void addSpellingSuggestions(QMenu *menu, const QTextCursor &at);
    QImage placeholderImage() const;

    Typography m_typography;
    ImageProvider m_imageProvider;
    SpellCheckHighlighter *m_spell = nullptr;
    QList<QKeySequence> m_reserved;
    QString m_spellLanguage;
    bool m_spellEnabled = true;
    bool m_hasDictionary = false;
    bool m_painted = false;
    bool m_focused = false;
};
