#include "BodyFormatting.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace {
// What Qt's HTML import gives <h2>…<h4>: font size steps and margins (qtexthtmlparser.cpp).
struct HeadingStyle
{
    int sizeAdjustment;
    int marginTop;
};
HeadingStyle headingStyle(int level)
{
    switch (level) {
    case 2:
        return { 2, 16 };
    case 3:
        return { 1, 14 };
    default:
        return { 0, 12 };
    }
}

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

// Nested bullets alternate their marks as in browsers: disc, circle, square.
QTextListFormat::Style styleForLevel(QTextListFormat::Style base, int level)
{
    if (!isBullet(base))
        return base;
    static constexpr QTextListFormat::Style kMarks[]
        = { QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare };
    return kMarks[(level - 1) % 3];
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
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        QTextCursor c(block);
        if (level > 0) {
            if (QTextList *list = block.textList())
                list->remove(block);
        }
        QTextBlockFormat bf = block.blockFormat();
        bf.setIndent(0);
        if (level > 0) {
            bf.setHeadingLevel(level);
            bf.setTopMargin(headingStyle(level).marginTop);
            bf.setBottomMargin(12);
        } else {
            bf.clearProperty(QTextFormat::HeadingLevel);
            bf.clearProperty(QTextFormat::BlockTopMargin);
            bf.clearProperty(QTextFormat::BlockBottomMargin);
        }
        c.setBlockFormat(bf);

        // The heading look is character formatting over the whole paragraph, as in Qt's import.
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        if (level > 0) {
            cf.setProperty(QTextFormat::FontSizeAdjustment, headingStyle(level).sizeAdjustment);
            cf.setFontWeight(QFont::Bold);
            c.mergeCharFormat(cf);
            c.mergeBlockCharFormat(cf);
        } else {
            // Fragment by fragment, so that italics and links inside survive.
            forEachFragment(block, block.position(), block.position() + block.length(),
                            [](QTextCharFormat &f) {
                                f.clearProperty(QTextFormat::FontSizeAdjustment);
                                f.clearProperty(QTextFormat::FontWeight);
                                return true;
                            });
            QTextCharFormat bcf = block.charFormat();
            bcf.clearProperty(QTextFormat::FontSizeAdjustment);
            bcf.clearProperty(QTextFormat::FontWeight);
            QTextCursor(block).setBlockCharFormat(bcf);
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
                QTextBlockFormat bf = block.blockFormat();
                bf.setIndent(0);
                QTextCursor(block).setBlockFormat(bf);
            }
        });
    } else if (current) {
        // The other kind: every list level in the selection changes its style.
        forEachBlock(cursor, [style](const QTextBlock &block) {
            if (QTextList *list = block.textList()) {
                QTextListFormat lf = list->format();
                lf.setStyle(styleForLevel(style, lf.indent()));
                list->setFormat(lf);
            }
        });
    } else {
        // Headings and quotes become plain list items.
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (block.blockFormat().headingLevel() > 0)
                setBlockType(QTextCursor(block), BlockType::Paragraph);
        });
        QTextListFormat lf;
        lf.setStyle(styleForLevel(style, 1));
        lf.setIndent(1);
        cursor.createList(lf);
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
            QTextListFormat lf;
            lf.setStyle(styleForLevel(style, level));
            lf.setIndent(level);
            c.createList(lf);
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
        QTextBlockFormat bf = block.blockFormat();
        if (quote) {
            // Qt's <blockquote>: level 1 and 40 px margins.
            bf.setProperty(QTextFormat::BlockQuoteLevel, 1);
            bf.setLeftMargin(40);
            bf.setRightMargin(40);
        } else {
            bf.clearProperty(QTextFormat::BlockQuoteLevel);
            bf.clearProperty(QTextFormat::BlockLeftMargin);
            bf.clearProperty(QTextFormat::BlockRightMargin);
        }
        QTextCursor(block).setBlockFormat(bf);
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
    if (cursor.block().length() > 1) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    } else {
        cursor.setBlockFormat(QTextBlockFormat());
    }
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    cursor.setBlockFormat(rule);
    // Writing goes on in a new paragraph below the rule.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.endEditBlock();
    return cursor;
}

QTextCursor BodyFormatting::insertTable(QTextCursor cursor, int rows, int columns)
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    cursor.insertTable(qBound(1, rows, 100), qBound(1, columns, 20), format);
    cursor.endEditBlock();
    return cursor;
}

void BodyFormatting::setLink(QTextCursor cursor, const QUrl &url, const QString &text)
{
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url.toString(QUrl::FullyEncoded));
    // Coloured, not underlined: an underline would be <u> in the body.
    link.setForeground(QGuiApplication::palette().link());

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
        plain.clearProperty(QTextFormat::IsAnchor);
        plain.clearProperty(QTextFormat::AnchorHref);
        plain.clearForeground();
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
            cf.clearProperty(QTextFormat::IsAnchor);
            cf.clearProperty(QTextFormat::AnchorHref);
            cf.clearForeground();
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
