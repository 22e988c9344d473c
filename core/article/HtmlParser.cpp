#include "HtmlParser.h"

#include <algorithm>
#include <initializer_list>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

using Names = std::span<const QStringView>;

bool isOneOf(QStringView name, Names names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isVoidElement(QStringView name)
{
    return isOneOf(name,
                   { u"area",  u"base",   u"br",       u"col",     u"embed",  u"hr",    u"img",
                     u"input", u"link",   u"meta",     u"param",   u"source", u"track", u"wbr",
                     u"image", u"keygen", u"basefont", u"bgsound", u"frame",  u"spacer" });
}

// Start tags that end an open <p> (HTML's "closes a p element").
bool closesParagraph(QStringView name)
{
    return isOneOf(name,
                   { u"address", u"article", u"aside", u"blockquote", u"center",   u"details",
                     u"dialog",  u"dir",     u"div",   u"dl",         u"fieldset", u"figcaption",
                     u"figure",  u"footer",  u"form",  u"h1",         u"h2",       u"h3",
                     u"h4",      u"h5",      u"h6",    u"header",     u"hgroup",   u"hr",
                     u"li",      u"dd",      u"dt",    u"listing",    u"main",     u"menu",
                     u"nav",     u"ol",      u"p",     u"pre",        u"section",  u"summary",
                     u"table",   u"ul",      u"xmp",   u"plaintext" });
}

bool isHeading(QStringView name)
{
    return isOneOf(name, { u"h1", u"h2", u"h3", u"h4", u"h5", u"h6" });
}

// Elements that a search for an open element to close does not look beyond.
constexpr QStringView kScopeBoundaries[]
    = { u"table",   u"td",     u"th",       u"caption", u"button", u"object",
        u"marquee", u"applet", u"template", u"svg",     u"math" };
constexpr QStringView kListScope[] = { u"ul", u"ol", u"menu", u"dir", u"table", u"td", u"th" };
constexpr QStringView kDefinitionScope[] = { u"dl", u"table", u"td", u"th" };
constexpr QStringView kTableScope[] = { u"table" };
constexpr QStringView kRowScope[] = { u"table", u"tr" };
constexpr QStringView kSelectScope[] = { u"select" };

class TreeBuilder
{
public:
    TreeBuilder()
        : m_root(std::make_unique<HtmlNode>())
    {
        m_root->name = u"#root"_s;
        m_stack.push_back(m_root.get());
    }

    void add(HtmlToken &token)
    {
        switch (token.type) {
        case HtmlToken::Type::Text:
            addText(token.text);
            break;
        case HtmlToken::Type::StartTag:
            startTag(token);
            break;
        case HtmlToken::Type::EndTag:
            endTag(token);
            break;
        }
    }

    std::unique_ptr<HtmlNode> take() { return std::move(m_root); }

private:
    HtmlNode *current() const { return m_stack.back(); }

    void addText(const QString &text)
    {
        if (text.isEmpty())
            return;
        HtmlNode *parent = current();
        if (!parent->children.empty() && parent->children.back()->isText()) {
            parent->children.back()->text += text;
            return;
        }
        auto node = std::make_unique<HtmlNode>();
        node->text = text;
        parent->children.push_back(std::move(node));
    }

    // Index in m_stack of the innermost open element called name, searching no further than
    // the given boundaries; -1 if none.
    qsizetype findOpen(QStringView name, Names boundaries) const
    {
        for (qsizetype i = qsizetype(m_stack.size()) - 1; i > 0; --i) {
            if (m_stack[size_t(i)]->name == name)
                return i;
            if (isOneOf(m_stack[size_t(i)]->name, boundaries))
                return -1;
        }
        return -1;
    }

    void closeFrom(qsizetype index) { m_stack.resize(size_t(index)); }

    void closeIfOpen(QStringView name, Names boundaries)
    {
        const qsizetype at = findOpen(name, boundaries);
        if (at > 0)
            closeFrom(at);
    }

    void closeImplied(QStringView name)
    {
        if (closesParagraph(name))
            closeIfOpen(u"p", kScopeBoundaries);
        if (name == u"li") {
            closeIfOpen(u"li", kListScope);
        } else if (name == u"dd" || name == u"dt") {
            closeIfOpen(u"dd", kDefinitionScope);
            closeIfOpen(u"dt", kDefinitionScope);
        } else if (isHeading(name) && isHeading(current()->name)) {
            closeFrom(qsizetype(m_stack.size()) - 1);
        } else if (name == u"tr") {
            closeIfOpen(u"tr", kTableScope);
            closeIfOpen(u"td", kTableScope);
            closeIfOpen(u"th", kTableScope);
        } else if (name == u"td" || name == u"th") {
            closeIfOpen(u"td", kRowScope);
            closeIfOpen(u"th", kRowScope);
        } else if (isOneOf(name, { u"thead", u"tbody", u"tfoot" })) {
            for (QStringView section : { u"thead", u"tbody", u"tfoot" })
                closeIfOpen(section, kTableScope);
            closeIfOpen(u"tr", kTableScope);
        } else if (name == u"a") {
            closeIfOpen(u"a", kScopeBoundaries);
        } else if (name == u"option" || name == u"optgroup") {
            closeIfOpen(u"option", kSelectScope);
        }
    }

    void startTag(HtmlToken &token)
    {
        closeImplied(token.name);
        auto node = std::make_unique<HtmlNode>();
        node->name = token.name;
        node->attributes = std::move(token.attributes);
        HtmlNode *raw = node.get();
        current()->children.push_back(std::move(node));
        const bool empty = isVoidElement(token.name) || token.selfClosing;
        if (!empty && m_stack.size() < size_t(HtmlParser::MaxDepth))
            m_stack.push_back(raw);
    }

    void endTag(const HtmlToken &token)
    {
        const QString &name = token.name;
        if (name == u"br") { // browsers read </br> as <br>
            HtmlToken br;
            br.type = HtmlToken::Type::StartTag;
            br.name = name;
            startTag(br);
            return;
        }
        Names boundaries = kScopeBoundaries;
        if (isOneOf(name, { u"td", u"th", u"tr", u"thead", u"tbody", u"tfoot", u"caption" }))
            boundaries = kTableScope;
        else if (name == u"table")
            boundaries = {};
        else if (isHeading(name)) {
            // </h3> closes whichever heading is open, as in browsers.
            for (qsizetype i = qsizetype(m_stack.size()) - 1; i > 0; --i) {
                if (isHeading(m_stack[size_t(i)]->name)) {
                    closeFrom(i);
                    return;
                }
                if (isOneOf(m_stack[size_t(i)]->name, kScopeBoundaries))
                    return;
            }
            return;
        }
        closeIfOpen(name, boundaries);
    }

    std::unique_ptr<HtmlNode> m_root;
    std::vector<HtmlNode *> m_stack;
};

} // namespace

QString HtmlNode::attribute(QStringView attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return a.value.isNull() ? u""_s : a.value;
    }
    return {};
}

std::unique_ptr<HtmlNode> HtmlParser::parse(QStringView html)
{
    HtmlTokenizer tokenizer(html);
    TreeBuilder builder;
    HtmlToken token;
    while (tokenizer.next(&token))
        builder.add(token);
    return builder.take();
}
