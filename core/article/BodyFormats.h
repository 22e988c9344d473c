#pragma once

#include <QTextFormat>
#include <QUrl>

class QTextCursor;

// How each element of a canonical body looks inside the editor's QTextDocument. CanonicalBody
// builds documents with these formats and reads them back by the properties named here, so the
// editor should use them too when it applies a heading, a quotation or a link:
//
//   <p>           block without heading level, quotation level, list or rule
//   <h2>–<h4>     QTextBlockFormat::headingLevel() 2–4; text bold and larger (headingText());
//                 boldness inside a heading is not "strong" (headings are bold by nature)
//   <ul>/<ol>     QTextList (list()); nesting depth = QTextListFormat::indent(); bullets
//                 (disc, circle, square) are <ul>, numbers and letters <ol>
//   <blockquote>  paragraphs with QTextFormat::BlockQuoteLevel 1 (quote())
//   <hr>          an empty block with QTextFormat::BlockTrailingHorizontalRulerWidth (rule())
//   <table>       QTextTable; a header cell (<th>) has the HeaderCell property (headerCell())
//   <strong> …    font weight ≥ DemiBold, italic, underline, strike-out
//   <q>           the InlineQuote character property (setInlineQuote())
//   <a href>      QTextCharFormat::isAnchor() with anchorHref() (setLink()); link text is shown
//                 underlined, and underline inside a link is not <u>
//   <img>         QTextImageFormat named "image:UUID" with QTextFormat::ImageAltText (image()).
//                 The editor supplies the pixels: QTextDocument::addResource(ImageResource,
//                 imageUrl(id), image) after CanonicalBody::load() (which clears resources), or
//                 by overriding QTextDocument::loadResource().
//   <br>          U+2028 LINE SEPARATOR inside a block (Shift+Enter in QTextEdit)
//
// Colours, sizes and margins are only for display; serialising ignores them.
class BodyFormats
{
public:
    enum Property {
        InlineQuote = QTextFormat::UserProperty + 0x4e01, // bool, character format
        HeaderCell = QTextFormat::UserProperty + 0x4e02, // bool, table cell format
    };

    static QTextBlockFormat paragraph();
    static QTextBlockFormat heading(int level);
    static QTextCharFormat headingText(int level);
    static QTextBlockFormat quote();
    static QTextBlockFormat rule();
    static QTextListFormat list(bool ordered, int depth);
    static QTextTableFormat table();
    static QTextTableCellFormat headerCell();

    // Makes the blocks the cursor touches headings of the level (2–4), or plain paragraphs
    // (level 0), as one undoable edit: out of any list or quotation, with the text's weight and
    // size following (heading text bold and larger; paragraph text neither, so that a former
    // heading does not come out as <strong>).
    static void setHeading(QTextCursor &cursor, int level);

    static void setInlineQuote(QTextCharFormat &format, bool on);
    // An empty href removes the link (and its underline and colour).
    static void setLink(QTextCharFormat &format, const QString &href);

    static QTextImageFormat image(const QString &imageId, const QString &alt);
    // The id of a stored image an image format shows, or an empty string.
    static QString imageId(const QTextImageFormat &format);
    static QUrl imageUrl(const QString &imageId);
};
