#pragma once

#include <QString>
#include <QStringList>

// PostgreSQL's full-text index: a table article_search(num → articles.num, config, the indexed
// plain texts, document tsvector) with a GIN index on document. Each article is indexed with the
// text-search configuration of its language (russian, english; simple — lower-casing only — for
// Belarusian and the rest); headline weighs A, lead and tags B, body C. Like the SQLite index it
// is derived data: PgStore keeps it in step with every save and can refill it.
class PgSearchIndex
{
public:
    static QString tableName() { return QStringLiteral("article_search"); }
    // CREATE … IF NOT EXISTS statements for the table and its GIN index.
    static QStringList createStatements();
    // The statement that (re)indexes one article; binds: num, config, headline, lead, body, tags.
    static QString upsertSql();

    // "russian" for ru, "english" for en, "simple" otherwise (be has no stemmer in PostgreSQL).
    static QString configurationFor(const QString &language);
    // Every configuration an article can be indexed with: a query is tried in each.
    static QStringList configurations();

    // What the user typed, split for the server: the words and "phrases" (for
    // websearch_to_tsquery) and the prefix words (word*) as a to_tsquery expression of quoted
    // lexemes with :*. Both empty when nothing searchable is left.
    struct Query
    {
        QString words;
        QString prefixes;
        bool isEmpty() const { return words.isEmpty() && prefixes.isEmpty(); }
    };
    static Query parse(const QString &userText);

    // ts_headline's options: the match marked with the same control characters the SQLite store
    // uses, about as long as its snippets.
    static QString headlineOptions();
    static QChar openMarker() { return QChar(0x02); }
    static QChar closeMarker() { return QChar(0x03); }
    static QString removeMarkers(QString text);
};
