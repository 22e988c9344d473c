#include "BodyConverter.h"

#include "BodyAllowlist.h"
#include "HtmlParser.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace BodyModel;

namespace {

using Role = BodyAllowlist::Role;

// Inline formatting and hints that flow down the tree while walking it.
struct Context
{
    Format format;
    bool preformatted = false;
};

// What the style attribute says that matters here.
struct StyleHints
{
    enum Tristate { Unset, On, Off };
    Tristate bold = Unset;
    Tristate italic = Unset;
    bool underline = false;
    bool strike = false;
    bool hidden = false;
    bool wordBullet = false; // Word's typed list bullet (mso-list: Ignore)
    int wordListLevel = 0; // Word's list paragraph (mso-list: l0 level2 lfo1)
    QString wordListKey; // "l0 lfo1": which of Word's lists the paragraph belongs to
};

StyleHints readStyle(const QString &style)
{
    StyleHints hints;
    if (style.isEmpty())
        return hints;
    static const QRegularExpression wordList(u"^(l\\d+)\\s+level(\\d+)(?:\\s+(lfo\\d+))?"_s);
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        QString value = declaration.mid(colon + 1).trimmed().toLower();
        value.remove(u"!important"_s);
        value = value.trimmed();
        if (property == u"font-weight") {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            if (value == u"bold" || value == u"bolder" || (numeric && weight >= 600))
                hints.bold = StyleHints::On;
            else if (value == u"normal" || value == u"lighter" || numeric)
                hints.bold = StyleHints::Off;
        } else if (property == u"font-style") {
            if (value.startsWith(u"italic") || value.startsWith(u"oblique"))
                hints.italic = StyleHints::On;
            else if (value == u"normal")
                hints.italic = StyleHints::Off;
        } else if (property == u"text-decoration" || property == u"text-decoration-line") {
            hints.underline = hints.underline || value.contains(u"underline");
            hints.strike = hints.strike || value.contains(u"line-through");
        } else if (property == u"display") {
            hints.hidden = hints.hidden || value == u"none";
        } else if (property == u"visibility") {
            hints.hidden = hints.hidden || value == u"hidden" || value == u"collapse";
        } else if (property == u"mso-hide") {
            hints.hidden = hints.hidden || value == u"all" || value == u"screen";
        } else if (property == u"mso-list") {
            if (value == u"ignore")
                hints.wordBullet = true;
            else if (const auto m = wordList.match(value); m.hasMatch()) {
                hints.wordListLevel = std::clamp(m.captured(2).toInt(), 1, 64);
                hints.wordListKey = m.captured(1) + u' ' + m.captured(3);
            }
        }
    }
    return hints;
}

// The text of Word's typed bullet inside a list paragraph ("1.", "a)", "·"), to tell numbered
// lists from bulleted ones.
QString wordBulletText(const HtmlNode &node)
{
    for (const auto &child : node.children) {
        if (child->isText())
            continue;
        if (readStyle(child->attribute(u"style")).wordBullet) {
            QString text;
            std::vector<const HtmlNode *> pending { child.get() };
            while (!pending.empty()) {
                const HtmlNode *n = pending.back();
                pending.pop_back();
                if (n->isText())
                    text += n->text;
                for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
                    pending.push_back(it->get());
            }
            return text.trimmed();
        }
        const QString inner = wordBulletText(*child);
        if (!inner.isNull())
            return inner;
    }
    return {};
}

bool looksNumbered(const QString &bullet)
{
    static const QRegularExpression numbered(u"^(\\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]"_s);
    return numbered.match(bullet).hasMatch();
}

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(BodyConverter)

public:
    explicit Converter(CanonicalBody::Report *report)
        : m_report(report)
    {
        m_frames.append(Frame { Frame::Kind::Top });
    }

    Document convert(const HtmlNode &root)
    {
        visitChildren(root, Context {});
        normalise(m_body);
        return std::move(m_body);
    }

