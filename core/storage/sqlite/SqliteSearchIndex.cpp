#include "SqliteSearchIndex.h"

using namespace Qt::Literals::StringLiterals;

QString SqliteSearchIndex::tokenizer()
{
    return u"unicode61 remove_diacritics 2"_s;
}

bool SqliteSearchIndex::registerTokenizer(sqlite3 *db, QString *error)
{
    // unicode61 is built into FTS5. With the stemming tokenizer this becomes
    // `return registerNewsroomTokenizer(db, error);`.
    Q_UNUSED(db);
    Q_UNUSED(error);
    return true;
}

QString SqliteSearchIndex::createTableSql()
{
    return u"CREATE VIRTUAL TABLE article_search USING fts5(headline, lead, body, tags, "
           "tokenize = '"_s
        + tokenizer() + u"')"_s;
}

QString SqliteSearchIndex::rankFunction()
{
    return u"bm25(10.0, 4.0, 1.0, 3.0)"_s;
}

QString SqliteSearchIndex::matchExpression(const QString &userText)
{
    QStringList terms;
    auto addTerm = [&terms](const QString &text, bool prefix) {
        bool searchable = false;
        for (QChar c : text) {
            if (c.isLetterOrNumber()) {
                searchable = true;
                break;
            }
        }
        if (!searchable)
            return;
        QString quoted = text;
        quoted.replace(u'"', u"\"\""_s);
        terms << u'"' + quoted + u'"' + (prefix ? u"*"_s : QString());
    };

    const QString text = removeMarkers(userText);
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
            const bool prefix = end + 1 < text.size() && text.at(end + 1) == u'*';
            addTerm(phrase, prefix);
            i = end + (prefix ? 2 : 1);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        QString word = text.mid(i, end - i);
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        addTerm(word, prefix);
        i = end;
    }
    return terms.join(u' ');
}

QString SqliteSearchIndex::removeMarkers(QString text)
{
    text.remove(openMarker());
    text.remove(closeMarker());
    return text;
}
