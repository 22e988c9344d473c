#include "HtmlTokenizer.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {

// Elements whose content is not markup. Their content is dropped whole: a body never needs it, and
// reading it as markup is how "</script>" inside text would escape.
bool isRawTextElement(QStringView name)
{
    static const QStringList names = {
        u"script"_s,   u"style"_s,   u"textarea"_s, u"title"_s,    u"xmp"_s,
        u"iframe"_s,   u"noembed"_s, u"noframes"_s, u"noscript"_s, u"plaintext"_s,
        u"template"_s, u"svg"_s,     u"math"_s,
    };
    for (const QString &n : names) {
        if (n == name)
            return true;
    }
    return false;
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = {
        { u"amp"_s, U'&' },         { u"lt"_s, U'<' },          { u"gt"_s, U'>' },
        { u"quot"_s, U'"' },        { u"apos"_s, U'\'' },       { u"nbsp"_s, U'\u00A0' },
        { u"shy"_s, U'\u00AD' },    { u"ndash"_s, U'\u2013' },  { u"mdash"_s, U'\u2014' },
        { u"laquo"_s, U'\u00AB' },  { u"raquo"_s, U'\u00BB' },  { u"ldquo"_s, U'\u201C' },
        { u"rdquo"_s, U'\u201D' },  { u"bdquo"_s, U'\u201E' },  { u"lsquo"_s, U'\u2018' },
        { u"rsquo"_s, U'\u2019' },  { u"sbquo"_s, U'\u201A' },  { u"hellip"_s, U'\u2026' },
        { u"copy"_s, U'\u00A9' },   { u"reg"_s, U'\u00AE' },    { u"trade"_s, U'\u2122' },
        { u"deg"_s, U'\u00B0' },    { u"plusmn"_s, U'\u00B1' }, { u"times"_s, U'\u00D7' },
        { u"middot"_s, U'\u00B7' }, { u"bull"_s, U'\u2022' },   { u"euro"_s, U'\u20AC' },
        { u"sect"_s, U'\u00A7' },   { u"numero"_s, U'\u2116' }, { u"thinsp"_s, U'\u2009' },
        { u"ensp"_s, U'\u2002' },   { u"emsp"_s, U'\u2003' },   { u"zwnj"_s, U'\u200C' },
        { u"zwj"_s, U'\u200D' },
    };
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out += QString::fromUcs4(&cp, 1);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &html)
        : m_s(html)
    { }

    QList<HtmlToken> run()
    {
        const qsizetype n = m_s.size();
        while (m_pos < n) {
            const qsizetype lt = m_s.indexOf(u'<', m_pos);
            if (lt < 0) {
                text(m_pos, n);
                break;
            }
            text(m_pos, lt);
            m_pos = lt;
            if (!markup())
                text(lt, ++m_pos); // a lone "<" is text
        }
        flushText();
        return m_tokens;
    }

