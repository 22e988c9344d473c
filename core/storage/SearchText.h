#pragma once

#include "article/Article.h"

#include <QString>
#include <QStringList>

#include <optional>

// The text a search index holds for an article. One place, so that the SQLite and PostgreSQL
// indexes see the same words.
class SearchText
{
public:
    struct Document
    {
        QString headline;
        QString lead;
        QString body; // plain text, blocks on their own lines
        QString tags; // one a line
    };

    static Document of(const ArticleMetadata &meta, const QString &bodyText);

    // The words of a canonical body (CanonicalBody::plainText).
    static QString body(const QString &canonicalHtml);
    // The same, or nothing when the HTML is not exactly canonical — one parse for both answers,
    // since every save needs both.
    static std::optional<QString> bodyIfCanonical(const QString &html);
    static QString tags(const QStringList &tags);
};
