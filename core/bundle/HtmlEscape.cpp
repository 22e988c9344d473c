#include "HtmlEscape.h"

using namespace Qt::Literals::StringLiterals;

QString HtmlEscape::text(QStringView text)
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

QString HtmlEscape::attribute(QStringView text)
{
    QString out = HtmlEscape::text(text);
    out.replace(u'"', u"&quot;"_s);
    return out;
}
