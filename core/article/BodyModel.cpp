#include "BodyModel.h"

#include "BodyAllowlist.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace BodyModel {
namespace {

constexpr char16_t kNbsp = 0x00A0;

bool isCollapsibleSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0x0B
        || c == 0x2028 || c == 0x2029;
}

// Characters that cannot stand in a body: controls, the object replacement character that
// QTextDocument uses for images, the noncharacters it uses for frames, lone surrogates.
bool isForbidden(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0xFFFC || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF))
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode());
    if (QChar::isLowSurrogate(c))
        return i == 0 || !QChar::isHighSurrogate(text[i - 1].unicode());
    return false;
}

QString cleanAlt(const QString &alt)
{
    QString out;
    bool space = true;
    for (qsizetype i = 0; i < alt.size(); ++i) {
        const char16_t c = alt[i].unicode();
        if (isCollapsibleSpace(c) || c == kNbsp) {
            if (!space)
                out += u' ';
            space = true;
            continue;
        }
        if (isForbidden(alt, i))
            continue;
        out += QChar(c);
        space = false;
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

class InlineNormaliser
{
public:
    explicit InlineNormaliser(bool inHeading)
        : m_inHeading(inHeading)
    { }

    void add(const Inline &item)
    {
        switch (item.kind) {
        case Inline::Kind::Text:
            addText(item.text, cleanFormat(item.format));
            break;
        case Inline::Kind::LineBreak:
            dropTrailingSpace();
            if (!m_out.isEmpty())
                m_out.append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
            m_atLineStart = true;
            break;
        case Inline::Kind::Image: {
            const QString id
                = BodyAllowlist::imageIdFromSource(BodyAllowlist::imageSource(item.imageId));
            if (id.isEmpty())
                break;
            Format format;
            format.href = BodyAllowlist::cleanHref(item.format.href);
            m_out.append(Inline { Inline::Kind::Image, cleanAlt(item.text), id, format });
            m_atLineStart = false;
            m_lastWasSpace = false;
            break;
        }
        }
    }

    Inlines finish()
    {
        for (;;) {
            dropTrailingSpace();
            if (!m_out.isEmpty() && m_out.last().kind == Inline::Kind::LineBreak)
                m_out.removeLast();
            else
                break;
        }
        return m_out;
    }

private:
    Format cleanFormat(Format format) const
    {
        if (m_inHeading)
            format.strong = false;
        if (!format.href.isEmpty()) {
            // Underline is how links look, also links the allowlist refuses.
            format.underline = false;
            format.href = BodyAllowlist::cleanHref(format.href);
        }
        return format;
    }

    void addText(QStringView text, const Format &format)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (isCollapsibleSpace(c)) {
                if (!m_atLineStart && !m_lastWasSpace) {
                    out += u' ';
                    m_lastWasSpace = true;
                }
                continue;
            }
            if (isForbidden(text, i))
                continue;
            out += QChar(c);
            m_lastWasSpace = false;
            m_atLineStart = false;
        }
        if (out.isEmpty())
            return;
        if (!m_out.isEmpty() && m_out.last().kind == Inline::Kind::Text
            && m_out.last().format == format)
            m_out.last().text += out;
        else
            m_out.append(Inline { Inline::Kind::Text, out, {}, format });
    }

    void dropTrailingSpace()
    {
        if (!m_out.isEmpty() && m_out.last().kind == Inline::Kind::Text
            && m_out.last().text.endsWith(u' ')) {
            m_out.last().text.chop(1);
            if (m_out.last().text.isEmpty())
                m_out.removeLast();
        }
        m_lastWasSpace = false;
    }

    bool m_inHeading;
    Inlines m_out;
    bool m_atLineStart = true;
    bool m_lastWasSpace = false;
};

// The items of the lists nested in item, depth first, as one flat sequence.
void appendFlattened(std::vector<ListItem> &out, ListItem item)
{
    std::vector<List> sublists = std::move(item.sublists);
    item.sublists.clear();
    out.push_back(std::move(item));
    for (List &sub : sublists) {
        for (ListItem &nested : sub.items)
            appendFlattened(out, std::move(nested));
    }
}

void normalise(List &list, int depth)
{
    if (depth >= BodyAllowlist::MaxListDepth) {
        std::vector<ListItem> flat;
        for (ListItem &item : list.items)
            appendFlattened(flat, std::move(item));
        list.items = std::move(flat);
    }
    for (ListItem &item : list.items) {
        normalise(item.content);
        for (List &sub : item.sublists)
            normalise(sub, depth + 1);
        std::erase_if(item.sublists, [](const List &l) { return l.items.empty(); });
    }
}

} // namespace

void normalise(Inlines &inlines, bool inHeading)
{
    InlineNormaliser normaliser(inHeading);
    for (const Inline &item : std::as_const(inlines))
        normaliser.add(item);
    inlines = normaliser.finish();
}

bool isBlank(const Inlines &inlines)
{
    for (const Inline &item : inlines) {
        if (item.kind == Inline::Kind::Image)
            return false;
        if (item.kind == Inline::Kind::Text) {
            for (QChar c : item.text) {
                if (c != u' ' && c != QChar(kNbsp))
                    return false;
            }
        }
    }
    return true;
}

void normalise(Document &document)
{
    Document out;
    for (Block &block : document) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
        case Block::Kind::Heading:
            if (block.kind == Block::Kind::Heading)
                block.level = std::clamp(block.level, 2, 4);
            else
                block.level = 0;
            normalise(block.content, block.kind == Block::Kind::Heading);
            if (isBlank(block.content))
                continue;
            block.list = {};
            block.paragraphs.clear();
            block.rows.clear();
            break;
        case Block::Kind::List:
            normalise(block.list, 1);
            if (block.list.items.empty())
                continue;
            break;
        case Block::Kind::Quote: {
            for (Inlines &p : block.paragraphs)
                normalise(p);
            block.paragraphs.removeIf(isBlank);
            if (block.paragraphs.isEmpty())
                continue;
            if (!out.isEmpty() && out.last().kind == Block::Kind::Quote) {
                out.last().paragraphs += block.paragraphs;
                continue;
            }
            break;
        }
        case Block::Kind::Table: {
            qsizetype columns = 0;
            for (QList<Cell> &row : block.rows) {
                for (Cell &cell : row)
                    normalise(cell.content);
                columns = std::max(columns, row.size());
            }
            block.rows.removeIf([](const QList<Cell> &row) { return row.isEmpty(); });
            if (block.rows.isEmpty())
                continue;
            for (QList<Cell> &row : block.rows) {
                while (row.size() < columns)
                    row.append(Cell {});
            }
            break;
        }
        case Block::Kind::Rule:
            block = Block { Block::Kind::Rule, 0, {}, {}, {}, {} };
            break;
        }
        out.append(std::move(block));
    }
    document = std::move(out);
}

} // namespace BodyModel
