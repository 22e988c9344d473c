#include "BodyAllowlist.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

using Role = BodyAllowlist::Role;

struct Entry
{
    QStringView name;
    Role role;
    int argument;
    const char *reason;
};

// Incoming elements. Anything not listed is unwrapped: its content stays, the element goes.
constexpr Entry kElements[] = {
    // blocks
    { u"p", Role::Paragraph, 0, nullptr },
    { u"h1", Role::Heading, 2, nullptr },
    { u"h2", Role::Heading, 2, nullptr },
    { u"h3", Role::Heading, 3, nullptr },
    { u"h4", Role::Heading, 4, nullptr },
    { u"h5", Role::Heading, 4, nullptr },
    { u"h6", Role::Heading, 4, nullptr },
    { u"ul", Role::List, 0, nullptr },
    { u"menu", Role::List, 0, nullptr },
    { u"dir", Role::List, 0, nullptr },
    { u"ol", Role::List, 1, nullptr },
    { u"li", Role::ListItem, 0, nullptr },
    { u"blockquote", Role::Quote, 0, nullptr },
    { u"table", Role::Table, 0, nullptr },
    { u"thead", Role::TableSection, 0, nullptr },
    { u"tbody", Role::TableSection, 0, nullptr },
    { u"tfoot", Role::TableSection, 0, nullptr },
    { u"tr", Role::Row, 0, nullptr },
    { u"th", Role::Cell, 1, nullptr },
    { u"td", Role::Cell, 0, nullptr },
    { u"caption", Role::Caption, 0, nullptr },
    { u"hr", Role::Rule, 0, nullptr },
    { u"pre", Role::Preformatted, 0, nullptr },
    { u"listing", Role::Preformatted, 0, nullptr },
    { u"xmp", Role::Preformatted, 0, nullptr },
    { u"plaintext", Role::Preformatted, 0, nullptr },
    { u"div", Role::Block, 0, nullptr },
    { u"section", Role::Block, 0, nullptr },
    { u"article", Role::Block, 0, nullptr },
    { u"aside", Role::Block, 0, nullptr },
    { u"header", Role::Block, 0, nullptr },
    { u"footer", Role::Block, 0, nullptr },
    { u"main", Role::Block, 0, nullptr },
    { u"nav", Role::Block, 0, nullptr },
    { u"address", Role::Block, 0, nullptr },
    { u"center", Role::Block, 0, nullptr },
    { u"figure", Role::Block, 0, nullptr },
    { u"figcaption", Role::Block, 0, nullptr },
    { u"details", Role::Block, 0, nullptr },
    { u"summary", Role::Block, 0, nullptr },
    { u"dialog", Role::Block, 0, nullptr },
    { u"dl", Role::Block, 0, nullptr },
    { u"dt", Role::Block, 0, nullptr },
    { u"dd", Role::Block, 0, nullptr },
    { u"fieldset", Role::Block, 0, nullptr },
    { u"legend", Role::Block, 0, nullptr },
    { u"hgroup", Role::Block, 0, nullptr },
    { u"body", Role::Block, 0, nullptr },
    { u"html", Role::Block, 0, nullptr },
    // inline
    { u"br", Role::LineBreak, 0, nullptr },
    { u"img", Role::Image, 0, nullptr },
    { u"image", Role::Image, 0, nullptr },
    { u"a", Role::Link, 0, nullptr },
    { u"strong", Role::Strong, 0, nullptr },
    { u"b", Role::Strong, 0, nullptr },
    { u"em", Role::Emphasis, 0, nullptr },
    { u"i", Role::Emphasis, 0, nullptr },
    { u"cite", Role::Emphasis, 0, nullptr },
    { u"dfn", Role::Emphasis, 0, nullptr },
    { u"var", Role::Emphasis, 0, nullptr },
    { u"u", Role::Underline, 0, nullptr },
    { u"ins", Role::Underline, 0, nullptr },
    { u"s", Role::Strike, 0, nullptr },
    { u"strike", Role::Strike, 0, nullptr },
    { u"del", Role::Strike, 0, nullptr },
    { u"q", Role::InlineQuote, 0, nullptr },
    // dropped with their content
    { u"script", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "script") },
    { u"noscript", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "script") },
    { u"style", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "style sheet") },
    { u"iframe", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded frame") },
    { u"frame", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded frame") },
    { u"frameset", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded frame") },
    { u"noframes", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded frame") },
    { u"object", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded object") },
    { u"embed", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded object") },
    { u"noembed", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded object") },
    { u"applet", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded object") },
    { u"param", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "embedded object") },
    { u"svg", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "SVG graphic") },
    { u"math", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "formula (MathML)") },
    { u"canvas", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "video, audio or canvas") },
    { u"video", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "video, audio or canvas") },
    { u"audio", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "video, audio or canvas") },
    { u"track", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "video, audio or canvas") },
    { u"map", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "image map") },
    { u"area", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "image map") },
    { u"input", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"button", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"select", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"option", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"optgroup", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"textarea", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"datalist", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"output", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"keygen", Role::Drop, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form field") },
    { u"form", Role::Form, 0, QT_TRANSLATE_NOOP("BodyAllowlist", "form") },
    // page furniture
    { u"head", Role::DropSilently, 0, nullptr },
    { u"title", Role::DropSilently, 0, nullptr },
    { u"meta", Role::DropSilently, 0, nullptr },
    { u"link", Role::DropSilently, 0, nullptr },
    { u"base", Role::DropSilently, 0, nullptr },
    { u"template", Role::DropSilently, 0, nullptr },
    { u"source", Role::DropSilently, 0, nullptr }, // <picture> alternatives; its <img> is judged
    { u"xml", Role::DropSilently, 0, nullptr }, // Word's settings island
    { u"rp", Role::DropSilently, 0, nullptr },
    { u"wbr", Role::DropSilently, 0, nullptr },
    { u"col", Role::DropSilently, 0, nullptr },
    { u"colgroup", Role::DropSilently, 0, nullptr },
};