private:
    // Where content goes while walking: the body itself, a quotation, a list, one of its items,
    // a table, a row or a cell. Only the innermost frame ever grows its container, so the
    // pointers the frames below hold stay valid.
    struct Frame
    {
        enum class Kind { Top, Quote, List, Item, Table, Row, Cell };
        explicit Frame(Kind k)
            : kind(k)
        { }
        Kind kind;
        bool implicit = false; // opened for stray content; the next sibling may close it
        bool paragraphOpen = false; // Top, Quote: inline content goes to the last paragraph
        bool needLineBreak = false; // Item, Cell: a block ended; the next content starts a line
        qsizetype block = -1; // Quote, Table, top-level List: index in m_body
        BodyModel::List *list = nullptr; // List
        ListItem *item = nullptr; // Item
        Inlines *inlines = nullptr; // Item, Cell: where inline content goes
        QList<Cell> *row = nullptr; // Row
        int depth = 1; // List, Item: nesting depth
        Inlines caption; // Table
    };

    Frame &top() { return m_frames.last(); }
    Block &blockAt(qsizetype index) { return m_body[index]; }

    void report(const QString &what)
    {
        if (m_report && !what.isEmpty() && !m_report->dropped.contains(what))
            m_report->dropped.append(what);
    }

    void reportAttributes(const HtmlNode &node)
    {
        for (const HtmlAttribute &a : node.attributes) {
            if (node.name == u"a" && a.name == u"href")
                continue; // judged by cleanHref
            if ((node.name == u"img" || node.name == u"image")
                && (a.name == u"src" || a.name == u"alt"))
                continue;
            report(BodyAllowlist::droppedAttribute(node.name, a.name));
        }
    }

    // --- frames -------------------------------------------------------------------------------

    void popImplicit()
    {
        while (m_frames.size() > 1 && top().implicit)
            m_frames.removeLast();
    }

    // Makes sure the innermost frame can take flowing content (text, paragraphs): inside a list
    // that is an item, inside a table a cell.
    void ensureFlow()
    {
        switch (top().kind) {
        case Frame::Kind::List:
            pushItem(true);
            break;
        case Frame::Kind::Table:
            pushRow(true);
            pushCell(false, true);
            break;
        case Frame::Kind::Row:
            pushCell(false, true);
            break;
        default:
            break;
        }
    }

    // Ends the current paragraph or line.
    void blockBreak()
    {
        Frame &f = top();
        switch (f.kind) {
        case Frame::Kind::Top:
        case Frame::Kind::Quote:
            f.paragraphOpen = false;
            break;
        case Frame::Kind::Item:
        case Frame::Kind::Cell:
            f.needLineBreak = true;
            break;
        default:
            break;
        }
    }

    bool hasOpenInline()
    {
        const Frame &f = top();
        switch (f.kind) {
        case Frame::Kind::Top:
        case Frame::Kind::Quote:
            return f.paragraphOpen;
        case Frame::Kind::Item:
            return f.item->sublists.empty();
        case Frame::Kind::Cell:
            return true;
        default:
            return false;
        }
    }

    Inlines &inlineTarget()
    {
        if (top().kind == Frame::Kind::List && top().implicit)
            popImplicit();
        ensureFlow();
        Frame &f = top();
        switch (f.kind) {
        case Frame::Kind::Top:
            if (!f.paragraphOpen) {
                m_body.append(Block {});
                f.paragraphOpen = true;
            }
            return m_body.last().content;
        case Frame::Kind::Quote: {
            Block &quote = blockAt(f.block);
            if (!f.paragraphOpen) {
                quote.paragraphs.append(Inlines {});
                f.paragraphOpen = true;
            }
            return quote.paragraphs.last();
        }
        case Frame::Kind::Item:
            if (!f.item->sublists.empty()) {
                // Text after a nested list continues as the next item of the same list.
                m_frames.removeLast();
                pushItem(false);
                return *top().inlines;
            }
            [[fallthrough]];
        case Frame::Kind::Cell:
        default:
            if (f.needLineBreak) {
                f.needLineBreak = false;
                if (!f.inlines->isEmpty())
                    f.inlines->append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
            }
            return *f.inlines;
        }
    }

    void pushQuote()
    {
        m_body.append(Block { Block::Kind::Quote, 0, {}, {}, {}, {} });
        Frame f { Frame::Kind::Quote };
        f.block = m_body.size() - 1;
        m_frames.append(f);
    }

    void pushTopList(bool ordered)
    {
        Block block { Block::Kind::List, 0, {}, {}, {}, {} };
        block.list.ordered = ordered;
        m_body.append(block);
        Frame f { Frame::Kind::List };
        f.block = m_body.size() - 1;
        f.list = &m_body.last().list;
        m_frames.append(f);
    }

    void pushSublist(bool ordered)
    {
        Frame &itemFrame = top();
        const int depth = itemFrame.depth + 1;
        itemFrame.item->sublists.push_back(BodyModel::List { ordered, {} });
        Frame f { Frame::Kind::List };
        f.list = &itemFrame.item->sublists.back();
        f.depth = depth;
        m_frames.append(f);
    }

    void pushItem(bool implicit)
    {
        Frame &listFrame = top();
        listFrame.list->items.push_back(ListItem {});
        Frame f { Frame::Kind::Item };
        f.implicit = implicit;
        f.item = &listFrame.list->items.back();
        f.inlines = &f.item->content;
        f.depth = listFrame.depth;
        m_frames.append(f);
    }

    // The last item of the list in the innermost frame, to hang a stray nested list on.
    void reopenLastItem()
    {
        Frame &listFrame = top();
        if (listFrame.list->items.empty()) {
            pushItem(true);
            return;
        }
        Frame f { Frame::Kind::Item };
        f.implicit = true;
        f.item = &listFrame.list->items.back();
        f.inlines = &f.item->content;
        f.depth = listFrame.depth;
        m_frames.append(f);
    }

    void pushTable()
    {
        m_body.append(Block { Block::Kind::Table, 0, {}, {}, {}, {} });
        Frame f { Frame::Kind::Table };
        f.block = m_body.size() - 1;
        m_frames.append(f);
    }

    void pushRow(bool implicit)
    {
        Block &table = blockAt(top().block);
        table.rows.append(QList<Cell> {});
        Frame f { Frame::Kind::Row };
        f.implicit = implicit;
        f.block = top().block;
        f.row = &table.rows.last();
        m_frames.append(f);
    }

    void pushCell(bool header, bool implicit)
    {
        Frame &rowFrame = top();
        rowFrame.row->append(Cell { header, {} });
        Frame f { Frame::Kind::Cell };
        f.implicit = implicit;
        f.inlines = &rowFrame.row->last().content;
        m_frames.append(f);
    }

    // Blocks that a quotation cannot hold (lists, tables, rules) end it; what follows them
    // inside the same <blockquote> is quoted again.
    template<typename Body> void outsideQuote(Body body)
    {
        const qsizetype depth = m_frames.size();
        while (m_frames.size() > 1 && top().kind != Frame::Kind::Top)
            m_frames.removeLast();
        top().paragraphOpen = false;
        body();
        while (m_frames.size() > 1)
            m_frames.removeLast();
        top().paragraphOpen = false;
        while (m_frames.size() < depth)
            pushQuote();
    }

    bool inQuote() const
    {
        for (const Frame &f : m_frames) {
            if (f.kind == Frame::Kind::Quote)
                return true;
        }
        return false;
    }

    // --- the walk -----------------------------------------------------------------------------

    void visitChildren(const HtmlNode &node, const Context &context)
    {
        for (const auto &child : node.children)
            visit(*child, context);
    }

    void addText(const QString &text, const Context &context)
    {
        bool blank = true;
        for (QChar c : text) {
            if (!(c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f')) {
                blank = false;
                break;
            }
        }
        if (blank && !context.preformatted) {
            if (hasOpenInline())
                inlineTarget().append(Inline { Inline::Kind::Text, u" "_s, {}, context.format });
            return;
        }
        if (!context.preformatted) {
            inlineTarget().append(Inline { Inline::Kind::Text, text, {}, context.format });
            return;
        }
        // Preformatted: line feeds are line breaks.
        const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                inlineTarget().append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
            if (!lines[i].isEmpty())
                inlineTarget().append(Inline { Inline::Kind::Text, lines[i], {}, context.format });
        }
    }

    void visit(const HtmlNode &node, Context context)
    {
        if (node.isText()) {
            addText(node.text, context);
            return;
        }
        const BodyAllowlist::ElementRule rule = BodyAllowlist::element(node.name);
        if (rule.role == Role::Drop) {
            report(BodyAllowlist::tr(rule.reason));
            return;
        }
        if (rule.role == Role::DropSilently)
            return;

        const StyleHints style = readStyle(node.attribute(u"style"));
        if (style.wordBullet)
            return; // Word's typed bullet: the list structure says it already
        if (style.hidden) {
            report(tr("hidden text"));
            return;
        }
        reportAttributes(node);
        if (style.bold != StyleHints::Unset)
            context.format.strong = style.bold == StyleHints::On;
        if (style.italic != StyleHints::Unset)
            context.format.em = style.italic == StyleHints::On;
        context.format.underline = context.format.underline || style.underline;
        context.format.strike = context.format.strike || style.strike;

        if (style.wordListLevel > 0 && (rule.role == Role::Paragraph || rule.role == Role::Block)
            && top().kind == Frame::Kind::Top) {
            visitWordListParagraph(node, context, style.wordListLevel, style.wordListKey);
            return;
        }
        if (rule.role != Role::Unwrap && rule.role != Role::Link && rule.role != Role::Strong
            && rule.role != Role::Emphasis && rule.role != Role::Underline
            && rule.role != Role::Strike && rule.role != Role::InlineQuote
            && rule.role != Role::Image && rule.role != Role::LineBreak)
            m_wordListBlock = -1;

        prepare(rule.role);
        const qsizetype depth = m_frames.size();
        switch (rule.role) {
        case Role::Unwrap:
            visitChildren(node, context);
            break;
        case Role::Form:
            report(BodyAllowlist::tr(rule.reason));
            blockBreak();
            visitChildren(node, context);
            blockBreak();
            break;
        case Role::Block:
        case Role::Paragraph:
            blockBreak();
            visitChildren(node, context);
            blockBreak();
            break;
        case Role::Preformatted:
            blockBreak();
            context.preformatted = true;
            visitChildren(node, context);
            blockBreak();
            break;
        case Role::Heading:
            visitHeading(node, context, rule.argument);
            break;
        case Role::List:
            visitList(node, context, rule.argument == 1);
            break;
        case Role::ListItem:
            visitListItem(node, context);
            break;
        case Role::Quote:
            visitQuote(node, context);
            break;
        case Role::Table:
            visitTable(node, context);
            break;
        case Role::TableSection:
            visitChildren(node, context);
            break;
        case Role::Row:
            visitRow(node, context);
            break;
        case Role::Cell:
            visitCell(node, context, rule.argument == 1);
            break;
        case Role::Caption:
            visitCaption(node, context);
            break;
        case Role::Rule:
            visitRule();
            break;
        case Role::LineBreak:
            inlineTarget().append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
            break;
        case Role::Image:
            visitImage(node, context);
            break;
        case Role::Link: {
            const QString href = node.attribute(u"href");
            if (!href.isNull()) {
                QString why;
                const QString clean = BodyAllowlist::cleanHref(href, &why);
                if (clean.isEmpty())
                    report(why);
                else
                    context.format.href = clean;
            }
            visitChildren(node, context);
            break;
        }
        case Role::Strong:
            if (style.bold != StyleHints::Off)
                context.format.strong = true;
            visitChildren(node, context);
            break;
        case Role::Emphasis:
            if (style.italic != StyleHints::Off)
                context.format.em = true;
            visitChildren(node, context);
            break;
        case Role::Underline:
            context.format.underline = true;
            visitChildren(node, context);
            break;
        case Role::Strike:
            context.format.strike = true;
            visitChildren(node, context);
            break;
        case Role::InlineQuote:
            context.format.quote = true;
            visitChildren(node, context);
            break;
        case Role::Drop:
        case Role::DropSilently:
            break;
        }
        // Frames opened for this element (and implicit ones inside it) end with it. A quotation
        // that a nested block ended and reopened stays at the same depth.
        while (m_frames.size() > depth)
            m_frames.removeLast();
    }

    void visitHeading(const HtmlNode &node, const Context &context, int level)
    {
        popImplicitList();
        if (top().kind == Frame::Kind::Top) {
            Block heading { Block::Kind::Heading, level, {}, {}, {}, {} };
            m_body.append(heading);
            top().paragraphOpen = true;
            visitChildren(node, context);
            top().paragraphOpen = false;
            return;
        }
        blockBreak();
        visitChildren(node, context);
        blockBreak();
    }

    // A stray <li> outside any list opened a list of its own; the next block ends it.
    void popImplicitList()
    {
        while (m_frames.size() > 1 && top().implicit
               && (top().kind == Frame::Kind::List || top().kind == Frame::Kind::Item))
            m_frames.removeLast();
    }

    void visitList(const HtmlNode &node, const Context &context, bool ordered)
    {
        popImplicitList();
        if (top().kind == Frame::Kind::List)
            reopenLastItem(); // <ul><li>a</li><ul>…</ul></ul>: nested under the last item
        ensureFlow();
        switch (top().kind) {
        case Frame::Kind::Top:
            pushTopList(ordered);
            visitChildren(node, context);
            break;
        case Frame::Kind::Quote:
            outsideQuote([&] {
                pushTopList(ordered);
                visitChildren(node, context);
            });
            break;
        case Frame::Kind::Item:
            pushSublist(ordered);
            visitChildren(node, context);
            break;
        default: // in a cell: one line per item
            blockBreak();
            visitChildren(node, context);
            blockBreak();
            break;
        }
    }

    // Closes what the previous sibling left open and opens the parents an element needs. Runs
    // before the element notes its frame depth, so that what it opens here outlives it and
    // serves its siblings (two stray <td>s share one row).
    void prepare(Role role)
    {
        switch (role) {
        case Role::ListItem:
            if (top().kind == Frame::Kind::Item && top().implicit)
                m_frames.removeLast();
            if (top().kind == Frame::Kind::Top) {
                // A list item outside any list starts a bulleted list of its own.
                top().paragraphOpen = false;
                pushTopList(false);
                top().implicit = true;
            }
            break;
        case Role::Row:
            while (m_frames.size() > 1 && top().implicit && top().kind != Frame::Kind::Item
                   && top().kind != Frame::Kind::List)
                m_frames.removeLast();
            if (top().kind == Frame::Kind::Row)
                m_frames.removeLast();
            break;
        case Role::Cell:
            if (top().kind == Frame::Kind::Cell && top().implicit)
                m_frames.removeLast();
            if (top().kind == Frame::Kind::Table)
                pushRow(true);
            break;
        case Role::Caption:
            while (m_frames.size() > 1 && top().implicit
                   && (top().kind == Frame::Kind::Row || top().kind == Frame::Kind::Cell))
                m_frames.removeLast();
            break;
        default:
            break;
        }
    }

    void visitListItem(const HtmlNode &node, const Context &context)
    {
        if (top().kind == Frame::Kind::List) {
            pushItem(false);
            visitChildren(node, context);
            return;
        }
        blockBreak();
        visitChildren(node, context);
        blockBreak();
    }

    void visitQuote(const HtmlNode &node, const Context &context)
    {
        popImplicitList();
        if (top().kind == Frame::Kind::List)
            ensureFlow();
        if (top().kind == Frame::Kind::Top) {
            top().paragraphOpen = false;
            pushQuote();
            visitChildren(node, context);
            return;
        }
        // Inside a quotation, a list item or a cell: lines of their own.
        blockBreak();
        visitChildren(node, context);
        blockBreak();
    }

    void visitTable(const HtmlNode &node, const Context &context)
    {
        popImplicitList();
        ensureFlow();
        auto table = [&] {
            pushTable();
            const qsizetype frameIndex = m_frames.size() - 1;
            const qsizetype blockIndex = top().block;
            visitChildren(node, context);
            Inlines caption;
            if (m_frames.size() > frameIndex && m_frames[frameIndex].kind == Frame::Kind::Table)
                caption = m_frames[frameIndex].caption;
            while (m_frames.size() > frameIndex)
                m_frames.removeLast();
            top().paragraphOpen = false;
            if (!caption.isEmpty()) {
                Block paragraph;
                paragraph.content = caption;
                m_body.insert(blockIndex, paragraph);
            }
        };
        switch (top().kind) {
        case Frame::Kind::Top:
            top().paragraphOpen = false;
            table();
            break;
        case Frame::Kind::Quote:
            outsideQuote(table);
            break;
        default: // in a list item or a cell: one line per row and cell
            blockBreak();
            visitChildren(node, context);
            blockBreak();
            break;
        }
    }

    void visitRow(const HtmlNode &node, const Context &context)
    {
        if (top().kind == Frame::Kind::Table) {
            pushRow(false);
            visitChildren(node, context);
            return;
        }
        blockBreak();
        visitChildren(node, context);
        blockBreak();
    }

    void visitCell(const HtmlNode &node, const Context &context, bool header)
    {
        if (top().kind == Frame::Kind::Row) {
            pushCell(header, false);
            visitChildren(node, context);
            return;
        }
        blockBreak();
        visitChildren(node, context);
        blockBreak();
    }

    void visitCaption(const HtmlNode &node, const Context &context)
    {
        if (top().kind != Frame::Kind::Table) {
            blockBreak();
            visitChildren(node, context);
            blockBreak();
            return;
        }
        const qsizetype tableFrame = m_frames.size() - 1;
        Inlines caption;
        Frame f { Frame::Kind::Cell };
        f.inlines = &caption;
        m_frames.append(f);
        visitChildren(node, context);
        while (m_frames.size() > tableFrame + 1)
            m_frames.removeLast();
        if (m_frames.size() <= tableFrame || m_frames[tableFrame].kind != Frame::Kind::Table)
            return;
        Inlines &target = m_frames[tableFrame].caption;
        if (!target.isEmpty() && !caption.isEmpty())
            target.append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
        target += caption;
    }

    void visitRule()
    {
        popImplicitList();
        switch (top().kind) {
        case Frame::Kind::Top:
            top().paragraphOpen = false;
            m_body.append(Block { Block::Kind::Rule, 0, {}, {}, {}, {} });
            break;
        case Frame::Kind::Quote:
            outsideQuote([&] { m_body.append(Block { Block::Kind::Rule, 0, {}, {}, {}, {} }); });
            break;
        default:
            report(tr("horizontal line inside a list or table"));
            blockBreak();
            break;
        }
    }

    void visitImage(const HtmlNode &node, const Context &context)
    {
        const QString src = node.attribute(u"src");
        const QString id = BodyAllowlist::imageIdFromSource(src);
        if (id.isEmpty()) {
            if (src.trimmed().startsWith(u"data:", Qt::CaseInsensitive))
                report(tr("image embedded in the text (data: address)"));
            else
                report(tr("image not stored with the article"));
            return;
        }
        Format format;
        format.href = context.format.href;
        inlineTarget().append(Inline { Inline::Kind::Image, node.attribute(u"alt"), id, format });
    }

    // Word writes list items as paragraphs that name their level; consecutive ones form one
    // list, nested by level.
    void visitWordListParagraph(const HtmlNode &node, const Context &context, int level,
                                const QString &key)
    {
        level = std::min(level, BodyAllowlist::MaxListDepth);
        const bool ordered = looksNumbered(wordBulletText(node));
        top().paragraphOpen = false;
        if (m_wordListBlock != m_body.size() - 1 || m_wordListBlock < 0 || key != m_wordListKey) {
            m_wordListKey = key;
            Block block { Block::Kind::List, 0, {}, {}, {}, {} };
            block.list.ordered = ordered;
            m_body.append(block);
            m_wordListBlock = m_body.size() - 1;
        }
        BodyModel::List *list = &m_body.last().list;
        for (int l = 1; l < level; ++l) {
            if (list->items.empty())
                list->items.push_back(ListItem {});
            ListItem &parent = list->items.back();
            if (parent.sublists.empty())
                parent.sublists.push_back(BodyModel::List { ordered, {} });
            list = &parent.sublists.back();
        }
        list->items.push_back(ListItem {});
        Frame f { Frame::Kind::Item };
        f.item = &list->items.back();
        f.inlines = &f.item->content;
        f.depth = level;
        const qsizetype depth = m_frames.size();
        m_frames.append(f);
        visitChildren(node, context);
        while (m_frames.size() > depth)
            m_frames.removeLast();
    }

    CanonicalBody::Report *m_report;
    Document m_body;
    QList<Frame> m_frames;
    qsizetype m_wordListBlock = -1; // index of the list Word's list paragraphs are building
    QString m_wordListKey;
};

} // namespace

BodyModel::Document BodyConverter::convert(QStringView html, CanonicalBody::Report *report)
{
    const std::unique_ptr<HtmlNode> root = HtmlParser::parse(html);
    return Converter(report).convert(*root);
}
