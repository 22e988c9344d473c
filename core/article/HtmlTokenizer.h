#pragma once

#include <QList>
#include <QString>
#include <QStringView>

struct HtmlAttribute
{
    QString name; // lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag };
    Type type = Type::Text;
    QString name; // tags: lower-case name
    QString text; // Text: the characters, character references decoded
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
};

// Splits real-world HTML (a browser's clipboard, Word and LibreOffice exports, saved web pages)
// into text and tags. It never fails: like a browser it reads what it can, keeps a stray "<" as
// text and skips comments, doctypes, processing instructions and Word's conditional markers. The
// contents of script, style and similar elements come out as one text token, never as tags, so that
// nothing inside them can open an element.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html);

    // The next token; false at the end of the input.
    bool next(HtmlToken *token);

    // Replaces character references (&amp; &#233; &#x1F600; the HTML 4 names) by the characters.
    // Unknown names stay as they are, as in a browser.
    static QString decodeEntities(QStringView text);

private:
    bool readMarkup(HtmlToken *token);
    bool readTag(HtmlToken *token, bool endTag);
    bool readRawText(HtmlToken *token);
    void skipPast(QStringView terminator);

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // set while inside script/style/…: the element whose end tag ends it
    bool m_rawTextDecoded = false;
    bool m_plainText = false; // after <plaintext>
};
