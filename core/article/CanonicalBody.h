#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextDocument;
class QTextDocumentFragment;

// The article body's one storage format: a small, explicit HTML subset (see BodyAllowlist) that the
// editor's QTextDocument is serialised to and loaded from. serialise(load(x)) == x for every
// canonical x. Anything outside the allowlist that comes in is converted or dropped, never passed
// through, and what was dropped is reported so the user can be told.
//
// The canonical text form — exactly what serialise() and sanitise() write:
//
//   body       = *block                      ; "" for an empty body
//   block      = "<p>" inline "</p>" LF
//              / "<h2>" inline "</h2>" LF  (likewise h3, h4)
//              / list
//              / "<blockquote>" LF 1*("<p>" inline "</p>" LF) "</blockquote>" LF
//              / "<table>" LF 1*("<tr>" 1*cell "</tr>" LF) "</table>" LF
//              / "<hr>" LF
//   list       = ("<ul>" / "<ol>") LF 1*item ("</ul>" / "</ol>") LF
//   item       = "<li>" inline [LF 1*list] "</li>" LF
//   cell       = "<th>" inline "</th>" / "<td>" inline "</td>"
//   inline     = text, "<br>", <img src="image:UUID" alt="…">, and the elements a, q, strong,
//                em, u, s around text
//
// - LF is U+000A. Each block, list item and table row is one line; nothing else contains LF.
// - Inline elements always nest in one order, outermost first: a, q, strong, em, u, s. Going
//   from one text run to the next closes only what must close, so "<strong>a <em>b</em></strong>"
//   but "<em>a</em><strong><em>b</em></strong>". A <br> stays inside whatever is open; an <img>
//   ignores strong, em, u, s and q around it and sits inside an <a> only when it is linked.
// - Attributes: a has exactly href; img has exactly src then alt (alt may be empty); values are
//   double-quoted. href has a lower-case scheme of http, https, mailto or tel; src is "image:"
//   and the lower-case UUID of an image stored with the article, without braces.
// - Escaping: & < > as &amp; &lt; &gt; (and " as &quot; in attribute values); U+00A0 no-break
//   space as &nbsp;. No other character or entity reference is escaped: Cyrillic, emoji and
//   typographic quotes are written as they are.
// - Whitespace: text holds no tabs or line feeds and never two spaces in a row; no space at the
//   start or end of a block or line, or next to <br>; <br> never starts or ends a block.
// - Never empty: a paragraph or heading with nothing but spaces and no-break spaces, a list
//   without items, a quotation without paragraphs, a table without rows. Empty list items and
//   table cells are kept. Adjacent quotations are one quotation. All rows of a table have the
//   same number of cells. Lists nest at most BodyAllowlist::MaxListDepth deep.
// - Headings hold no <strong>, links no <u>.
class CanonicalBody
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalBody)

public:
    // What sanitising had to drop or convert, in words a press officer understands
    // ("script", "style attribute", "link to javascript:"), each listed once.
    struct Report
    {
        QStringList dropped;
        bool isClean() const { return dropped.isEmpty(); }
    };

    // The document's structure as canonical HTML.
    static QString serialise(const QTextDocument &document);

    // Replaces the document's content with the canonical HTML. Input that is not canonical is
    // sanitised first. The document's resources and undo history are cleared and it is marked
    // unmodified; see BodyFormats for how each element is represented.
    static void load(QTextDocument &document, const QString &html, Report *report = nullptr);

    // Any HTML (a paste from Word, LibreOffice or a web page; an imported bundle; the source view)
    // to canonical HTML. Idempotent; equal to serialise() of a document load()ed with the same
    // input.
    static QString sanitise(const QString &html, Report *report = nullptr);

    // The text of a canonical body, blocks separated by newlines (for search and statistics).
    // Line breaks are newlines too, table cells are separated by tabs, images and rules give no
    // text, no-break spaces become spaces.
    static QString plainText(const QString &canonicalHtml);

    // Any HTML as a fragment to insert at a cursor (the editor's clean paste), built like load().
    static QTextDocumentFragment fragment(const QString &html, Report *report = nullptr);

    // Plain text as a canonical body: blank lines separate paragraphs, other line feeds are line
    // breaks. Nothing in the text is markup.
    static QString fromPlainText(const QString &text);

    // The ids of the stored images a body shows, in order of first appearance, each once.
    static QStringList imageIds(const QString &canonicalHtml);

    // Whether html is exactly in canonical form (sanitise() would return it unchanged).
    static bool isCanonical(const QString &html);
};
