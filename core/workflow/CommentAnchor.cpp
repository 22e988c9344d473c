#include "CommentAnchor.h"

#include <QList>

#include <cstdlib>

namespace {
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}
} // namespace

CommentAnchor CommentAnchor::capture(const QString &text, qsizetype start, qsizetype length,
                                     qsizetype context)
{
    if (start < 0 || length <= 0 || start + length > text.size() || context < 0)
        return {};
    CommentAnchor a;
    a.quote = text.mid(start, length);
    const qsizetype beforeStart = qMax<qsizetype>(0, start - context);
    a.before = text.mid(beforeStart, start - beforeStart);
    a.after = text.mid(start + length, context);
    a.offset = start;
    return a;
}

std::optional<CommentAnchor> CommentAnchor::forQuote(const QString &text, const QString &quote)
{
    if (quote.isEmpty())
        return std::nullopt;
    const qsizetype at = text.indexOf(quote);
    if (at < 0)
        return std::nullopt;
    return capture(text, at, quote.size());
}

CommentAnchor::Location CommentAnchor::locate(const QString &text) const
{
    if (quote.isEmpty())
        return {};

    QList<qsizetype> occurrences;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        occurrences << at;
    if (occurrences.isEmpty())
        return {};

    // An occurrence is recognised by its surroundings when at least a quarter of the stored
    // context still matches: enough to tell a repeated word apart, tolerant of nearby edits.
    const qsizetype contextSize = before.size() + after.size();
    qsizetype best = -1, bestScore = -1, bestDistance = 0;
    for (const qsizetype at : std::as_const(occurrences)) {
        const QStringView textView(text);
        const qsizetype score = commonSuffix(before, textView.left(at))
            + commonPrefix(after, textView.mid(at + quote.size()));
        if (score * 4 < contextSize)
            continue;
        const qsizetype distance = offset < 0 ? 0 : std::abs(at - offset);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    // The context is gone, but the words are there once only: that is the passage.
    if (best < 0 && occurrences.size() == 1)
        best = occurrences.constFirst();
    if (best < 0)
        return {};
    return { best, quote.size() };
}
