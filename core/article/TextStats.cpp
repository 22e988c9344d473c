#include "TextStats.h"

#include "CanonicalBody.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isWordHyphen(const icu::UnicodeString &segment)
{
    if (segment.length() != 1)
        return false;
    const char16_t c = segment.charAt(0);
    return c == u'-' || c == 0x2010 || c == 0x2011; // hyphen-minus, hyphen, non-breaking hyphen
}

int countWords(const icu::UnicodeString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it)
        return 0;
    it->setText(text);
    int words = 0;
    bool afterWord = false; // the previous segment was a word
    bool afterHyphen = false; // the previous segment was a hyphen right after a word
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const bool isWord = it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
        if (isWord) {
            if (!afterHyphen)
                ++words;
            afterWord = true;
            afterHyphen = false;
            continue;
        }
        afterHyphen = afterWord && isWordHyphen(icu::UnicodeString(text, start, end - start));
        afterWord = false;
    }
    return words;
}

void countCharacters(const icu::UnicodeString &text, TextStats *stats)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it)
        return;
    it->setText(text);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const char16_t first = text.charAt(start);
        if (first == u'\n' || first == u'\t' || first == u'\r')
            continue; // block and cell separators of the plain text
        ++stats->characters;
        if (!(end - start == 1 && QChar::isSpace(first)))
            ++stats->charactersWithoutSpaces;
    }
}

bool isCyrillicLanguage(QStringView primary)
{
    static constexpr QStringView languages[] = { u"ru", u"be", u"uk", u"bg", u"sr", u"mk", u"kk",
                                                 u"ky", u"tg", u"mn", u"tt", u"ba", u"cv", u"os" };
    for (QStringView l : languages) {
        if (primary.compare(l, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

int TextStats::wordsPerMinute(const QString &language, const QString &text)
{
    const QStringView primary = QStringView(language).left(
        language.indexOf(u'-') < 0 ? language.size() : language.indexOf(u'-'));
    if (!primary.isEmpty())
        return isCyrillicLanguage(primary) ? WordsPerMinuteCyrillic : WordsPerMinuteLatin;
    qsizetype cyrillic = 0;
    qsizetype otherLetters = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Cyrillic)
            ++cyrillic;
        else
            ++otherLetters;
    }
    return cyrillic > otherLetters ? WordsPerMinuteCyrillic : WordsPerMinuteLatin;
}

TextStats TextStats::ofText(const QString &plainText, const QString &language)
{
    TextStats stats;
    const icu::UnicodeString text(reinterpret_cast<const char16_t *>(plainText.utf16()),
                                  int32_t(plainText.size()));
    stats.words = countWords(text);
    countCharacters(text, &stats);
    if (stats.words > 0) {
        const int wpm = wordsPerMinute(language, plainText);
        stats.readingMinutes = (stats.words + wpm - 1) / wpm;
    }
    return stats;
}

TextStats TextStats::ofBody(const QString &canonicalBody, const QString &language)
{
    return ofText(CanonicalBody::plainText(canonicalBody), language);
}
