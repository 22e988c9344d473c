#pragma once

#include <QString>
#include <QStringList>

// The text a search index holds for an article's body and tags. One place, so that the SQLite
// and PostgreSQL indexes see the same words.
class SearchText
{
public:
    // The words of a canonical body, blocks on their own lines.
    static QString body(const QString &canonicalHtml);
    static QString tags(const QStringList &tags);
};
