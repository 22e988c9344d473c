#include "EditorActions.h"

#include "ArticleEditor.h"
#include "BodyFormatting.h"
#include "BodyTextEdit.h"
#include "FindReplaceBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::Literals::StringLiterals;

namespace {
// The platform's bindings for a standard key, plus the one the newsroom documents.
QList<QKeySequence> keys(QKeySequence::StandardKey standard, const QKeySequence &also = {})
{
    QList<QKeySequence> list = QKeySequence::keyBindings(standard);
    if (!also.isEmpty() && !list.contains(also))
        list.append(also);
    return list;
}
} // namespace

EditorActions::EditorActions(ArticleEditor *editor, BodyTextEdit *edit)
    : QObject(editor)
    , m_editor(editor)
    , m_edit(edit)
{
    using K = QKeySequence;
    QAction *a = nullptr;

    a = make(Undo, tr("&Undo"), u"editUndo"_s);
    a->setShortcuts(keys(K::Undo, K(Qt::CTRL | Qt::Key_Z)));
    a->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    connect(a, &QAction::triggered, editor, &ArticleEditor::undo);
    a = make(Redo, tr("&Redo"), u"editRedo"_s);
    a->setShortcuts(keys(K::Redo, K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    a->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    connect(a, &QAction::triggered, editor, &ArticleEditor::redo);
    a = make(Cut, tr("Cu&t"), u"editCut"_s);
    a->setShortcuts(keys(K::Cut, K(Qt::CTRL | Qt::Key_X)));
    a->setIcon(QIcon::fromTheme(u"edit-cut"_s));
    connect(a, &QAction::triggered, edit, &QTextEdit::cut);
    a = make(Copy, tr("&Copy"), u"editCopy"_s);
    a->setShortcuts(keys(K::Copy, K(Qt::CTRL | Qt::Key_C)));
    a->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    connect(a, &QAction::triggered, edit, &QTextEdit::copy);
    a = make(Paste, tr("&Paste"), u"editPaste"_s);
    a->setShortcuts(keys(K::Paste, K(Qt::CTRL | Qt::Key_V)));
    a->setIcon(QIcon::fromTheme(u"edit-paste"_s));
    connect(a, &QAction::triggered, edit, &QTextEdit::paste);
    a = make(PastePlainText, tr("Paste as Plain &Text"), u"editPastePlainText"_s);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(a, &QAction::triggered, edit, &BodyTextEdit::pastePlainText);

    a = make(Bold, tr("&Bold"), u"formatBold"_s, true);
    a->setShortcuts(keys(K::Bold, K(Qt::CTRL | Qt::Key_B)));
    a->setIcon(QIcon::fromTheme(u"format-text-bold"_s));
    connect(a, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(f);
    });
    a = make(Italic, tr("&Italic"), u"formatItalic"_s, true);
    a->setShortcuts(keys(K::Italic, K(Qt::CTRL | Qt::Key_I)));
    a->setIcon(QIcon::fromTheme(u"format-text-italic"_s));
    connect(a, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(f);
    });
    a = make(Underline, tr("&Underline"), u"formatUnderline"_s, true);
    a->setShortcuts(keys(K::Underline, K(Qt::CTRL | Qt::Key_U)));
    a->setIcon(QIcon::fromTheme(u"format-text-underline"_s));
    connect(a, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontUnderline(on);
        m_edit->mergeCurrentCharFormat(f);
    });
    a = make(Strikethrough, tr("&Strikethrough"), u"formatStrikethrough"_s, true);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    a->setIcon(QIcon::fromTheme(u"format-text-strikethrough"_s));
    connect(a, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontStrikeOut(on);
        m_edit->mergeCurrentCharFormat(f);
    });

    // Paragraph styles as in word processors: Ctrl+0 text, Ctrl+2…4 headings.
    m_blockTypes = new QActionGroup(this);
    const struct
    {
        Id id;
        QString text;
        QString name;
        int key;
        BodyFormatting::BlockType type;
    } blocks[] = {
        { Paragraph, tr("&Paragraph"), u"formatParagraph"_s, Qt::Key_0,
          BodyFormatting::BlockType::Paragraph },
        { Heading2, tr("Heading &2"), u"formatHeading2"_s, Qt::Key_2,
          BodyFormatting::BlockType::Heading2 },
        { Heading3, tr("Heading &3"), u"formatHeading3"_s, Qt::Key_3,
          BodyFormatting::BlockType::Heading3 },
        { Heading4, tr("Heading &4"), u"formatHeading4"_s, Qt::Key_4,
          BodyFormatting::BlockType::Heading4 },
    };
    for (const auto &b : blocks) {
        a = make(b.id, b.text, b.name, true);
        a->setShortcut(K(Qt::CTRL | b.key));
        m_blockTypes->addAction(a);
        const auto type = b.type;
        connect(a, &QAction::triggered, this, [this, type] {
            BodyFormatting::setBlockType(m_edit->textCursor(), type);
            updateState();
        });
    }

    a = make(BulletList, tr("&Bulleted List"), u"formatBulletList"_s, true);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    a->setIcon(QIcon::fromTheme(u"format-list-unordered"_s));
    connect(a, &QAction::triggered, this, [this] {
        BodyFormatting::toggleList(m_edit->textCursor(), QTextListFormat::ListDisc);
        updateState();
    });
    a = make(NumberedList, tr("&Numbered List"), u"formatNumberedList"_s, true);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    a->setIcon(QIcon::fromTheme(u"format-list-ordered"_s));
    connect(a, &QAction::triggered, this, [this] {
        BodyFormatting::toggleList(m_edit->textCursor(), QTextListFormat::ListDecimal);
        updateState();
    });
    a = make(Indent, tr("&Indent List Item"), u"formatIndent"_s);
    a->setShortcut(K(Qt::CTRL | Qt::Key_BracketRight));
    a->setIcon(QIcon::fromTheme(u"format-indent-more"_s));
    connect(a, &QAction::triggered, this, [this] {
        BodyFormatting::indent(m_edit->textCursor());
        updateState();
    });
    a = make(Outdent, tr("&Outdent List Item"), u"formatOutdent"_s);
    a->setShortcut(K(Qt::CTRL | Qt::Key_BracketLeft));
    a->setIcon(QIcon::fromTheme(u"format-indent-less"_s));
    connect(a, &QAction::triggered, this, [this] {
        BodyFormatting::outdent(m_edit->textCursor());
        updateState();
    });
    a = make(BlockQuote, tr("&Quotation"), u"formatBlockQuote"_s, true);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    a->setIcon(QIcon::fromTheme(u"format-text-blockquote"_s));
    connect(a, &QAction::triggered, this, [this](bool on) {
        BodyFormatting::setBlockQuote(m_edit->textCursor(), on);
        updateState();
    });

    a = make(Link, tr("&Link…"), u"insertLink"_s);
    a->setShortcut(K(Qt::CTRL | Qt::Key_K));
    a->setIcon(QIcon::fromTheme(u"insert-link"_s));
    connect(a, &QAction::triggered, editor, &ArticleEditor::editLink);
    a = make(RemoveLink, tr("Remove Lin&k"), u"removeLink"_s);
    a->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(a, &QAction::triggered, this, [this] {
        BodyFormatting::removeLink(m_edit->textCursor());
        updateState();
    });
    a = make(InsertImage, tr("I&mage…"), u"insertImage"_s);
    a->setIcon(QIcon::fromTheme(u"insert-image"_s));
    connect(a, &QAction::triggered, editor, [editor] { editor->insertImageFromFile(); });
    a = make(InsertTable, tr("&Table…"), u"insertTable"_s);
    a->setIcon(QIcon::fromTheme(u"insert-table"_s));
    connect(a, &QAction::triggered, editor, [editor] { editor->insertTable(); });
    a = make(InsertHorizontalRule, tr("&Horizontal Line"), u"insertHorizontalRule"_s);
    a->setIcon(QIcon::fromTheme(u"insert-horizontal-rule"_s));
    connect(a, &QAction::triggered, this, [this] {
        m_edit->setTextCursor(BodyFormatting::insertHorizontalRule(m_edit->textCursor()));
    });

    a = make(Find, tr("&Find…"), u"editFind"_s);
    a->setShortcuts(keys(K::Find, K(Qt::CTRL | Qt::Key_F)));
    a->setIcon(QIcon::fromTheme(u"edit-find"_s));
    connect(a, &QAction::triggered, editor->findBar(), &FindReplaceBar::showFind);
    a = make(Replace, tr("&Replace…"), u"editReplace"_s);
    a->setShortcuts(keys(K::Replace, K(Qt::CTRL | Qt::Key_H)));
    a->setIcon(QIcon::fromTheme(u"edit-find-replace"_s));
    connect(a, &QAction::triggered, editor->findBar(), &FindReplaceBar::showReplace);
    a = make(FindNext, tr("Find &Next"), u"editFindNext"_s);
    a->setShortcuts(keys(K::FindNext, K(Qt::Key_F3)));
    connect(a, &QAction::triggered, editor->findBar(), &FindReplaceBar::findNext);
    a = make(FindPrevious, tr("Find Pre&vious"), u"editFindPrevious"_s);
    a->setShortcuts(keys(K::FindPrevious, K(Qt::SHIFT | Qt::Key_F3)));
    connect(a, &QAction::triggered, editor->findBar(), &FindReplaceBar::findPrevious);

    a = make(SourceView, tr("HTML &Source"), u"viewSource"_s, true);
    a->setShortcut(K(Qt::CTRL | Qt::ALT | Qt::Key_U));
    a->setIcon(QIcon::fromTheme(u"text-html"_s));
    connect(a, &QAction::toggled, editor, &ArticleEditor::setSourceMode);
    a = make(SpellCheck, tr("Check &Spelling While Typing"), u"toolsSpellCheck"_s, true);
    a->setChecked(true);
    a->setIcon(QIcon::fromTheme(u"tools-check-spelling"_s));
    connect(a, &QAction::toggled, edit, &BodyTextEdit::setSpellCheckingEnabled);
    a = make(NonBreakingSpaces, tr("Non-Breaking Space After &One-Letter Words"),
             u"toolsNonBreakingSpaces"_s, true);
    a->setToolTip(tr("Keeps Russian and Belarusian one-letter prepositions and conjunctions on the "
                     "line of the next word"));
    a->setChecked(true);
    connect(a, &QAction::toggled, editor, &ArticleEditor::setNonBreakingSpaces);

    // The editing keys (undo, copy, paste …) are QTextEdit's own; every other shortcut is ours.
    QList<QKeySequence> reserved;
    for (int id = PastePlainText; id < Count; ++id)
        reserved << m_actions[id]->shortcuts();
    edit->setReservedShortcuts(reserved);

    for (QAction *action : std::as_const(m_actions)) {
        // Formatting keys act on the body only while the editor has focus (not in the metadata
        // fields of the same window).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        editor->addAction(action);
    }

    connect(edit, &QTextEdit::cursorPositionChanged, this, &EditorActions::updateState);
    connect(edit, &QTextEdit::currentCharFormatChanged, this, &EditorActions::updateState);
    // Enter, Tab and Backspace change list and block structure without moving the cursor.
    connect(edit, &QTextEdit::textChanged, this, &EditorActions::updateState);
    connect(edit, &QTextEdit::copyAvailable, this, &EditorActions::updateEnabled);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &EditorActions::updateEnabled);
    connectDocument();
    updateState();
}

