#include "BodyFormatting.h"

#include "article/BodyFormats.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace {
// Runs `apply` on every block from the selection's first to its last.
template<typename F> void forEachBlock(const QTextCursor &cursor, F apply)
{
    QTextDocument *doc = cursor.document();
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    for (QTextBlock b = doc->findBlock(cursor.selectionStart()); b.isValid(); b = b.next()) {
        apply(b);
        if (b == last)
            break;
    }
}

// Rewrites the character format of the block's fragments within [from, to). The ranges are
// collected first: setting a format merges and splits fragments under a running iterator.
template<typename F> void forEachFragment(const QTextBlock &block, int from, int to, F change)
{
    struct Range
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        const int fs = qMax(from, f.position());
        const int fe = qMin(to, f.position() + f.length());
        QTextCharFormat cf = f.charFormat();
        if (fs < fe && change(cf))
            ranges.append({ fs, fe, cf });
    }
    QTextCursor c(block);
    for (const Range &r : std::as_const(ranges)) {
        c.setPosition(r.start);
        c.setPosition(r.end, QTextCursor::KeepAnchor);
        c.setCharFormat(r.format);
    }
}

bool isBullet(QTextListFormat::Style s)
{
    return s == QTextListFormat::ListDisc || s == QTextListFormat::ListCircle
        || s == QTextListFormat::ListSquare;
}

QTextListFormat::Style baseStyle(QTextListFormat::Style s)
{
    return isBullet(s) ? QTextListFormat::ListDisc : s;
}
} // namespace

BodyFormatting::BlockType BodyFormatting::blockType(const QTextBlock &block)
{
    switch (block.blockFormat().headingLevel()) {
    case 2:
        return BlockType::Heading2;
    case 3:
        return BlockType::Heading3;
    case 4:
        return BlockType::Heading4;
    default:
        return BlockType::Paragraph;
    }
}

void BodyFormatting::setBlockType(QTextCursor cursor, BlockType type)
{
    const int level = type == BlockType::Heading2 ? 2
        : type == BlockType::Heading3             ? 3
        : type == BlockType::Heading4             ? 4
                                                  : 0;
    if (level > 0) {
        BodyFormats::setHeading(cursor, level);
        return;
    }
    // Back to paragraphs: only the headings among the blocks, so that Ctrl+0 on a paragraph
    // keeps its bold words.
    cursor.beginEditBlock();
    forEachBlock(cursor, [](const QTextBlock &block) {
        if (block.blockFormat().headingLevel() > 0) {
            QTextCursor c(block);
            BodyFormats::setHeading(c, 0);
        }
    });
    cursor.endEditBlock();
}

QTextListFormat::Style BodyFormatting::listStyle(const QTextCursor &cursor)
{
    const QTextList *list = cursor.currentList();
    return list ? baseStyle(list->format().style()) : QTextListFormat::ListStyleUndefined;
}

void BodyFormatting::toggleList(QTextCursor cursor, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    const QTextList *current = cursor.currentList();
    if (current && baseStyle(current->format().style()) == style) {
        // The same kind again: back to paragraphs.
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextCursor(block).setBlockFormat(BodyFormats::paragraph());
            }
        });
    } else if (current) {
        // The other kind: every list level in the selection changes its style.
        forEachBlock(cursor, [style](const QTextBlock &block) {
            if (QTextList *list = block.textList()) {
                const QTextListFormat lf = BodyFormats::list(style == QTextListFormat::ListDecimal,
                                                             list->format().indent());
                list->setFormat(lf);
            }
        });
    } else {
        // Headings and quotes become plain list items.
        forEachBlock(cursor, [](const QTextBlock &block) {
            QTextCursor c(block);
            if (block.blockFormat().headingLevel() > 0)
                BodyFormats::setHeading(c, 0);
            else if (isBlockQuote(block))
                c.setBlockFormat(BodyFormats::paragraph());
        });
        cursor.createList(BodyFormats::list(style == QTextListFormat::ListDecimal, 1));
    }
    cursor.endEditBlock();
}

bool BodyFormatting::canIndent(const QTextCursor &cursor)
{
    const QTextList *list = cursor.currentList();
    // A first item has no parent item to nest under.
    return list && list->itemNumber(cursor.block()) > 0 && list->format().indent() < 8;
}

bool BodyFormatting::canOutdent(const QTextCursor &cursor)
{
    return cursor.currentList() != nullptr;
}

void BodyFormatting::indent(QTextCursor cursor)
{
    const QTextList *list = cursor.currentList();
    if (!list || !canIndent(cursor))
        return;
    setListLevel(cursor, list->format().indent() + 1, baseStyle(list->format().style()));
}

void BodyFormatting::outdent(QTextCursor cursor)
{
    const QTextList *list = cursor.currentList();
    if (!list)
        return;
    const int level = list->format().indent() - 1;
    if (level < 1) {
        toggleList(cursor, baseStyle(list->format().style()));
        return;
    }
    setListLevel(cursor, level, baseStyle(list->format().style()));
}

