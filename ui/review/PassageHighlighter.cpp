#include "PassageHighlighter.h"

#include <QTextEdit>

void PassageHighlighter::apply(QTextEdit *editor, const QList<CommentAnchor::Location> &passages,
                               int current)
{
    QList<QTextEdit::ExtraSelection> selections;
    const int end = editor->document()->characterCount() - 1;
    for (int i = 0; i < passages.size(); ++i) {
        const CommentAnchor::Location &l = passages.at(i);
        if (l.isDetached() || l.start + l.length > end)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(editor->document());
        s.cursor.setPosition(int(l.start));
        s.cursor.setPosition(int(l.start + l.length), QTextCursor::KeepAnchor);
        // Colour and a dotted underline, so the mark does not rest on colour alone.
        s.format.setBackground(i == current ? QColor(0xff, 0xd3, 0x3d) : QColor(0xff, 0xf1, 0xb8));
        s.format.setUnderlineStyle(i == current ? QTextCharFormat::SingleUnderline
                                                : QTextCharFormat::DotLine);
        s.format.setUnderlineColor(QColor(0x9a, 0x67, 0x00));
        selections.append(s);
    }
    editor->setExtraSelections(selections);
}

void PassageHighlighter::clear(QTextEdit *editor)
{
    editor->setExtraSelections({});
}
