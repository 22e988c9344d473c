#include "SearchText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Interim: CanonicalBody::plainText (article/) is being written in parallel; until it is on
// main this strips the canonical subset's tags itself. Replace the body of SearchText::body
// with `return CanonicalBody::plainText(canonicalHtml);` once it lands.
QString stripTags(const QString &html)
{
    static const QStringList blockTags { u"p"_s,          u"h2"_s, u"h3"_s, u"h4"_s,   u"li"_s,
                                         u"blockquote"_s, u"tr"_s, u"br"_s, u"hr"_s,   u"td"_s,
                                         u"th"_s,         u"ul"_s, u"ol"_s, u"table"_s };
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                break;
            QStringView tag = QStringView(html).mid(i + 1, end - i - 1).trimmed();
            if (tag.startsWith(u'/'))
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            if (blockTags.contains(name)) {
                if (!out.isEmpty() && !out.endsWith(u'\n'))
                    out += u'\n';
            }
            i = end + 1;
        } else if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end < 0 || end - i > 10) {
                out += c;
                ++i;
                continue;
            }
            const QStringView entity = QStringView(html).mid(i + 1, end - i - 1);
            if (entity == u"amp")
                out += u'&';
            else if (entity == u"lt")
                out += u'<';
            else if (entity == u"gt")
                out += u'>';
            else if (entity == u"quot")
                out += u'"';
            else if (entity == u"apos")
                out += u'\'';
            else if (entity == u"nbsp")
                out += u' ';
            else if (entity.startsWith(u'#')) {
                bool ok = false;
                const uint code = entity.startsWith(u"#x") || entity.startsWith(u"#X")
                    ? entity.mid(2).toUInt(&ok, 16)
                    : entity.mid(1).toUInt(&ok, 10);
                if (ok && code > 0 && code <= 0x10FFFF) {
                    const char32_t cp = code;
                    out += QString::fromUcs4(&cp, 1);
                }
            } else {
                out += QStringView(html).mid(i, end - i + 1);
            }
            i = end + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out.trimmed();
}

} // namespace

QString SearchText::body(const QString &canonicalHtml)
{
    return stripTags(canonicalHtml);
}

QString SearchText::tags(const QStringList &tags)
{
    return tags.join(u'\n');
}
