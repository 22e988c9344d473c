#pragma once

#include <QString>

#include <functional>

// URL slugs for articles: "Беларусь і ЕАЭС" → "belarus-i-eaes".
//
// The headline is transliterated with ICU (Any-Latin; Latin-ASCII, after a few Cyrillic rules
// that keep common digraphs: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya, ё yo, й y, soft
// and hard signs and apostrophes dropped — plain ISO 9 would turn "Жодино" into "zodino"), lower-
// cased; every run of other characters becomes one hyphen, hyphens at either end go, and a slug
// longer than MaxLength is cut at the last hyphen that fits.
class Slug
{
public:
    static constexpr int MaxLength = 80;

    // The slug of a headline that has nothing to transliterate ("!!!", "🎉").
    static QString fallback();

    // The slug for a headline, not yet made unique.
    static QString fromHeadline(const QString &headline);

    // A slug no other article has: fromHeadline(), or with "-2", "-3", … appended (shortened
    // at a word boundary so that it still fits MaxLength) until isTaken says it is free.
    // Without isTaken the headline's slug is returned as it is.
    static QString make(const QString &headline,
                        const std::function<bool(const QString &)> &isTaken = {});

    // Lower-case ASCII letters and digits in hyphen-separated words, at most MaxLength long.
    static bool isValid(const QString &slug);
};
