#pragma once

#include <QObject>

class ArticleEditor;
class BodyTextEdit;
class QAction;
class QActionGroup;

// Every command of the article editor as a QAction, for the main window's menus and toolbar:
// standard shortcuts (QKeySequence::StandardKey where one exists), checkable where the command is
// a state, and that state following the text cursor. Shortcuts work while the editor has focus.
class EditorActions : public QObject
{
    Q_OBJECT

public:
    enum Id {
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        PastePlainText,
        Bold,
        Italic,
        Underline,
        Strikethrough,
        Paragraph,
        Heading2,
        Heading3,
        Heading4,
        BulletList,
        NumberedList,
        Indent,
        Outdent,
        BlockQuote,
        Link,
        RemoveLink,
        InsertImage,
        InsertTable,
        InsertHorizontalRule,
        Find,
        Replace,
        FindNext,
        FindPrevious,
        SourceView,
        SpellCheck,
        NonBreakingSpaces,
        Count
    };

    EditorActions(ArticleEditor *editor, BodyTextEdit *edit);

    QAction *action(Id id) const { return m_actions[id]; }
    QList<QAction *> all() const;

    // Re-reads the cursor's formats (cheap: no document scan).
    void updateState();
    // Re-reads undo/redo availability and read-only/source-mode enablement.
    void updateEnabled();
    // Follows the editor's (replaced) document.
    void connectDocument();

private:
    QAction *make(Id id, const QString &text, const QString &objectName, bool checkable = false);

    ArticleEditor *m_editor = nullptr;
    BodyTextEdit *m_edit = nullptr;
    QAction *m_actions[Count] = {};
    QActionGroup *m_blockTypes = nullptr;
};
