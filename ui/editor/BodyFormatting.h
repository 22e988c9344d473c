#pragma once

#include <QTextCursor>
#include <QTextListFormat>
#include <QUrl>

class QTextBlock;
class QTextDocument;

// The structural edits of an article body on a QTextCursor, each one undo step. They build the
// same document structure that Qt's HTML import (and so CanonicalBody::load) builds for the
// corresponding element — heading level, block-quote level, list format, ruler width, anchor —
// so that what the user formats serialises exactly like what was loaded.
class BodyFormatting
{
public:
    enum class BlockType { Paragraph, Heading2, Heading3, Heading4 };

    static BlockType blockType(const QTextBlock &block);
    // Every paragraph the cursor (or its selection) touches; a heading leaves its list.
    static void setBlockType(QTextCursor cursor, BlockType type);

    // Bulleted (ListDisc) or numbered (ListDecimal). Toggles: the same style again ends the list.
    static void toggleList(QTextCursor cursor, QTextListFormat::Style style);
    // The list style at the cursor, or ListStyleUndefined outside lists. Nested bullets (circle,
    // square) count as ListDisc.
    static QTextListFormat::Style listStyle(const QTextCursor &cursor);
    static bool canIndent(const QTextCursor &cursor);
    static bool canOutdent(const QTextCursor &cursor);
    // One level deeper / shallower in the list; outdenting from the top level leaves the list.
    static void indent(QTextCursor cursor);
    static void outdent(QTextCursor cursor);

    static bool isBlockQuote(const QTextBlock &block);
    static void setBlockQuote(QTextCursor cursor, bool quote);

    static bool isHorizontalRule(const QTextBlock &block);
    // Both return where writing goes on: the paragraph after the rule, the table's first cell.
    static QTextCursor insertHorizontalRule(QTextCursor cursor);
    static QTextCursor insertTable(QTextCursor cursor, int rows, int columns);

    // Applies the link to the selection, or inserts `text` as a link when nothing is selected.
    static void setLink(QTextCursor cursor, const QUrl &url, const QString &text = {});
    // The whole link around the cursor, selected; a null cursor when not on a link.
    static QTextCursor linkAt(const QTextCursor &cursor);
    static void removeLink(QTextCursor cursor);

    // Replaces the whole content of `target` by `source`'s as one undo step, the structure intact
    // (where setHtml() would also clear the undo history).
    static void replaceDocument(QTextDocument *target, const QTextDocument &source);

private:
    static void setListLevel(QTextCursor cursor, int level, QTextListFormat::Style style);
};
