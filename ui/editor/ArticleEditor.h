#pragma once

#include "EditorActions.h"
#include "article/Article.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class BodyTextEdit;
class FindReplaceBar;
class MessageBar;
class QStackedWidget;
class QTextCursor;
class QTextDocument;
class QTimer;
class SourceView;

// The article body editor: the rich-text view (BodyTextEdit) or the HTML source view
// (SourceView), the find/replace bar and a message bar, with every command as a QAction
// (actions()). The body goes in and out as canonical HTML (CanonicalBody) with its images; what
// the user formats, pastes or writes in the source ends up as canonical structure, and anything
// that had to be dropped is said in the message bar, never lost silently.
//
// The keystroke path stays cheap: contentChanged() is a plain notification, statistics are
// debounced, spell checking is incremental and made after the first paint.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    // Opens a body: canonical HTML plus the article's images (referred to as image:UUID).
    // Resets undo history.
    void setBody(const QString &canonicalHtml, const QList<ArticleImage> &images = {});
    // The body as canonical HTML. In the source view with unapplied edits: those edits, sanitised
    // (the source text itself stays as typed until the user switches back).
    QString body() const;
    // The images the body refers to, in order of appearance, with caption, alt text and credit.
    QList<ArticleImage> images() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // "ru", "be", "en": typography rules and the spelling dictionary.
    void setLanguage(const QString &languageCode);
    QString language() const { return m_language; }

    QAction *action(EditorActions::Id id) const;
    QList<QAction *> actions() const;

    BodyTextEdit *textEdit() const { return m_edit; }
    SourceView *sourceView() const { return m_source; }
    FindReplaceBar *findBar() const { return m_findBar; }
    MessageBar *messageBar() const { return m_messages; }

    bool isSourceMode() const { return m_sourceMode; }
    bool isUndoAvailable() const;
    bool isRedoAvailable() const;

    // Words and characters (with spaces) of the body as TextStats counts them, as last computed
    // (debounced).
    int wordCount() const { return m_words; }
    int characterCount() const { return m_characters; }

public Q_SLOTS:
    void undo();
    void redo();
    // To the HTML source and back. Leaving the source applies it; see applySource().
    void setSourceMode(bool source);
    void setNonBreakingSpaces(bool enabled);
    // Opens the link dialog for the selection or the link under the cursor.
    void editLink();
    // Asks for a file when `path` is empty, then for caption / alt text / credit.
    void insertImageFromFile(const QString &path = {});
    // Inserts an image already read (ImageImport) in its own paragraph; one undo step.
    void insertImage(const ArticleImage &image);
    // Caption, alt text and credit of the image at `at`.
    void editImage(const QTextCursor &at);
    // Asks for rows and columns.
    void insertTable();

Q_SIGNALS:
    // The body changed (typing, formatting, paste, undo …). Cheap; connect autosave here.
    void contentChanged();
    // Debounced after changes.
    void statsChanged(int words, int characters);
    void sourceModeChanged(bool source);

private:
    // Parses the source view back into the document (one undo step). Returns false and shows
    // what was dropped when the source had things outside the allowlist.
    bool applySource();
    void attachDocument();
    void onContentsChange(int position, int removed, int added);
    void updateStats();
    void addContextActions(QMenu *menu, const QTextCursor &at);
    QImage displayImage(const QUuid &id);
    void showDropped(const QString &intro, const QStringList &dropped, bool offerSource);

    BodyTextEdit *m_edit = nullptr;
    SourceView *m_source = nullptr;
    QStackedWidget *m_stack = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    MessageBar *m_messages = nullptr;
    EditorActions *m_actions = nullptr;
    QTimer *m_statsTimer = nullptr;

    QHash<QUuid, ArticleImage> m_images; // every image known, also those removed (for redo)
    QHash<QUuid, QImage> m_displayImages;
    QString m_language;
    QString m_sourceBaseline; // the source as generated, to tell whether the user edited it
    QString m_rejectedSource; // the user's source after an apply that dropped something
    bool m_sourceMode = false;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_nonBreakingSpaces = true;
    int m_words = 0;
    int m_characters = 0;
};
