#include "BodyFormats.h"

#include "BodyAllowlist.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLength>
#include <QTextList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const QColor kLinkColour(0x1a, 0x5f, 0xb4);
const QColor kInlineQuoteBackground(0xfd, 0xf6, 0xe3);
const QColor kHeaderCellBackground(0xe8, 0xe8, 0xe8);
constexpr qreal kQuoteIndent = 24;
} // namespace

QTextBlockFormat BodyFormats::paragraph()
{
    QTextBlockFormat format;
    format.setBottomMargin(6);
    return format;
}

QTextBlockFormat BodyFormats::heading(int level)
{
    QTextBlockFormat format;
    format.setHeadingLevel(std::clamp(level, 2, 4));
    format.setTopMargin(12);
    format.setBottomMargin(6);
    return format;
}

QTextCharFormat BodyFormats::headingText(int level)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    // Qt's relative sizes: +2 is 1.5×, +1 is 1.2×, 0 the body size (as browsers show h2–h4).
    format.setProperty(QTextFormat::FontSizeAdjustment, 4 - std::clamp(level, 2, 4));
    return format;
}

QTextBlockFormat BodyFormats::quote()
{
    QTextBlockFormat format = paragraph();
    format.setProperty(QTextFormat::BlockQuoteLevel, 1);
    format.setLeftMargin(kQuoteIndent);
    format.setRightMargin(kQuoteIndent);
    return format;
}

QTextBlockFormat BodyFormats::rule()
{
    QTextBlockFormat format;
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                       QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

QTextListFormat BodyFormats::list(bool ordered, int depth)
{
    QTextListFormat format;
    if (ordered) {
        format.setStyle(QTextListFormat::ListDecimal);
    } else {
        static constexpr QTextListFormat::Style bullets[]
            = { QTextListFormat::ListDisc, QTextListFormat::ListCircle,
                QTextListFormat::ListSquare };
        format.setStyle(bullets[(std::max(depth, 1) - 1) % 3]);
    }
    format.setIndent(std::max(depth, 1));
    return format;
}

QTextTableFormat BodyFormats::table()
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

QTextTableCellFormat BodyFormats::headerCell()
{
    QTextTableCellFormat format;
    format.setProperty(HeaderCell, true);
    format.setBackground(kHeaderCellBackground);
    return format;
}

void BodyFormats::setHeading(QTextCursor &cursor, int level)
{
    QTextDocument *document = cursor.document();
    if (!document)
        return;
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    QTextCharFormat text;
    if (level > 0) {
        text = headingText(level);
    } else {
        text.setFontWeight(QFont::Normal);
        text.setProperty(QTextFormat::FontSizeAdjustment, 0);
    }
    cursor.beginEditBlock();
    for (;;) {
        if (QTextList *list = block.textList())
            list->remove(block);
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(level > 0 ? heading(level) : paragraph());
        blockCursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        blockCursor.mergeCharFormat(text);
        blockCursor.mergeBlockCharFormat(text);
        if (block == last || !block.isValid())
            break;
        block = block.next();
    }
    cursor.endEditBlock();
}

void BodyFormats::setInlineQuote(QTextCharFormat &format, bool on)
{
    if (on) {
        format.setProperty(InlineQuote, true);
        format.setBackground(kInlineQuoteBackground);
    } else {
        format.clearProperty(InlineQuote);
        format.clearBackground();
    }
}

void BodyFormats::setLink(QTextCharFormat &format, const QString &href)
{
    if (href.isEmpty()) {
        format.setAnchor(false);
        format.clearProperty(QTextFormat::AnchorHref);
        format.clearForeground();
        format.setFontUnderline(false);
        return;
    }
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(kLinkColour);
    format.setFontUnderline(true);
}

QTextImageFormat BodyFormats::image(const QString &imageId, const QString &alt)
{
    QTextImageFormat format;
    format.setName(BodyAllowlist::imageSource(imageId));
    format.setProperty(QTextFormat::ImageAltText, alt);
    return format;
}

QString BodyFormats::imageId(const QTextImageFormat &format)
{
    return BodyAllowlist::imageIdFromSource(format.name());
}

QUrl BodyFormats::imageUrl(const QString &imageId)
{
    return QUrl(BodyAllowlist::imageSource(imageId));
}
