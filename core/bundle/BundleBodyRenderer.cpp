#include "BundleBodyRenderer.h"

#include "article/BodyAllowlist.h"
#include "article/CanonicalBody.h"
#include "article/TextStats.h"
#include "bundle/HtmlEscape.h"
#include "bundle/HtmlTokens.h"
#include "bundle/PageLabels.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// How an element may nest, which decides what the emitter closes or inserts so that a browser
// parses the output exactly as written (no implied ends, no foster parenting).
enum class Kind {
    Root, // the fragment itself
    Flow, // blockquote, li, td, th: blocks and text alike
    Phrasing, // p, h2–h4: text and inline elements only
    Inline, // strong, em, u, s, q, a
    List, // ul, ol: li only
    TableSection, // table, thead, tbody
    Row, // tr: td and th only
};

struct Open
{
    QString name;
    QString startTag;
    QString endTag;
    Kind kind;
    bool emitted;
};

QString canonicalName(const QString &name)
{
    if (name == u"b")
        return u"strong"_s;
    if (name == u"i")
        return u"em"_s;
    if (name == u"strike" || name == u"del")
        return u"s"_s;
    if (name == u"ins")
        return u"u"_s;
    if (name == u"h1")
        return u"h2"_s;
    if (name == u"h5" || name == u"h6")
        return u"h4"_s;
    return name;
}

bool isPhrasingContainer(const QString &n)
{
    return n == u"p" || n == u"h2" || n == u"h3" || n == u"h4";
}

bool isInline(const QString &n)
{
    return n == u"strong" || n == u"em" || n == u"u" || n == u"s" || n == u"q" || n == u"a";
}

