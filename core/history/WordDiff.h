#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One run of a word diff: text both sides share, or text only the old (Delete) or the new
// (Insert) side has.
struct DiffSegment
{
    enum class Op { Equal, Delete, Insert };

    Op op = Op::Equal;
    QString text;

    bool operator==(const DiffSegment &) const = default;
};

// A word-by-word diff of two texts, as a reader wants to see it: words (Cyrillic, Latin, any
// script; with apostrophes inside them, as in Belarusian "сям'я") are compared whole, each
// punctuation mark is a token of its own, and whitespace is kept, so joining the Equal and
// Delete segments gives the old text back and joining Equal and Insert gives the new one.
//
// The edit script comes from dtl (Wu, Manber and Myers' O(NP) algorithm). Each changed region
// is then written as its deletion followed by its insertion, and two changes separated only by
// spaces are merged into one ("[-the old words-]{+new ones+}", not word-by-word confetti).
// Paragraph breaks (a newline) are never merged over, so changes stay within their blocks.
class WordDiff
{
public:
    static QStringList tokenize(const QString &text);
    static QList<DiffSegment> compare(const QString &before, const QString &after);

    // Whether the segments hold any Delete or Insert.
    static bool hasChanges(const QList<DiffSegment> &segments);
    // The old (Equal + Delete) or the new (Equal + Insert) text.
    static QString before(const QList<DiffSegment> &segments);
    static QString after(const QList<DiffSegment> &segments);
    // wdiff's notation: "[-deleted-]" and "{+inserted+}".
    static QString toMarkedText(const QList<DiffSegment> &segments);
};
