#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

// The SQLite full-text index: an FTS5 table article_search(headline, lead, body, tags) whose
// rowid is articles.num. It is derived data: SqliteStore creates it, keeps it in step with every
// save, and rebuilds it from the articles when its definition here changes (a new tokenizer, new
// weights), so switching the tokenizer needs no migration step.
class SqliteSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSearchIndex)

public:
    // The FTS5 tokenize= argument. The one line to change when the stemming tokenizer lands:
    // "newsroom" (storage/sqlite/NewsroomTokenizer.h).
    static QString tokenizer();
    // Makes the tokenizer known to a connection; every connection that touches the index must
    // call it right after opening.
    static bool registerTokenizer(sqlite3 *db, QString *error);

    static QString tableName() { return QStringLiteral("article_search"); }
    static QString createTableSql();
    // bm25 weights of headline, lead, body, tags, as FTS5's rank configuration.
    static QString rankFunction();

    // What the user typed as an FTS5 query: every word must match (quoted so that FTS5 syntax
    // characters are only text), "quoted phrases" stay phrases, a trailing * asks for a prefix.
    // Empty when nothing searchable is left.
    static QString matchExpression(const QString &userText);

    // Snippet match markers: control characters no indexed text contains (removeMarkers()
    // strips them from what is indexed).
    static QChar openMarker() { return QChar(0x02); }
    static QChar closeMarker() { return QChar(0x03); }
    static QString removeMarkers(QString text);
};
