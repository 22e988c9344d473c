#pragma once

#include <QString>
#include <QStringList>

// PostgreSQL's full-text index: a table article_search(num → articles.num, config, the indexed
// plain texts, document tsvector) with a GIN index on document. Each article is indexed with the
// text-search configuration of its language (russian, english; simple — lower-casing only — for
// Belarusian and the rest); headline weighs A, lead and tags B, body C. Like the SQLite index it
// is derived data: PgStore keeps it in step with every save and rebuilds it when definition()
// changes.
//
// Hits are ranked on rank_document (headline, lead, tags: small, stored inline), newest first
// among equals, not on the whole document: ts_rank must read every matching row's vector, and a
// body's is large and TOASTed — ranking on it cost tens of milliseconds for a common word in a
// corpus of 10,000 articles (see the benchmark). A word found only in bodies therefore ranks by
// date.
class PgSearchIndex
{
public:
    static QString tableName() { return QStringLiteral("article_search"); }
    // CREATE … IF NOT EXISTS statements for the table and its GIN index.
    static QStringList createStatements();
    // Stored as the table's comment: a different one means the index must be rebuilt.
    static QString definition();
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

    // Where to take the snippet from: ts_headline parses all the text it is given (about a
    // millisecond per 5,000 characters), so it gets a 3,000-character window of lead and body
    // starting a little before the first place where a query word's beginning (its first five
    // letters, enough to catch Russian endings) occurs, case-insensitively. An ARE pattern for
    // regexp_instr; "^" when the query has no such word.
    static QString snippetProbe(const QString &userText);
    static int snippetWindow() { return 3000; }
    static int snippetLeadIn() { return 600; }

    // ts_headline's options: the match marked with the same control characters the SQLite store
    // uses, about as long as its snippets.
    static QString headlineOptions();
    static QChar openMarker() { return QChar(0x02); }
    static QChar closeMarker() { return QChar(0x03); }
    static QString removeMarkers(QString text);
};
