#pragma once

#include "article/HtmlTokenizer.h"

#include <QList>

// The article's HtmlTokenizer (the one HTML reader of the project) as a list, for the bundle's
// serialiser and importer.
namespace HtmlTokens {

inline QList<HtmlToken> all(QStringView html)
{
    HtmlTokenizer tokenizer(html);
    QList<HtmlToken> tokens;
    HtmlToken token;
    while (tokenizer.next(&token))
        tokens.append(token);
    return tokens;
}

// The attribute's value; empty when absent.
inline QString attribute(const HtmlToken &token, QStringView name)
{
    for (const HtmlAttribute &a : token.attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

} // namespace HtmlTokens
