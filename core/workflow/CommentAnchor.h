#pragma once

#include <QString>

#include <optional>

// Ties a review comment to a passage of an article's text in a way that survives edits: the
// quoted words, some text on either side, and where they were. After the body changes, locate()
// finds the quote again, preferring the occurrence whose surroundings still match; when the
// passage is gone (or cannot be told apart from others) the comment is detached, not lost.
//
// Offsets count UTF-16 code units in the article's plain text (CanonicalBody::plainText).
struct CommentAnchor
{
    static constexpr qsizetype DefaultContext = 32;

    QString quote;
    QString before; // up to DefaultContext characters just before the quote
    QString after; // … and just after it
    qsizetype offset = -1; // where the quote started when it was anchored

    bool isNull() const { return quote.isEmpty(); }

    // The passage [start, start + length) of text; a null anchor for an empty or invalid range.
    static CommentAnchor capture(const QString &text, qsizetype start, qsizetype length,
                                 qsizetype context = DefaultContext);

    // The first occurrence of quote in text, or nothing if it does not occur.
    static std::optional<CommentAnchor> forQuote(const QString &text, const QString &quote);

    struct Location
    {
        qsizetype start = -1;
        qsizetype length = 0;
        bool isDetached() const { return start < 0; }
    };

    // Where the passage is in (a later version of) the text.
    Location locate(const QString &text) const;

    bool operator==(const CommentAnchor &) const = default;
};
