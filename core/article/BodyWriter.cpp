#include "BodyWriter.h"

#include "BodyAllowlist.h"

using namespace Qt::Literals::StringLiterals;
using namespace BodyModel;

namespace {

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            if (attribute)
                out += u"&quot;";
            else
                out += c;
            break;
        case 0x00A0:
            out += u"&nbsp;";
            break;
        default:
            out += c;
        }
    }
}

// An open inline element: a (with its href), q, strong, em, u or s — always nested in that order.
struct Tag
{
    QStringView name;
    QString href;

    bool operator==(const Tag &) const = default;
};

QList<Tag> tagsFor(const Format &format)
{
    QList<Tag> tags;
    if (!format.href.isEmpty())
        tags.append(Tag { u"a", format.href });
    if (format.quote)
        tags.append(Tag { u"q", {} });
    if (format.strong)
        tags.append(Tag { u"strong", {} });
    if (format.em)
        tags.append(Tag { u"em", {} });
    if (format.underline)
        tags.append(Tag { u"u", {} });
    if (format.strike)
        tags.append(Tag { u"s", {} });
    return tags;
}

class InlineWriter
{
public:
    explicit InlineWriter(QString &out)
        : m_out(out)
    { }

    void write(const Inlines &inlines)
    {
        for (const Inline &item : inlines) {
            switch (item.kind) {
            case Inline::Kind::Text:
                moveTo(tagsFor(item.format));
                appendEscaped(m_out, item.text, false);
                break;
            case Inline::Kind::LineBreak:
                // Line breaks stay inside whatever is open: "<strong>a<br>b</strong>".
                m_out += u"<br>";
                break;
            case Inline::Kind::Image:
                // Images ignore the emphasis around them but not the link.
                if (item.format.href.isEmpty()) {
                    if (!m_open.isEmpty() && m_open.first().name == u"a")
                        closeFrom(0);
                } else if (m_open.isEmpty() || m_open.first() != Tag { u"a", item.format.href }) {
                    moveTo({ Tag { u"a", item.format.href } });
                }
                m_out += u"<img src=\"";
                appendEscaped(m_out, BodyAllowlist::imageSource(item.imageId), true);
                m_out += u"\" alt=\"";
                appendEscaped(m_out, item.text, true);
                m_out += u"\">";
                break;
            }
        }
        closeFrom(0);
    }

private:
    void moveTo(const QList<Tag> &target)
    {
        qsizetype common = 0;
        while (common < m_open.size() && common < target.size() && m_open[common] == target[common])
            ++common;
        closeFrom(common);
        for (qsizetype i = common; i < target.size(); ++i) {
            const Tag &tag = target[i];
            m_out += u'<' + tag.name;
            if (!tag.href.isEmpty()) {
                m_out += u" href=\"";
                appendEscaped(m_out, tag.href, true);
                m_out += u'"';
            }
            m_out += u'>';
            m_open.append(tag);
        }
    }

    void closeFrom(qsizetype index)
    {
        while (m_open.size() > index) {
            m_out += u"</" + m_open.last().name + u'>';
            m_open.removeLast();
        }
    }

    QString &m_out;
    QList<Tag> m_open;
};

void writeInlines(QString &out, const Inlines &inlines)
{
    InlineWriter(out).write(inlines);
}

void writeList(QString &out, const List &list)
{
    const QStringView tag = list.ordered ? u"ol" : u"ul";
    out += u'<' + tag + u">\n";
    for (const ListItem &item : list.items) {
        out += u"<li>";
        writeInlines(out, item.content);
        if (!item.sublists.empty()) {
            out += u'\n';
            for (const List &sub : item.sublists)
                writeList(out, sub);
        }
        out += u"</li>\n";
    }
    out += u"</" + tag + u">\n";
}

void appendPlain(QString &out, const Inlines &inlines)
{
    for (const Inline &item : inlines) {
        if (item.kind == Inline::Kind::Text)
            out += item.text;
        else if (item.kind == Inline::Kind::LineBreak)
            out += u'\n';
    }
}

void appendPlainList(QString &out, const List &list)
{
    for (const ListItem &item : list.items) {
        appendPlain(out, item.content);
        out += u'\n';
        for (const List &sub : item.sublists)
            appendPlainList(out, sub);
    }
}

} // namespace

QString BodyWriter::html(const Document &document)
{
    QString out;
    for (const Block &block : document) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            out += u"<p>";
            writeInlines(out, block.content);
            out += u"</p>\n";
            break;
        case Block::Kind::Heading: {
            const QString tag = u"h" + QString::number(block.level);
            out += u'<' + tag + u'>';
            writeInlines(out, block.content);
            out += u"</" + tag + u">\n";
            break;
        }
        case Block::Kind::List:
            writeList(out, block.list);
            break;
        case Block::Kind::Quote:
            out += u"<blockquote>\n";
            for (const Inlines &paragraph : block.paragraphs) {
                out += u"<p>";
                writeInlines(out, paragraph);
                out += u"</p>\n";
            }
            out += u"</blockquote>\n";
            break;
        case Block::Kind::Table:
            out += u"<table>\n";
            for (const QList<Cell> &row : block.rows) {
                out += u"<tr>";
                for (const Cell &cell : row) {
                    out += cell.header ? u"<th>" : u"<td>";
                    writeInlines(out, cell.content);
                    out += cell.header ? u"</th>" : u"</td>";
                }
                out += u"</tr>\n";
            }
            out += u"</table>\n";
            break;
        case Block::Kind::Rule:
            out += u"<hr>\n";
            break;
        }
    }
    return out;
}

QString BodyWriter::plainText(const Document &document)
{
    QString out;
    for (const Block &block : document) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
        case Block::Kind::Heading:
            appendPlain(out, block.content);
            out += u'\n';
            break;
        case Block::Kind::List:
            appendPlainList(out, block.list);
            break;
        case Block::Kind::Quote:
            for (const Inlines &paragraph : block.paragraphs) {
                appendPlain(out, paragraph);
                out += u'\n';
            }
            break;
        case Block::Kind::Table:
            for (const QList<Cell> &row : block.rows) {
                for (qsizetype i = 0; i < row.size(); ++i) {
                    if (i > 0)
                        out += u'\t';
                    appendPlain(out, row[i].content);
                }
                out += u'\n';
            }
            break;
        case Block::Kind::Rule:
            break;
        }
    }
    if (out.endsWith(u'\n'))
        out.chop(1);
    out.replace(QChar(0x00A0), u' ');
    return out;
}
