#pragma once

#include <QList>
#include <QString>

#include <vector>

// The structure of an article body, between its two forms: canonical HTML (BodyWriter,
// BodyConverter) and the editor's QTextDocument (BodyDocument). Both directions meet here, and
// normalise() is the single definition of what a well-formed body is, so that the two forms
// cannot drift apart.
namespace BodyModel {

// Inline formatting. A link is an href; the allowlist decides which hrefs may exist.
struct Format
{
    bool strong = false;
    bool em = false;
    bool underline = false;
    bool strike = false;
    bool quote = false; // <q>
    QString href;

    bool operator==(const Format &) const = default;
};

struct Inline
{
    enum class Kind { Text, LineBreak, Image };
    Kind kind = Kind::Text;
    QString text; // Text: the characters; Image: the alt text
    QString imageId; // Image: lower-case UUID without braces
    Format format; // Text: all of it; Image: only href; LineBreak: none

    bool operator==(const Inline &) const = default;
};

using Inlines = QList<Inline>;

struct List;

struct ListItem
{
    Inlines content;
    std::vector<List> sublists; // nested lists, in order

    bool operator==(const ListItem &) const;
};

struct List
{
    bool ordered = false;
    std::vector<ListItem> items;

    bool operator==(const List &) const = default;
};

inline bool ListItem::operator==(const ListItem &other) const
{
    return content == other.content && sublists == other.sublists;
}

struct Cell
{
    bool header = false;
    Inlines content;

    bool operator==(const Cell &) const = default;
};

struct Block
{
    enum class Kind { Paragraph, Heading, List, Quote, Table, Rule };
    Kind kind = Kind::Paragraph;
    int level = 0; // Heading: 2–4
    Inlines content; // Paragraph, Heading
    List list; // List
    QList<Inlines> paragraphs; // Quote
    QList<QList<Cell>> rows; // Table

    bool operator==(const Block &) const = default;
};

using Document = QList<Block>;

// Brings a body into its one normal form:
// - text: tabs, line feeds and other blanks become spaces; runs of spaces collapse to one; no
//   space at the start or end of a line; control characters, U+FFFC and other characters with a
//   meaning inside QTextDocument are removed; a line break never starts or ends a block and never
//   touches a space;
// - adjacent text runs with the same format are merged; line breaks carry no format, images only
//   a link; links and image ids that the allowlist refuses are removed (the text stays);
// - headings carry no strong (they are bold by nature), links no underline (they are
//   underlined by nature, and every HTML importer underlines them);
// - paragraphs and headings with nothing but blanks are removed, as are empty lists, quotes and
//   tables; adjacent quotes merge; table rows are padded with empty cells to the widest row.
void normalise(Document &document);
void normalise(Inlines &inlines, bool inHeading = false);

// Whether a normalised paragraph's content has nothing to show.
bool isBlank(const Inlines &inlines);

} // namespace BodyModel