// http, https, mailto and tel only (BodyAllowlist decides, as for the canonical body), and a web
// link must name a host; returns the URL to emit, or an empty string.
QString safeHref(const QString &href, bool *external)
{
    const QString clean = BodyAllowlist::cleanHref(href);
    if (clean.isEmpty())
        return {};
    const QUrl url(clean, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    *external = scheme == u"http" || scheme == u"https";
    if (!url.isValid() || (*external && url.host().isEmpty()))
        return {};
    if (!*external && scheme != u"mailto" && scheme != u"tel")
        return {};
    return QString::fromUtf8(url.toEncoded());
}

bool isVoid(const QString &name)
{
    static const QStringList names = { u"area"_s, u"base"_s,  u"br"_s,     u"col"_s,    u"embed"_s,
                                       u"hr"_s,   u"img"_s,   u"input"_s,  u"keygen"_s, u"link"_s,
                                       u"meta"_s, u"param"_s, u"source"_s, u"track"_s,  u"wbr"_s };
    return names.contains(name);
}

class Emitter
{
public:
    Emitter(const QList<BundleImage> &images, const QString &language)
        : m_images(images)
        , m_language(language)
    {
        m_stack.append({ {}, {}, {}, Kind::Root, true });
    }

    void run(const QList<HtmlToken> &tokens)
    {
        for (const HtmlToken &token : tokens) {
            // Elements that BodyAllowlist drops with their content (script, style, svg, iframe,
            // object, form fields, head, …) go whole here too, whatever is inside them.
            if (!m_skipping.isEmpty()) {
                if (token.type == HtmlToken::Type::StartTag && token.name == m_skipping
                    && !token.selfClosing) {
                    ++m_skipDepth;
                } else if (token.type == HtmlToken::Type::EndTag && token.name == m_skipping
                           && --m_skipDepth == 0) {
                    m_skipping.clear();
                }
                continue;
            }
            switch (token.type) {
            case HtmlToken::Type::Text:
                text(token.text);
                break;
            case HtmlToken::Type::StartTag: {
                const auto role = BodyAllowlist::element(token.name).role;
                if (role == BodyAllowlist::Role::Drop
                    || role == BodyAllowlist::Role::DropSilently) {
                    if (!token.selfClosing && !isVoid(token.name)) {
                        m_skipping = token.name;
                        m_skipDepth = 1;
                    }
                    break;
                }
                start(token);
                break;
            }
            case HtmlToken::Type::EndTag:
                end(canonicalName(token.name));
                break;
            }
        }
        while (m_stack.size() > 1)
            closeTop();
    }

    QString html() const { return m_out; }
    QString plainText() const
    {
        QStringList lines;
        for (const QString &line : m_plain.split(u'\n')) {
            const QString s = line.simplified();
            if (!s.isEmpty())
                lines << s;
        }
        return lines.join(u'\n');
    }

private:
    const Open &top() const { return m_stack.constLast(); }
    Kind topKind() const { return top().kind; }
    bool topIsTable() const { return topKind() == Kind::TableSection || topKind() == Kind::Row; }

    void blockBreak()
    {
        if (!m_plain.isEmpty() && !m_plain.endsWith(u'\n'))
            m_plain += u'\n';
    }

    // One block a line, as in a canonical body: a line feed after each block's end and after the
    // start of a container of blocks.
    static bool startsLine(const QString &name)
    {
        return name == u"ul" || name == u"ol" || name == u"blockquote" || name == u"table"
            || name == u"thead" || name == u"tbody";
    }
    static bool endsLine(const QString &name)
    {
        return isPhrasingContainer(name) || startsLine(name) || name == u"li" || name == u"tr";
    }
    void newLine()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out += u'\n';
    }

    void flush()
    {
        for (Open &open : m_stack) {
            if (!open.emitted) {
                if (open.kind == Kind::Phrasing || open.kind == Kind::List
                    || open.kind == Kind::TableSection || open.name == u"li"
                    || open.name == u"blockquote") {
                    newLine();
                }
                m_out += open.startTag;
                if (startsLine(open.name))
                    m_out += u'\n';
                open.emitted = true;
            }
        }
    }

    void push(const QString &name, const QString &startTag, Kind kind, bool lazy,
              const QString &endTag = {})
    {
        if (kind == Kind::Phrasing || kind == Kind::Flow)
            blockBreak();
        m_stack.append(
            { name, startTag, endTag.isEmpty() ? u"</"_s + name + u'>' : endTag, kind, false });
        if (!lazy)
            flush();
    }

    void push(const QString &name, Kind kind, bool lazy)
    {
        push(name, u'<' + name + u'>', kind, lazy);
    }

    void closeTop()
    {
        const Open open = m_stack.takeLast();
        if (open.emitted) {
            m_out += open.endTag;
            if (endsLine(open.name))
                m_out += u'\n';
        }
        if (open.kind == Kind::Phrasing || open.kind == Kind::Flow)
            blockBreak();
    }

    // Closes p, h2–h4 and inline elements so that a block may start here.
    QList<Open> closePhrasing()
    {
        QList<Open> closed;
        while (topKind() == Kind::Phrasing || topKind() == Kind::Inline) {
            closed.prepend(top());
            closeTop();
        }
        return closed;
    }

    // Text and inline elements need a paragraph at the top level and in quotes, a list item in a
    // list. Returns false where they cannot go at all (between table cells).
    bool prepareForInline()
    {
        if (topIsTable())
            return false;
        if (topKind() == Kind::List)
            push(u"li"_s, Kind::Flow, false);
        if (topKind() == Kind::Root || (topKind() == Kind::Flow && top().name == u"blockquote"))
            push(u"p"_s, Kind::Phrasing, true);
        return true;
    }

    // Blocks need a list item in a list and cannot go between table cells.
    bool prepareForBlock()
    {
        closePhrasing();
        if (topIsTable())
            return false;
        if (topKind() == Kind::List)
            push(u"li"_s, Kind::Flow, false);
        return true;
    }

    void text(const QString &t)
    {
        const bool blank = t.trimmed().isEmpty();
        if (blank && t.contains(u'\n'))
            return; // a canonical body's line feeds separate blocks; we write our own
        if (blank) {
            if (top().emitted && topKind() != Kind::Root && topKind() != Kind::List
                && !topIsTable()) {
                m_out += HtmlEscape::text(t);
                m_plain += u' ';
            }
            return;
        }
        if (!prepareForInline())
            return; // text between table cells: a browser would move it out of the table
        flush();
        m_out += HtmlEscape::text(t);
        m_plain += t;
    }

    void start(const HtmlToken &token)
    {
        const QString name = canonicalName(token.name);
        if (isPhrasingContainer(name)) {
            if (prepareForBlock())
                push(name, Kind::Phrasing, true);
        } else if (name == u"blockquote") {
            if (prepareForBlock())
                push(name, Kind::Flow, false);
        } else if (name == u"ul" || name == u"ol") {
            if (prepareForBlock())
                push(name, Kind::List, false);
        } else if (name == u"li") {
            closePhrasing();
            if (top().name == u"li")
                closeTop();
            if (topKind() == Kind::List)
                push(name, Kind::Flow, false);
            else if (prepareForBlock())
                push(u"p"_s, Kind::Phrasing, true);
        } else if (name == u"table") {
            // The wrapper lets a wide table scroll on a phone instead of widening the page.
            if (prepareForBlock())
                push(name, u"<div class=\"table\"><table>"_s, Kind::TableSection, false,
                     u"</table></div>"_s);
        } else if (name == u"thead" || name == u"tbody") {
            if (top().name == u"table")
                push(name, Kind::TableSection, false);
        } else if (name == u"tr") {
            while (topKind() == Kind::Phrasing || topKind() == Kind::Inline || top().name == u"td"
                   || top().name == u"th" || top().name == u"tr") {
                closeTop();
            }
            if (topKind() == Kind::TableSection)
                push(name, Kind::Row, false);
        } else if (name == u"td" || name == u"th") {
            while (topKind() == Kind::Phrasing || topKind() == Kind::Inline || top().name == u"td"
                   || top().name == u"th") {
                closeTop();
            }
            if (topKind() == Kind::Row)
                push(name, Kind::Flow, false);
        } else if (name == u"hr") {
            if (prepareForBlock()) {
                flush();
                newLine();
                m_out += u"<hr>\n"_s;
                blockBreak();
            }
        } else if (name == u"br") {
            if (prepareForInline()) {
                flush();
                m_out += u"<br>"_s;
                m_plain += u'\n';
            }
        } else if (name == u"a") {
            anchor(token);
        } else if (isInline(name)) {
            if (prepareForInline())
                push(name, Kind::Inline, true);
        } else if (name == u"img") {
            image(token);
        }
        // Anything else is not on the allowlist: the tag goes, its text stays.
    }

    void anchor(const HtmlToken &token)
    {
        for (const Open &open : std::as_const(m_stack)) {
            if (open.name == u"a")
                return; // no links in links: a browser would split them
        }
        bool external = false;
        const QString href = safeHref(HtmlTokens::attribute(token, u"href"_s), &external);
        if (href.isEmpty() || !prepareForInline())
            return;
        QString tag = u"<a href=\""_s + HtmlEscape::attribute(href) + u'"';
        if (external)
            tag += u" rel=\"noopener noreferrer\""_s;
        push(u"a"_s, tag + u'>', Kind::Inline, true);
    }

    const BundleImage *findImage(const QString &src) const
    {
        const QString s = src.trimmed();
        if (!s.startsWith(u"image:"))
            return nullptr;
        const QUuid id = QUuid::fromString(QStringView(s).sliced(6));
        if (id.isNull())
            return nullptr;
        for (const BundleImage &image : m_images) {
            if (image.id == id && !image.files.isEmpty())
                return &image;
        }
        return nullptr;
    }

    void image(const HtmlToken &token)
    {
        const BundleImage *img = findImage(HtmlTokens::attribute(token, u"src"_s));
        if (!img)
            return;
        // A figure is a block: close the paragraph (and inline elements) around it and reopen
        // them after it, lazily, so that an image alone in a paragraph leaves no empty one behind.
        const QList<Open> reopened = closePhrasing();
        if (!prepareForBlock())
            return;
        flush();
        newLine();
        m_out += figure(*img, HtmlTokens::attribute(token, u"alt"_s)) + u'\n';
        for (const Open &open : reopened)
            m_stack.append({ open.name, open.startTag, open.endTag, open.kind, false });
    }

    QString figure(const BundleImage &image, const QString &altInBody) const
    {
        const BundleImageFile &shown = image.display();
        const QString alt = altInBody.trimmed().isEmpty() ? image.altText : altInBody;
        QString html = u"<figure><img src=\""_s + HtmlEscape::attribute(shown.path) + u'"';
        QStringList srcset;
        for (qsizetype i = 1; i < image.files.size(); ++i) {
            const BundleImageFile &f = image.files.at(i);
            srcset << f.path + u' ' + QString::number(f.pixelSize.width()) + u'w';
        }
        if (srcset.size() > 1) {
            html += u" srcset=\""_s + HtmlEscape::attribute(srcset.join(u", "_s))
                + u"\" sizes=\"(min-width: 46em) 42em, 100vw\""_s;
        }
        html += u" width=\""_s + QString::number(shown.pixelSize.width()) + u"\" height=\""_s
            + QString::number(shown.pixelSize.height()) + u"\" alt=\""_s
            + HtmlEscape::attribute(alt) + u"\" loading=\"lazy\">"_s;
        const QString caption = image.caption.trimmed();
        const QString credit = image.credit.trimmed();
        if (!caption.isEmpty() || !credit.isEmpty()) {
            html += u"<figcaption>"_s;
            if (!caption.isEmpty())
                html += u"<span class=\"caption\">"_s + HtmlEscape::text(caption) + u"</span>"_s;
            if (!credit.isEmpty()) {
                if (!caption.isEmpty())
                    html += u' ';
                // "Photo: Photo by the press office" reads badly: credits that already say what
                // they are ("Фото …", "© …") are shown as they are.
                const QString label = PageLabels::text(PageLabels::Label::Photo, m_language);
                const bool labelled
                    = credit.startsWith(label, Qt::CaseInsensitive) || credit.startsWith(u'©');
                html += u"<span class=\"credit\">"_s
                    + HtmlEscape::text(labelled ? credit : QString(label + u": " + credit))
                    + u"</span>"_s;
            }
            html += u"</figcaption>"_s;
        }
        return html + u"</figure>"_s;
    }

    void end(const QString &name)
    {
        const bool allowed = isPhrasingContainer(name) || isInline(name) || name == u"blockquote"
            || name == u"ul" || name == u"ol" || name == u"li" || name == u"table"
            || name == u"thead" || name == u"tbody" || name == u"tr" || name == u"td"
            || name == u"th";
        if (!allowed)
            return;
        const bool crossesBlocks = !(isPhrasingContainer(name) || isInline(name));
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Open &open = m_stack.at(i);
            if (open.name == name) {
                while (m_stack.size() > i)
                    closeTop();
                return;
            }
            if (!crossesBlocks && open.kind != Kind::Inline && open.kind != Kind::Phrasing)
                return; // </strong> does not close the list item it is not in
        }
    }

    const QList<BundleImage> &m_images;
    QString m_language;
    QList<Open> m_stack;
    QString m_out;
    QString m_plain;
    QString m_skipping; // the element being dropped with its content
    int m_skipDepth = 0;
};

} // namespace

BundleBodyRenderer::Result BundleBodyRenderer::render(const QString &body,
                                                      const QList<BundleImage> &images,
                                                      const QString &language)
{
    Emitter emitter(images, language);
    emitter.run(HtmlTokens::all(CanonicalBody::sanitise(body)));
    Result result;
    result.html = emitter.html();
    while (result.html.endsWith(u'\n'))
        result.html.chop(1);
    result.plainText = emitter.plainText();
    const TextStats stats = TextStats::ofText(result.plainText, language);
    result.wordCount = stats.words;
    result.charCount = stats.characters;
    return result;
}
