#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;
class QSqlDatabase;

// Registers the FTS5 tokenizer "newsroom" on one SQLite connection, so that tables created with
// tokenize='newsroom' can be written and queried through it. Registration is per connection: call
// it for every connection (every QSqlDatabase, every clone) before touching such a table. The
// connection must belong to the libsqlite3 this program links against, which is the one Qt's
// QSQLITE plugin uses on Debian. Returns false and sets *error when the connection is null or its
// SQLite was built without FTS5.
bool registerNewsroomTokenizer(sqlite3 *db, QString *error = nullptr);

// The sqlite3 handle behind an open QSQLITE connection (QSqlDriver::handle()), or null when the
// connection is not open or is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The text analysis behind the "newsroom" tokenizer, usable without SQLite.
//
// Words are runs of letters and digits (combining marks, soft hyphens and zero-width joiners
// inside a word belong to it). An apostrophe (' ’ ʼ) between two letters joins them, so "don't",
// "O'Brien" and Belarusian "сям'я" stay one word; any other character, hyphens included, separates,
// so "северо-западный" gives two tokens and a phrase query for it still matches.
//
// Each word is NFC-normalised, case folded, ё becomes е, Latin letters lose their diacritics
// (é→e, ł→l, ß→ss), and then it is stemmed with Snowball when its language can be told from the
// word alone:
//   - only Russian letters (а–я, ё): the Russian stemmer ("урожаем" → "урож"), then one
//     stem-final vowel dropped from stems of four letters or more, because Snowball splits the
//     nouns in -ай/-ой/-ей (урожай → "урожа", урожая → "урож");
//   - only Latin letters: the English stemmer ("harvesting" → "harvest");
//   - Cyrillic with a letter Russian lacks (Belarusian і ў, Ukrainian ї є ґ, …) or with an
//     apostrophe (Belarusian "аб'ява"): folded only — Snowball has no Belarusian stemmer, and
//     the Russian one would mangle these words;
//   - digits, mixed scripts, other scripts, words over 64 letters: folded only.
// Belarusian words that happen to use only letters shared with Russian ("раён", "праца") get the
// Russian stemmer; that is consistent between documents and queries, so it only ever widens a
// match.
//
// Query terms go through the same analysis, prefix terms included: "урожае*" looks for the prefix
// "урож", which finds "урожаем" (indexed as "урож").
//
// Token offsets are byte offsets into the UTF-8 input, covering the word as written, so FTS5's
// highlight() and snippet() mark exactly the original word. Invalid UTF-8 bytes separate words.
//
// Not thread-safe: each instance owns its stemmers. SQLite makes one instance per FTS5 table per
// connection, and a connection is used by one thread at a time.
class NewsroomTokenizer
{
public:
    struct Token
    {
        QByteArray text; // UTF-8
        int start = 0; // byte offsets into the input
        int end = 0;
        bool operator==(const Token &) const = default;
    };

    // Returns non-zero to stop tokenising; that value is then returned by tokenize().
    using Sink = int (*)(void *context, const char *token, int length, int start, int end);

    NewsroomTokenizer();
    ~NewsroomTokenizer();
    NewsroomTokenizer(const NewsroomTokenizer &) = delete;
    NewsroomTokenizer &operator=(const NewsroomTokenizer &) = delete;

    // False only when Snowball could not create its stemmers (out of memory).
    bool isValid() const;

    int tokenize(const char *utf8, int length, void *context, Sink sink);
    QList<Token> tokenize(QByteArrayView utf8);

    // Tokens longer than this (in bytes) are cut at a character boundary.
    static constexpr int MaxTokenBytes = 256;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
