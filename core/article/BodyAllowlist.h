#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// The one place that says what an article body may hold and what becomes of everything else.
//
// Canonical bodies (see CanonicalBody.h for the exact text form) contain only
//   blocks:  <p> <h2> <h3> <h4> <ul> <ol> <li> <blockquote> <table> <tr> <th> <td> <hr>
//   inline:  <strong> <em> <u> <s> <q> <a href> <br> <img src alt>
// with <a href> only to http:, https:, mailto: and tel: addresses, and <img src> only as
// "image:" + the id of an image stored with the article (lower-case UUID without braces).
//
// Incoming HTML is mapped element by element (element()): converted to one of these (b → strong,
// h1 → h2, h5/h6 → h4, strike → s, …), unwrapped (the element goes, its content stays: span,
// div, font, unknown elements) or dropped together with its content and reported (script, style,
// iframe, svg, forms' fields, …). Every attribute other than a[href], img[src], img[alt] is dropped
// and reported.
class BodyAllowlist
{
    Q_DECLARE_TR_FUNCTIONS(BodyAllowlist)

public:
    enum class Role {
        Unwrap, // keep the content, lose the element
        Block, // a generic block (div, section, address, …): its content starts on a new line
        Paragraph, // p
        Preformatted, // pre: line feeds are line breaks
        Heading, // argument: the canonical level 2–4
        List, // argument: 1 ordered, 0 bullets
        ListItem, // li
        Quote, // blockquote
        Table, // table
        TableSection, // thead, tbody, tfoot: unwrapped inside a table
        Row, // tr
        Cell, // argument: 1 header cell (th), 0 data cell (td)
        Caption, // table caption: becomes a paragraph before the table
        Rule, // hr
        LineBreak, // br
        Image, // img
        Link, // a
        Strong, // strong, b
        Emphasis, // em, i, cite, dfn, var
        Underline, // u, ins
        Strike, // s, strike, del
        InlineQuote, // q
        Form, // form: unwrapped, but reported
        Drop, // dropped with its content and reported (reason)
        DropSilently, // dropped with its content: page furniture nobody would miss (head, meta)
    };

    struct ElementRule
    {
        Role role = Role::Unwrap;
        int argument = 0;
        const char *reason = nullptr; // Drop, Form: the report entry, for BodyAllowlist::tr()
    };

    static ElementRule element(QStringView name);

    // What a canonical body may contain, for checks.
    static bool isCanonicalElement(QStringView name);
    static bool isCanonicalAttribute(QStringView element, QStringView attribute);
    static bool isVoidCanonicalElement(QStringView name); // br, hr, img

    // The link as it goes into a canonical body (scheme in lower case, surrounding blanks and
    // embedded line feeds and tabs removed), or an empty string and, in *why, the report entry
    // ("link to javascript:").
    static QString cleanHref(const QString &href, QString *why = nullptr);

    // "image:3f2a…" (braces and upper case tolerated) → "3f2a…"; empty if src does not name a
    // stored image.
    static QString imageIdFromSource(QStringView src);
    static QString imageSource(const QString &imageId);

    // The report entry for an attribute that is dropped from an element; empty for the few that
    // are kept (a[href], img[src], img[alt]) and for XML namespace boilerplate.
    static QString droppedAttribute(QStringView element, QStringView attribute);

    // Deeper lists are folded into the deepest allowed level.
    static constexpr int MaxListDepth = 8;
};
