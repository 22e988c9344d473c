#include "HtmlTokenizer.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct NamedEntity
{
    QStringView name;
    char32_t codePoint;
};

// Regenerate HtmlEntities.inc with:
//   python3 -c 'import html.entities as e; d = dict(e.name2codepoint, apos=0x27);
//     [print("    {u\"%s\", 0x%04X}," % kv) for kv in sorted(d.items())]'
constexpr NamedEntity kEntities[] = {
#include "HtmlEntities.inc"
};

// What browsers make of the C1 range in numeric references (Windows-1252), so that Word's &#150;
// becomes an en dash rather than an invisible control character.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

QString asciiLower(QStringView s)
{
    QString out = s.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

char32_t namedEntity(QStringView name)
{
    const auto *end = std::end(kEntities);
    const auto *it = std::lower_bound(
        std::begin(kEntities), end, name,
        [](const NamedEntity &e, QStringView n) { return e.name.compare(n) < 0; });
    if (it != end && it->name == name)
        return it->codePoint;
    return 0;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    else if (cp >= 0x80 && cp <= 0x9F)
        cp = kWindows1252[cp - 0x80];
    const char32_t one[1] = { cp };
    out += QString::fromUcs4(one, 1);
}

// Raw text elements: their content is not markup. RCDATA ones (title, textarea) still decode
// character references.
bool isRawTextElement(QStringView name, bool *decoded)
{
    static constexpr QStringView raw[]
        = { u"script", u"style", u"xmp", u"iframe", u"noembed", u"noframes", u"noscript" };
    static constexpr QStringView rcdata[] = { u"title", u"textarea" };
    *decoded = false;
    for (QStringView r : raw) {
        if (name == r)
            return true;
    }
    for (QStringView r : rcdata) {
        if (name == r) {
            *decoded = true;
            return true;
        }
    }
    return false;
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{ }

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text[j] == u'#') {
            ++j;
            const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t value = 0;
            bool overflow = false;
            while (j < n) {
                const QChar d = text[j];
                int digit = -1;
                if (isAsciiDigit(d))
                    digit = d.unicode() - u'0';
                else if (hex && d >= u'a' && d <= u'f')
                    digit = d.unicode() - u'a' + 10;
                else if (hex && d >= u'A' && d <= u'F')
                    digit = d.unicode() - u'A' + 10;
                if (digit < 0)
                    break;
                if (value > 0x10FFFF)
                    overflow = true;
                else
                    value = value * (hex ? 16 : 10) + char32_t(digit);
                ++j;
            }
            if (j == digitsStart) { // "&#" without digits: literal
                out += c;
                ++i;
                continue;
            }
            if (j < n && text[j] == u';')
                ++j;
            appendCodePoint(out, overflow ? 0xFFFD : value);
            i = j;
            continue;
        }
        while (j < n && isAsciiAlnum(text[j]) && j - i <= 32)
            ++j;
        if (j < n && text[j] == u';' && j > i + 1) {
            if (const char32_t cp = namedEntity(text.sliced(i + 1, j - i - 1))) {
                appendCodePoint(out, cp);
                i = j + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

bool HtmlTokenizer::next(HtmlToken *token)
{
    *token = HtmlToken();
    if (m_plainText) {
        m_plainText = false;
        if (m_pos >= m_html.size())
            return false;
        token->text = m_html.sliced(m_pos).toString();
        m_pos = m_html.size();
        return true;
    }
    if (!m_rawTextEnd.isEmpty())
        return readRawText(token);

    const qsizetype n = m_html.size();
    while (m_pos < n) {
        // Text up to the next "<" that starts markup; a "<" that does not stays text.
        qsizetype end = m_pos;
        while (end < n) {
            if (m_html[end] == u'<' && end + 1 < n) {
                const QChar after = m_html[end + 1];
                if (isAsciiLetter(after) || after == u'/' || after == u'!' || after == u'?')
                    break;
            }
            ++end;
        }
        if (end > m_pos) {
            token->type = HtmlToken::Type::Text;
            token->text = decodeEntities(m_html.sliced(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        if (readMarkup(token))
            return true;
    }
    return false;
}

// At a "<" that starts markup. Returns true when it produced a tag token; comments and the like are
// skipped (false, with m_pos past them).
bool HtmlTokenizer::readMarkup(HtmlToken *token)
{
    const QStringView rest = m_html.sliced(m_pos);
    if (rest.startsWith(u"<!--")) {
        m_pos += 4;
        const QStringView body = m_html.sliced(m_pos);
        if (body.startsWith(u'>')) { // "<!-->"
            m_pos += 1;
            return false;
        }
        if (body.startsWith(u"->")) { // "<!--->"
            m_pos += 2;
            return false;
        }
        const qsizetype close = body.indexOf(u"-->");
        const qsizetype bang = body.indexOf(u"--!>");
        if (close < 0 && bang < 0)
            m_pos = m_html.size();
        else if (bang >= 0 && (close < 0 || bang < close))
            m_pos += bang + 4;
        else
            m_pos += close + 3;
        return false;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        // Doctype, CDATA, Word's <![if !supportLists]> markers, XML declarations.
        m_pos += 2;
        skipPast(u">");
        return false;
    }
    if (rest.startsWith(u"</")) {
        if (rest.size() > 2 && isAsciiLetter(rest[2])) {
            m_pos += 2;
            return readTag(token, true);
        }
        m_pos += 2;
        if (rest.size() > 2 && rest[2] == u'>') // "</>" is nothing
            m_pos += 1;
        else
            skipPast(u">");
        return false;
    }
    m_pos += 1;
    return readTag(token, false);
}

void HtmlTokenizer::skipPast(QStringView terminator)
{
    const qsizetype at = m_html.sliced(m_pos).indexOf(terminator);
    m_pos = at < 0 ? m_html.size() : m_pos + at + terminator.size();
}

// At the first letter of the tag name. A tag cut off by the end of the input is dropped, as
// browsers do.
bool HtmlTokenizer::readTag(HtmlToken *token, bool endTag)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos;
    while (i < n && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>')
        ++i;
    token->type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    token->name = asciiLower(m_html.sliced(m_pos, i - m_pos));

    for (;;) {
        while (i < n
               && (isSpace(m_html[i]) || (m_html[i] == u'/' && i + 1 < n && m_html[i + 1] != u'>')))
            ++i;
        if (i >= n) {
            m_pos = n;
            return false;
        }
        if (m_html[i] == u'>') {
            ++i;
            break;
        }
        if (m_html[i] == u'/') { // "/>"
            if (i + 1 >= n) {
                m_pos = n;
                return false;
            }
            token->selfClosing = true;
            i += 2;
            break;
        }
        const qsizetype nameStart = i;
        ++i; // a leading "=" belongs to the name
        while (i < n && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>'
               && m_html[i] != u'=')
            ++i;
        HtmlAttribute attribute;
        attribute.name = asciiLower(m_html.sliced(nameStart, i - nameStart));
        qsizetype j = i;
        while (j < n && isSpace(m_html[j]))
            ++j;
        if (j < n && m_html[j] == u'=') {
            ++j;
            while (j < n && isSpace(m_html[j]))
                ++j;
            if (j >= n) {
                m_pos = n;
                return false;
            }
            if (m_html[j] == u'"' || m_html[j] == u'\'') {
                const QChar quote = m_html[j];
                const qsizetype close = m_html.sliced(j + 1).indexOf(quote);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                attribute.value = decodeEntities(m_html.sliced(j + 1, close));
                i = j + 1 + close + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < n && !isSpace(m_html[j]) && m_html[j] != u'>')
                    ++j;
                attribute.value = decodeEntities(m_html.sliced(valueStart, j - valueStart));
                i = j;
            }
        }
        const bool duplicate
            = std::any_of(token->attributes.cbegin(), token->attributes.cend(),
                          [&](const HtmlAttribute &a) { return a.name == attribute.name; });
        if (!duplicate && !endTag)
            token->attributes.append(attribute);
    }
    m_pos = i;

    if (!endTag) {
        bool decoded = false;
        if (token->name == u"plaintext") {
            m_plainText = true; // the rest of the input is text
            token->selfClosing = false;
        } else if (isRawTextElement(token->name, &decoded)) {
            m_rawTextEnd = token->name;
            m_rawTextDecoded = decoded;
            token->selfClosing = false; // <script/> still swallows what follows, as in a browser
        }
    }
    return true;
}

bool HtmlTokenizer::readRawText(HtmlToken *token)
{
    const qsizetype n = m_html.size();
    qsizetype end = n;
    for (qsizetype i = m_pos; i + 1 < n; ++i) {
        if (m_html[i] != u'<' || m_html[i + 1] != u'/')
            continue;
        const qsizetype nameStart = i + 2;
        const qsizetype nameEnd = nameStart + m_rawTextEnd.size();
        if (nameEnd > n)
            break;
        if (m_html.sliced(nameStart, m_rawTextEnd.size()).compare(m_rawTextEnd, Qt::CaseInsensitive)
            != 0)
            continue;
        if (nameEnd == n || isSpace(m_html[nameEnd]) || m_html[nameEnd] == u'/'
            || m_html[nameEnd] == u'>') {
            end = i;
            break;
        }
    }
    const QStringView raw = m_html.sliced(m_pos, end - m_pos);
    m_rawTextEnd.clear();
    m_pos = end;
    if (raw.isEmpty())
        return next(token);
    token->type = HtmlToken::Type::Text;
    token->text = m_rawTextDecoded ? decodeEntities(raw) : raw.toString();
    return true;
}
