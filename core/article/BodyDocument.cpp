#include "BodyDocument.h"

#include "BodyFormats.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;
using namespace BodyModel;

namespace {

constexpr QChar kLineSeparator(0x2028);
constexpr QChar kObjectReplacement(0xFFFC);

bool isOrdered(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

Format formatOf(const QTextCharFormat &cf)
{
    Format format;
    format.strong = cf.fontWeight() >= QFont::DemiBold;
    format.em = cf.fontItalic();
    format.underline = cf.fontUnderline();
    format.strike = cf.fontStrikeOut();
    format.quote = cf.boolProperty(BodyFormats::InlineQuote);
    if (cf.isAnchor())
        format.href = cf.anchorHref();
    return format;
}

void readInlines(const QTextBlock &block, Inlines &out)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat cf = fragment.charFormat();
        const QString text = fragment.text();
        if (cf.isImageFormat()) {
            const QTextImageFormat image = cf.toImageFormat();
            const QString id = BodyFormats::imageId(image);
            Format format;
            format.href = cf.isAnchor() ? cf.anchorHref() : QString();
            for (QChar c : text) {
                if (c == kObjectReplacement && !id.isEmpty())
                    out.append(Inline { Inline::Kind::Image,
                                        image.property(QTextFormat::ImageAltText).toString(), id,
                                        format });
            }
            continue;
        }
        const Format format = formatOf(cf);
        const QStringList lines = text.split(kLineSeparator);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out.append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
            if (!lines[i].isEmpty())
                out.append(Inline { Inline::Kind::Text, lines[i], {}, format });
        }
    }
}

// Every block inside a frame (a table cell, a nested table), as lines.
void readFlat(QTextFrame::iterator it, Inlines &out)
{
    for (; !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int r = 0; r < table->rows(); ++r) {
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() == r && cell.column() == c)
                            readFlat(cell.begin(), out);
                    }
                }
            } else {
                readFlat(child->begin(), out);
            }
            continue;
        }
        if (!out.isEmpty())
            out.append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
        readInlines(it.currentBlock(), out);
    }
}

class Reader
{
public:
    Document read(const QTextDocument &document)
    {
        readFrame(document.rootFrame());
        normalise(m_body);
        return std::move(m_body);
    }

private:
    struct OpenList
    {
        const QTextList *list;
        int indent;
        BodyModel::List *target;
    };

    void readFrame(QTextFrame *frame)
    {
        for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                m_lists.clear();
                if (auto *table = qobject_cast<QTextTable *>(child))
                    readTable(table);
                else
                    readFrame(child);
            } else {
                readBlock(it.currentBlock());
            }
        }
    }

    void readBlock(const QTextBlock &block)
    {
        if (const QTextList *list = block.textList()) {
            readListItem(block, list);
            return;
        }
        m_lists.clear();
        const QTextBlockFormat bf = block.blockFormat();
        Block out;
        readInlines(block, out.content);
        if (bf.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            if (!out.content.isEmpty())
                m_body.append(out);
            m_body.append(Block { Block::Kind::Rule, 0, {}, {}, {}, {} });
            return;
        }
        if (bf.headingLevel() > 0) {
            out.kind = Block::Kind::Heading;
            out.level = bf.headingLevel();
        } else if (bf.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            if (m_body.isEmpty() || m_body.last().kind != Block::Kind::Quote)
                m_body.append(Block { Block::Kind::Quote, 0, {}, {}, {}, {} });
            m_body.last().paragraphs.append(out.content);
            return;
        }
        m_body.append(out);
    }

    // Lists nest by indent: a list deeper than the one open hangs under its last item.
    void readListItem(const QTextBlock &block, const QTextList *list)
    {
        const QTextListFormat lf = list->format();
        const int indent = lf.indent();
        while (!m_lists.empty()
               && (m_lists.back().indent > indent
                   || (m_lists.back().indent == indent && m_lists.back().list != list)))
            m_lists.pop_back();
        if (m_lists.empty() || m_lists.back().list != list) {
            BodyModel::List *target = nullptr;
            if (m_lists.empty()) {
                Block b { Block::Kind::List, 0, {}, {}, {}, {} };
                b.list.ordered = isOrdered(lf.style());
                m_body.append(b);
                target = &m_body.last().list;
            } else {
                BodyModel::List *parent = m_lists.back().target;
                if (parent->items.empty())
                    parent->items.push_back(ListItem {});
                parent->items.back().sublists.push_back(
                    BodyModel::List { isOrdered(lf.style()), {} });
                target = &parent->items.back().sublists.back();
            }
            m_lists.push_back({ list, indent, target });
        }
        ListItem item;
        readInlines(block, item.content);
        m_lists.back().target->items.push_back(item);
    }

    void readTable(QTextTable *table)
    {
        Block out { Block::Kind::Table, 0, {}, {}, {}, {} };
        for (int r = 0; r < table->rows(); ++r) {
            QList<Cell> row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                Cell result;
                // A cell merged over several columns or rows keeps its text in its first
                // position; the others it covers become empty cells.
                if (cell.row() == r && cell.column() == c) {
                    result.header = cell.format().boolProperty(BodyFormats::HeaderCell);
                    readFlat(cell.begin(), result.content);
                }
                row.append(result);
            }
            out.rows.append(row);
        }
        m_body.append(out);
    }

    Document m_body;
    std::vector<OpenList> m_lists;
};