QAction *EditorActions::make(Id id, const QString &text, const QString &objectName, bool checkable)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setCheckable(checkable);
    m_actions[id] = a;
    return a;
}

QList<QAction *> EditorActions::all() const
{
    return QList<QAction *>(std::begin(m_actions), std::end(m_actions));
}

void EditorActions::connectDocument()
{
    QTextDocument *doc = m_edit->document();
    connect(doc, &QTextDocument::undoAvailable, this, &EditorActions::updateEnabled);
    connect(doc, &QTextDocument::redoAvailable, this, &EditorActions::updateEnabled);
    updateEnabled();
}

void EditorActions::updateState()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat f = m_edit->currentCharFormat();
    m_actions[Bold]->setChecked(f.fontWeight() > QFont::Medium);
    m_actions[Italic]->setChecked(f.fontItalic());
    // A link's underline is its look, not <u>.
    m_actions[Underline]->setChecked(f.fontUnderline() && !f.isAnchor());
    m_actions[Strikethrough]->setChecked(f.fontStrikeOut());

    switch (BodyFormatting::blockType(cursor.block())) {
    case BodyFormatting::BlockType::Paragraph:
        m_actions[Paragraph]->setChecked(true);
        break;
    case BodyFormatting::BlockType::Heading2:
        m_actions[Heading2]->setChecked(true);
        break;
    case BodyFormatting::BlockType::Heading3:
        m_actions[Heading3]->setChecked(true);
        break;
    case BodyFormatting::BlockType::Heading4:
        m_actions[Heading4]->setChecked(true);
        break;
    }
    const auto list = BodyFormatting::listStyle(cursor);
    m_actions[BulletList]->setChecked(list == QTextListFormat::ListDisc);
    m_actions[NumberedList]->setChecked(list == QTextListFormat::ListDecimal);
    m_actions[BlockQuote]->setChecked(BodyFormatting::isBlockQuote(cursor.block()));
    updateEnabled();
}