private:
    void text(qsizetype from, qsizetype to)
    {
        if (to > from)
            m_pendingText += QStringView(m_s).sliced(from, to - from);
    }

    void flushText()
    {
        if (m_pendingText.isEmpty())
            return;
        HtmlToken t;
        t.type = HtmlToken::Type::Text;
        t.text = HtmlTokenizer::decodeEntities(m_pendingText);
        m_tokens << t;
        m_pendingText.clear();
    }

    // At a '<'. Returns false if it does not start markup.
    bool markup()
    {
        const qsizetype n = m_s.size();
        if (m_pos + 1 >= n)
            return false;
        const QChar next = m_s.at(m_pos + 1);
        if (next == u'!' || next == u'?') {
            // Comment, doctype, CDATA or processing instruction: dropped, and the text around it
            // joins up.
            if (QStringView(m_s).sliced(m_pos).startsWith(u"<!--")) {
                const qsizetype end = m_s.indexOf(u"-->", m_pos + 4);
                m_pos = end < 0 ? n : end + 3;
            } else {
                const qsizetype end = m_s.indexOf(u'>', m_pos + 2);
                m_pos = end < 0 ? n : end + 1;
            }
            return true;
        }
        const bool isEnd = next == u'/';
        const qsizetype nameStart = m_pos + (isEnd ? 2 : 1);
        if (nameStart >= n || !isAsciiAlpha(m_s.at(nameStart))) {
            if (isEnd && nameStart < n) {
                // "</ 3>" and friends are bogus comments: dropped.
                const qsizetype end = m_s.indexOf(u'>', nameStart);
                m_pos = end < 0 ? n : end + 1;
                return true;
            }
            return false;
        }
        flushText();
        qsizetype i = nameStart;
        while (i < n && !isSpace(m_s.at(i)) && m_s.at(i) != u'/' && m_s.at(i) != u'>')
            ++i;
        HtmlToken tag;
        tag.type = isEnd ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
        tag.name = m_s.sliced(nameStart, i - nameStart).toLower();
        i = attributes(i, &tag);
        m_pos = i;
        m_tokens << tag;
        if (!isEnd && !tag.selfClosing && isRawTextElement(tag.name))
            skipRawText(tag.name);
        return true;
    }

    // Parses attributes up to and including '>'; returns the position after it.
    qsizetype attributes(qsizetype i, HtmlToken *tag)
    {
        const qsizetype n = m_s.size();
        for (;;) {
            while (i < n && (isSpace(m_s.at(i)) || m_s.at(i) == u'/')) {
                if (m_s.at(i) == u'/' && i + 1 < n && m_s.at(i + 1) == u'>')
                    tag->selfClosing = true;
                ++i;
            }
            if (i >= n)
                return n;
            if (m_s.at(i) == u'>')
                return i + 1;
            const qsizetype nameStart = i;
            ++i; // the first character may be anything, even '='
            while (i < n && !isSpace(m_s.at(i)) && m_s.at(i) != u'/' && m_s.at(i) != u'>'
                   && m_s.at(i) != u'=') {
                ++i;
            }
            const QString name = m_s.sliced(nameStart, i - nameStart).toLower();
            while (i < n && isSpace(m_s.at(i)))
                ++i;
            QString value;
            if (i < n && m_s.at(i) == u'=') {
                ++i;
                while (i < n && isSpace(m_s.at(i)))
                    ++i;
                if (i < n && (m_s.at(i) == u'"' || m_s.at(i) == u'\'')) {
                    const QChar quote = m_s.at(i);
                    const qsizetype end = m_s.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? n : end;
                    value = HtmlTokenizer::decodeEntities(
                        QStringView(m_s).sliced(i + 1, stop - i - 1));
                    i = end < 0 ? n : end + 1;
                } else {
                    const qsizetype start = i;
                    while (i < n && !isSpace(m_s.at(i)) && m_s.at(i) != u'>')
                        ++i;
                    value
                        = HtmlTokenizer::decodeEntities(QStringView(m_s).sliced(start, i - start));
                }
            }
            if (!tag->hasAttribute(name)) // the first of duplicates wins, as in browsers
                tag->attributes.append({ name, value });
        }
    }

    void skipRawText(const QString &name)
    {
        const qsizetype n = m_s.size();
        qsizetype i = m_pos;
        const QString closing = u"</"_s + name;
        for (;;) {
            const qsizetype at = m_s.indexOf(closing, i, Qt::CaseInsensitive);
            if (at < 0) {
                m_pos = n;
                break;
            }
            const qsizetype after = at + closing.size();
            if (after >= n || isSpace(m_s.at(after)) || m_s.at(after) == u'>'
                || m_s.at(after) == u'/') {
                const qsizetype end = m_s.indexOf(u'>', after);
                m_pos = end < 0 ? n : end + 1;
                break;
            }
            i = after;
        }
        HtmlToken end;
        end.type = HtmlToken::Type::EndTag;
        end.name = name;
        m_tokens << end;
    }

    const QString &m_s;
    qsizetype m_pos = 0;
    QString m_pendingText;
    QList<HtmlToken> m_tokens;
};

} // namespace

QString HtmlToken::attribute(const QString &attributeName) const
{
    for (const auto &[name, value] : attributes) {
        if (name == attributeName)
            return value;
    }
    return {};
}

bool HtmlToken::hasAttribute(const QString &attributeName) const
{
    for (const auto &attr : attributes) {
        if (attr.first == attributeName)
            return true;
    }
    return false;
}

QList<HtmlToken> HtmlTokenizer::tokenize(const QString &html)
{
    return Tokenizer(html).run();
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        // Find the reference's end: ';' within a sane distance.
        qsizetype end = i + 1;
        while (end < n && end - i <= 32 && text.at(end) != u';' && text.at(end) != u'&'
               && !isSpace(text.at(end)) && text.at(end) != u'<') {
            ++end;
        }
        if (end >= n || text.at(end) != u';') {
            out += c;
            ++i;
            continue;
        }
        const QStringView ref = text.sliced(i + 1, end - i - 1);
        bool ok = false;
        if (ref.startsWith(u'#')) {
            char32_t cp = 0;
            if (ref.size() > 1 && (ref.at(1) == u'x' || ref.at(1) == u'X'))
                cp = char32_t(ref.sliced(2).toUInt(&ok, 16));
            else
                cp = char32_t(ref.sliced(1).toUInt(&ok, 10));
            if (ok)
                appendCodePoint(out, cp);
        } else {
            const auto it = namedEntities().constFind(ref.toString());
            if (it != namedEntities().constEnd()) {
                appendCodePoint(out, it.value());
                ok = true;
            }
        }
        if (ok) {
            i = end + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString HtmlTokenizer::escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
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
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString HtmlTokenizer::escapeAttribute(QStringView text)
{
    QString out = escapeText(text);
    out.replace(u'"', u"&quot;"_s);
    return out;
}