class Builder
{
public:
    explicit Builder(QTextDocument &document)
        : m_cursor(&document)
    { }

    void build(const Document &body)
    {
        for (const Block &block : body) {
            switch (block.kind) {
            case Block::Kind::Paragraph:
                startBlock(BodyFormats::paragraph(), {});
                insertInlines(m_cursor, block.content, {});
                break;
            case Block::Kind::Heading: {
                const QTextCharFormat text = BodyFormats::headingText(block.level);
                startBlock(BodyFormats::heading(block.level), text);
                insertInlines(m_cursor, block.content, text);
                break;
            }
            case Block::Kind::List:
                buildList(block.list, 1);
                break;
            case Block::Kind::Quote:
                for (const Inlines &paragraph : block.paragraphs) {
                    startBlock(BodyFormats::quote(), {});
                    insertInlines(m_cursor, paragraph, {});
                }
                break;
            case Block::Kind::Table:
                buildTable(block);
                break;
            case Block::Kind::Rule:
                startBlock(BodyFormats::rule(), {});
                break;
            }
        }
    }

private:
    // The document starts with one empty block, and a table leaves one after it: those are
    // used rather than adding a new block.
    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void buildList(const BodyModel::List &list, int depth)
    {
        QTextList *textList = nullptr;
        for (const ListItem &item : list.items) {
            startBlock(BodyFormats::paragraph(), {});
            if (!textList)
                textList = m_cursor.createList(BodyFormats::list(list.ordered, depth));
            else
                textList->add(m_cursor.block());
            insertInlines(m_cursor, item.content, {});
            for (const BodyModel::List &sub : item.sublists)
                buildList(sub, depth + 1);
        }
    }

    void buildTable(const Block &block)
    {
        const int rows = int(block.rows.size());
        const int columns = int(block.rows.first().size());
        QTextTable *table = m_cursor.insertTable(rows, columns, BodyFormats::table());
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const Cell &cell = block.rows[r][c];
                QTextTableCell textCell = table->cellAt(r, c);
                if (cell.header)
                    textCell.setFormat(BodyFormats::headerCell());
                QTextCursor cursor = textCell.firstCursorPosition();
                insertInlines(cursor, cell.content, {});
            }
        }
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_fresh = true;
    }

    static void insertInlines(QTextCursor &cursor, const Inlines &inlines,
                              const QTextCharFormat &base)
    {
        for (const Inline &item : inlines) {
            switch (item.kind) {
            case Inline::Kind::Text: {
                QTextCharFormat cf = base;
                if (item.format.strong)
                    cf.setFontWeight(QFont::Bold);
                if (item.format.em)
                    cf.setFontItalic(true);
                if (item.format.underline)
                    cf.setFontUnderline(true);
                if (item.format.strike)
                    cf.setFontStrikeOut(true);
                if (item.format.quote)
                    BodyFormats::setInlineQuote(cf, true);
                if (!item.format.href.isEmpty())
                    BodyFormats::setLink(cf, item.format.href);
                cursor.insertText(item.text, cf);
                break;
            }
            case Inline::Kind::LineBreak:
                cursor.insertText(QString(kLineSeparator), base);
                break;
            case Inline::Kind::Image: {
                QTextImageFormat image = BodyFormats::image(item.imageId, item.text);
                if (!item.format.href.isEmpty())
                    BodyFormats::setLink(image, item.format.href);
                cursor.insertImage(image);
                break;
            }
            }
        }
    }

    QTextCursor m_cursor;
    bool m_fresh = true;
};

} // namespace

Document BodyDocument::read(const QTextDocument &document)
{
    return Reader().read(document);
}

void BodyDocument::build(const Document &body, QTextDocument &document)
{
    const bool undo = document.isUndoRedoEnabled();
    document.setUndoRedoEnabled(false); // loading is not an edit to undo
    document.clear();
    Builder(document).build(body);
    document.setUndoRedoEnabled(undo);
    document.setModified(false);
}