struct CanonicalElement
{
    QStringView name;
    bool isVoid;
};

constexpr CanonicalElement kCanonical[] = {
    { u"p", false },     { u"h2", false },     { u"h3", false }, { u"h4", false },
    { u"ul", false },    { u"ol", false },     { u"li", false }, { u"blockquote", false },
    { u"table", false }, { u"tr", false },     { u"th", false }, { u"td", false },
    { u"hr", true },     { u"strong", false }, { u"em", false }, { u"u", false },
    { u"s", false },     { u"q", false },      { u"a", false },  { u"br", true },
    { u"img", true },
};

constexpr QStringView kImageScheme = u"image:";

bool isAsciiSpaceOrControl(QChar c)
{
    return c.unicode() <= 0x20;
}

} // namespace

BodyAllowlist::ElementRule BodyAllowlist::element(QStringView name)
{
    for (const Entry &e : kElements) {
        if (e.name == name)
            return { e.role, e.argument, e.reason };
    }
    return {};
}

bool BodyAllowlist::isCanonicalElement(QStringView name)
{
    for (const CanonicalElement &e : kCanonical) {
        if (e.name == name)
            return true;
    }
    return false;
}

bool BodyAllowlist::isVoidCanonicalElement(QStringView name)
{
    for (const CanonicalElement &e : kCanonical) {
        if (e.name == name)
            return e.isVoid;
    }
    return false;
}

bool BodyAllowlist::isCanonicalAttribute(QStringView element, QStringView attribute)
{
    if (element == u"a")
        return attribute == u"href";
    if (element == u"img")
        return attribute == u"src" || attribute == u"alt";
    return false;
}

QString BodyAllowlist::cleanHref(const QString &href, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };

    // Browsers ignore surrounding blanks and controls and every tab and line feed inside, so
    // "java\nscript:" is javascript: — judge the address they would follow.
    qsizetype begin = 0;
    qsizetype end = href.size();
    while (begin < end && isAsciiSpaceOrControl(href[begin]))
        ++begin;
    while (end > begin && isAsciiSpaceOrControl(href[end - 1]))
        --end;
    QString url;
    url.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = href[i];
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return refuse(tr("link with control characters"));
        url += c;
    }

    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.\\-]*):"_s);
    const QRegularExpressionMatch match = schemePattern.match(url);
    if (!match.hasMatch())
        return refuse(tr("link without a web, e-mail or telephone address"));
    const QString scheme = match.captured(1).toLower();
    const QString rest = url.mid(match.capturedLength(0));
    if (scheme != u"http" && scheme != u"https" && scheme != u"mailto" && scheme != u"tel")
        return refuse(tr("link to %1:").arg(scheme));

    url = scheme + u':' + rest;
    if (scheme == u"http" || scheme == u"https") {
        const QUrl parsed(url, QUrl::TolerantMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return refuse(tr("link with an invalid web address"));
    } else if (rest.trimmed().isEmpty()) {
        return refuse(tr("link with an empty %1: address").arg(scheme));
    }
    return url;
}

QString BodyAllowlist::imageIdFromSource(QStringView src)
{
    src = src.trimmed();
    if (!src.startsWith(kImageScheme, Qt::CaseInsensitive))
        return {};
    const QUuid id = QUuid::fromString(src.sliced(kImageScheme.size()));
    if (id.isNull())
        return {};
    return id.toString(QUuid::WithoutBraces);
}

QString BodyAllowlist::imageSource(const QString &imageId)
{
    return kImageScheme.toString() + imageId;
}

QString BodyAllowlist::droppedAttribute(QStringView element, QStringView attribute)
{
    if (isCanonicalAttribute(element, attribute))
        return {};
    if (attribute.startsWith(u"xmlns") || attribute.startsWith(u"xml:"))
        return {};
    if (attribute.startsWith(u"on"))
        return tr("event handler attribute (onclick, onload, …)");
    if (attribute == u"style")
        return tr("style attribute");
    if (attribute == u"class" || attribute == u"id")
        return tr("class or id attribute");
    static constexpr QStringView layout[]
        = { u"width",      u"height",      u"align",       u"valign", u"border", u"bgcolor",
            u"background", u"cellpadding", u"cellspacing", u"color",  u"face",   u"size",
            u"colspan",    u"rowspan",     u"nowrap",      u"hspace", u"vspace", u"frame",
            u"rules",      u"start",       u"type",        u"value",  u"clear",  u"span",
            u"link",       u"vlink",       u"alink",       u"text" };
    for (QStringView a : layout) {
        if (attribute == a)
            return tr("layout attribute (width, align, colspan, …)");
    }
    if (attribute == u"lang" || attribute == u"dir")
        return tr("language or direction attribute");
    if (attribute.startsWith(u"data-") || attribute.startsWith(u"aria-") || attribute == u"role")
        return tr("data or accessibility attribute");
    if (attribute == u"target" || attribute == u"rel")
        return tr("link target attribute");
    if (attribute == u"title")
        return tr("title attribute");
    if (element == u"img" || element == u"image")
        return tr("image attribute %1").arg(attribute.toString());
    return tr("%1 attribute").arg(attribute.toString());
}
