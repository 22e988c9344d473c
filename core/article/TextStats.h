#pragma once

#include <QString>

// Counts for an article body, the way a press officer reads them: words, characters with and
// without spaces, and the reading time. Cyrillic and Latin text are counted alike: a word is
// what ICU's word boundaries call a word (letters or a number, "1,5" and "т.д." included; an
// apostrophe inside a word keeps it whole: "сям'я", "don't"), and words joined by a hyphen
// count once ("из-за", "well-known", "COVID-19"). Punctuation, dashes, «quotes» and emoji are
// not words. Characters are user-perceived characters (an emoji with its skin tone is one);
// line and cell breaks are not characters.
struct TextStats
{
    // Words per minute for the reading time: slower for Cyrillic text.
    static constexpr int WordsPerMinuteCyrillic = 180; // ru, be, uk, …
    static constexpr int WordsPerMinuteLatin = 220; // en and other languages

    int words = 0;
    int characters = 0;
    int charactersWithoutSpaces = 0;
    int readingMinutes = 0; // rounded up; 0 only for a body without words

    bool operator==(const TextStats &) const = default;

    // language is BCP 47 ("ru", "be-BY", "en"); empty means guess from the text's script.
    static TextStats ofBody(const QString &canonicalBody, const QString &language = {});
    static TextStats ofText(const QString &plainText, const QString &language = {});

    static int wordsPerMinute(const QString &language, const QString &text);
};