void EditorActions::updateEnabled()
{
    const bool source = m_editor->isSourceMode();
    const bool writable = !m_editor->isReadOnly();
    const bool rich = writable && !source;
    const QTextCursor cursor = m_edit->textCursor();

    m_actions[Undo]->setEnabled(writable && m_editor->isUndoAvailable());
    m_actions[Redo]->setEnabled(writable && m_editor->isRedoAvailable());
    m_actions[Cut]->setEnabled(rich && cursor.hasSelection());
    m_actions[Copy]->setEnabled(!source && cursor.hasSelection());
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    const bool canPaste = clip && (clip->hasText() || clip->hasHtml());
    m_actions[Paste]->setEnabled(rich && canPaste);
    m_actions[PastePlainText]->setEnabled(rich && canPaste);
    for (Id id : { Bold, Italic, Underline, Strikethrough, Paragraph, Heading2, Heading3, Heading4,
                   BulletList, NumberedList, BlockQuote, Link, InsertImage, InsertTable,
                   InsertHorizontalRule, NonBreakingSpaces }) {
        m_actions[id]->setEnabled(rich);
    }
    m_actions[RemoveLink]->setEnabled(rich && !BodyFormatting::linkAt(cursor).isNull());
    m_actions[Indent]->setEnabled(rich && BodyFormatting::canIndent(cursor));
    m_actions[Outdent]->setEnabled(rich && BodyFormatting::canOutdent(cursor));
    m_actions[Replace]->setEnabled(rich);
    for (Id id : { Find, FindNext, FindPrevious })
        m_actions[id]->setEnabled(!source);
}