void BodyFormatting::setListLevel(QTextCursor cursor, int level, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        // Join the nearest list above at that level, so that consecutive items at one level stay
        // one list; stop at a shallower level (that would be another branch).
        QTextList *target = nullptr;
        for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
            QTextList *l = b.textList();
            if (!l)
                break;
            const int indent = l->format().indent();
            if (indent == level) {
                target = l;
                break;
            }
            if (indent < level)
                break;
        }
        QTextCursor c(block);
        if (target) {
            QTextBlockFormat bf = block.blockFormat();
            bf.setObjectIndex(target->objectIndex());
            c.setBlockFormat(bf);
        } else {
            c.createList(BodyFormats::list(style == QTextListFormat::ListDecimal, level));
        }
    });
    cursor.endEditBlock();
}

bool BodyFormatting::isBlockQuote(const QTextBlock &block)
{
    return block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0;
}

void BodyFormatting::setBlockQuote(QTextCursor cursor, bool quote)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [quote](const QTextBlock &block) {
        QTextCursor c(block);
        // A quotation holds paragraphs only: headings and list items become paragraphs in it.
        if (QTextList *list = block.textList())
            list->remove(block);
        if (block.blockFormat().headingLevel() > 0)
            BodyFormats::setHeading(c, 0);
        c.setBlockFormat(quote ? BodyFormats::quote() : BodyFormats::paragraph());
    });
    cursor.endEditBlock();
}

bool BodyFormatting::isHorizontalRule(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
}

QTextCursor BodyFormatting::insertHorizontalRule(QTextCursor cursor)
{
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    if (cursor.block().length() > 1) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
    }
    cursor.setBlockFormat(BodyFormats::rule());
    // Writing goes on in a new paragraph below the rule.
    cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
    cursor.endEditBlock();
    return cursor;
}

QTextCursor BodyFormatting::insertTable(QTextCursor cursor, int rows, int columns)
{
    const QTextTableFormat format = BodyFormats::table();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    cursor.insertTable(qBound(1, rows, 100), qBound(1, columns, 20), format);
    cursor.endEditBlock();
    return cursor;
}

void BodyFormatting::setLink(QTextCursor cursor, const QUrl &url, const QString &text)
{
    QTextCharFormat link;
    BodyFormats::setLink(link, url.toString(QUrl::FullyEncoded));

    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        const QTextCursor existing = linkAt(cursor);
        if (!existing.isNull() && text.isEmpty())
            cursor = existing;
    }
    if (cursor.hasSelection() && (text.isEmpty() || text == cursor.selectedText())) {
        cursor.mergeCharFormat(link);
    } else {
        QTextCharFormat f = cursor.charFormat();
        f.merge(link);
        cursor.insertText(text.isEmpty() ? url.toDisplayString() : text, f);
        // Typing after the link is not part of it.
        QTextCharFormat plain = cursor.charFormat();
        BodyFormats::setLink(plain, QString());
        cursor.setCharFormat(plain);
    }
    cursor.endEditBlock();
}

QTextCursor BodyFormatting::linkAt(const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const int pos = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    // The fragment under the position (or just before it, at the link's end).
    QString href;
    int start = -1;
    int end = -1;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        const QTextCharFormat cf = f.charFormat();
        const bool isLink = cf.isAnchor() && !cf.anchorHref().isEmpty();
        if (start >= 0) {
            // Extend over neighbouring fragments of the same link (e.g. a bold word inside it).
            if (isLink && cf.anchorHref() == href && f.position() == end) {
                end = f.position() + f.length();
                continue;
            }
            if (pos <= end && pos >= start)
                break;
            start = -1;
        }
        if (isLink) {
            href = cf.anchorHref();
            start = f.position();
            end = f.position() + f.length();
        }
    }
    if (start < 0 || pos < start || pos > end)
        return {};
    QTextCursor c(cursor.document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    return c;
}

void BodyFormatting::removeLink(QTextCursor cursor)
{
    QTextCursor range = cursor.hasSelection() ? cursor : linkAt(cursor);
    if (range.isNull() || !range.hasSelection())
        return;
    range.beginEditBlock();
    const int from = range.selectionStart();
    const int to = range.selectionEnd();
    QTextDocument *doc = cursor.document();
    for (QTextBlock b = doc->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        forEachFragment(b, from, to, [](QTextCharFormat &cf) {
            if (!cf.isAnchor())
                return false;
            BodyFormats::setLink(cf, QString());
            return true;
        });
    }
    range.endEditBlock();
}

void BodyFormatting::replaceDocument(QTextDocument *target, const QTextDocument &source)
{
    QTextCursor cursor(target);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    // A fragment brings the formats of every paragraph but the first, whose text lands in the
    // paragraph already there: that one is set by hand, list membership included.
    const QTextBlock first = source.begin();
    QTextBlockFormat bf = first.blockFormat();
    bf.clearProperty(QTextFormat::ObjectIndex);
    cursor.setBlockFormat(bf);
    cursor.setBlockCharFormat(first.charFormat());
    cursor.insertFragment(QTextDocumentFragment(&source));
    if (const QTextList *sourceList = first.textList()) {
        const QTextBlock head = target->begin();
        QTextList *joined = nullptr;
        if (sourceList->count() > 1)
            joined = target->findBlockByNumber(sourceList->item(1).blockNumber()).textList();
        QTextCursor c(head);
        if (joined) {
            QTextBlockFormat f = head.blockFormat();
            f.setObjectIndex(joined->objectIndex());
            c.setBlockFormat(f);
        } else {
            c.createList(sourceList->format());
        }
    }
    cursor.endEditBlock();
}
