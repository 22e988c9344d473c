#include "PgSearchIndex.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

bool searchable(const QString &text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// A lexeme quoted for to_tsquery: inside '…' only ' and \ are special.
QString quotedLexeme(QString word)
{
    word.replace(u"\\"_s, u"\\\\"_s);
    word.replace(u"'"_s, u"''"_s);
    return u'\'' + word + u'\'';
}

} // namespace

QStringList PgSearchIndex::createStatements()
{
    return {
        uR"(CREATE TABLE IF NOT EXISTS article_search (
    num BIGINT PRIMARY KEY REFERENCES articles (num) ON DELETE CASCADE,
    config REGCONFIG NOT NULL,
    headline TEXT NOT NULL,
    lead TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL,
    document TSVECTOR NOT NULL,
    rank_document TSVECTOR NOT NULL))"_s,
        u"CREATE INDEX IF NOT EXISTS article_search_document ON article_search "
        "USING GIN (document)"_s,
        u"COMMENT ON TABLE article_search IS '"_s + definition() + u"'"_s,
    };
}

QString PgSearchIndex::definition()
{
    // Changed whenever the table or what goes into it changes: the store then rebuilds it.
    return u"newsroom-search-2"_s;
}

QString PgSearchIndex::upsertSql()
{
    return uR"(INSERT INTO article_search (num, config, headline, lead, body, tags, document,
                            rank_document)
SELECT v.num, v.cfg, v.h, v.l, v.b, v.t,
       setweight(to_tsvector(v.cfg, v.h), 'A') || setweight(to_tsvector(v.cfg, v.l), 'B')
       || setweight(to_tsvector(v.cfg, v.t), 'B') || setweight(to_tsvector(v.cfg, v.b), 'C'),
       setweight(to_tsvector(v.cfg, v.h), 'A') || setweight(to_tsvector(v.cfg, v.l), 'B')
       || setweight(to_tsvector(v.cfg, v.t), 'B')
FROM (SELECT CAST(? AS BIGINT) AS num, CAST(? AS REGCONFIG) AS cfg, CAST(? AS TEXT) AS h,
             CAST(? AS TEXT) AS l, CAST(? AS TEXT) AS b, CAST(? AS TEXT) AS t) v
ON CONFLICT (num) DO UPDATE SET config = EXCLUDED.config, headline = EXCLUDED.headline,
    lead = EXCLUDED.lead, body = EXCLUDED.body, tags = EXCLUDED.tags,
    document = EXCLUDED.document, rank_document = EXCLUDED.rank_document)"_s;
}

QString PgSearchIndex::configurationFor(const QString &language)
{
    const QString primary = language.section(u'-', 0, 0).toLower();
    if (primary == u"ru"_s)
        return u"russian"_s;
    if (primary == u"en"_s)
        return u"english"_s;
    return u"simple"_s;
}

QStringList PgSearchIndex::configurations()
{
    return { u"russian"_s, u"english"_s, u"simple"_s };
}

PgSearchIndex::Query PgSearchIndex::parse(const QString &userText)
{
    const QString text = removeMarkers(userText);
    QStringList words;
    QStringList prefixes;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'"') {
            qsizetype end = text.indexOf(u'"', i + 1);
            if (end < 0)
                end = text.size();
            const QString phrase = text.mid(i + 1, end - i - 1).simplified();
            if (searchable(phrase)) {
                QString p = phrase;
                p.remove(u'"');
                words << u'"' + p + u'"';
            }
            i = end + 1;
            while (i < text.size() && text.at(i) == u'*')
                ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        QString word = text.mid(i, end - i);
        i = end;
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        // Every word must match, as in the SQLite store: websearch_to_tsquery's operators
        // (a leading -, "or") are taken as text.
        while (word.startsWith(u'-'))
            word.remove(0, 1);
        if (!searchable(word))
            continue;
        if (prefix)
            prefixes << quotedLexeme(word) + u":*"_s;
        else if (word.compare(u"or"_s, Qt::CaseInsensitive) == 0)
            words << u'"' + word + u'"';
        else
            words << word;
    }
    return { words.join(u' '), prefixes.join(u" & "_s) };
}

QString PgSearchIndex::snippetProbe(const QString &userText)
{
    QStringList probes;
    const QStringList words = removeMarkers(userText).split(
        QRegularExpression(u"[^\\p{L}\\p{N}]+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // Letters and digits are never special in an ARE.
        probes << word.left(5);
    }
    if (probes.isEmpty())
        return u"^"_s;
    return u"("_s + probes.join(u'|') + u")"_s;
}

QString PgSearchIndex::headlineOptions()
{
    return u"StartSel=\"%1\", StopSel=\"%2\", MaxWords=24, MinWords=12, ShortWord=2, "
           "MaxFragments=1, FragmentDelimiter=\" … \""_s.arg(openMarker(), closeMarker());
}

QString PgSearchIndex::removeMarkers(QString text)
{
    text.remove(openMarker());
    text.remove(closeMarker());
    return text;
}
