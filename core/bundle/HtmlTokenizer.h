#pragma once

#include <QList>
#include <QString>

#include <utility>

// One piece of HTML: a start tag with its attributes, an end tag, or text.
struct HtmlToken
{
    enum class Type { StartTag, EndTag, Text };
    Type type = Type::Text;
    QString name; // lower case, tags only
    QList<std::pair<QString, QString>> attributes; // lower-case names, entity-decoded values
    bool selfClosing = false;
    QString text; // entity-decoded, text only

    QString attribute(const QString &attributeName) const;
    bool hasAttribute(const QString &attributeName) const;
};

// A small, forgiving HTML tokenizer for the bundle's serialiser and importer. It never fails and
// never passes markup through: whatever it does not understand becomes text (which the caller
// escapes) or is dropped. Comments, doctypes and processing instructions are dropped; the content
// of raw-text elements (script, style, textarea, title, …) is dropped, their tags are reported so
// that the caller can see them and drop them too.
class HtmlTokenizer
{
public:
    static QList<HtmlToken> tokenize(const QString &html);

    // Text with character references (&amp;, &#1102;, &#x44E;, a set of common named ones)
    // resolved; unknown references stay as written.
    static QString decodeEntities(QStringView text);

    // For element content: & < > escaped.
    static QString escapeText(QStringView text);
    // For double-quoted attribute values: & < > " escaped.
    static QString escapeAttribute(QStringView text);
};
