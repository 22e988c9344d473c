#include "Typography.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr char16_t kNbsp = u'\u00A0';
constexpr char16_t kEmDash = u'\u2014';
constexpr char16_t kEnDash = u'\u2013';

int count(QStringView text, char16_t c)
{
    return int(text.count(QChar(c)));
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(kNbsp) || c == QChar(QChar::LineSeparator);
}

// A ’ followed by a letter is an apostrophe (don’t, сям’я), not a closing quotation mark.
int closingSingleQuotes(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\u2019' && !(i + 1 < text.size() && text[i + 1].isLetter()))
            ++n;
    }
    return n;
}
} // namespace

Typography::Typography(Language language, Options options)
    : m_language(language)
    , m_options(options)
{ }

Typography::Language Typography::languageFromCode(QStringView code)
{
    const QStringView primary = code.left(2);
    if (code.size() > 2 && code[2] != u'-' && code[2] != u'_')
        return Language::None;
    if (primary.compare(u"ru", Qt::CaseInsensitive) == 0)
        return Language::Russian;
    if (primary.compare(u"be", Qt::CaseInsensitive) == 0)
        return Language::Belarusian;
    if (primary.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return Language::None;
}

bool Typography::isTrigger(QChar typed)
{
    return typed == u'"' || typed == u'\'' || typed == u'-' || typed == u' ';
}

std::optional<Typography::Correction> Typography::correctionAfterTyping(QStringView before) const
{
    if (m_language == Language::None || before.isEmpty())
        return std::nullopt;
    const QChar typed = before.back();
    if (typed == u'"' || typed == u'\'')
        return quote(before, typed);
    if (typed == u'-')
        return dash(before);
    if (typed == u' ' && m_options.nonBreakingSpaceAfterShortWords)
        return nonBreakingSpace(before);
    return std::nullopt;
}

std::optional<Typography::Correction> Typography::quote(QStringView before, QChar typed) const
{
    const QStringView earlier = before.chopped(1);
    const QChar prev = earlier.isEmpty() ? QChar() : earlier.back();
    const bool english = m_language == Language::English;

    // A quotation mark opens at the start of a paragraph, after a space, a bracket, a dash or
    // another opening mark; anywhere else it closes.
    static constexpr QStringView kOpenersAll = u"([{<\u00AB\u201E\u2018\u2014\u2013-/";
    const bool opening = prev.isNull() || isSpace(prev) || kOpenersAll.contains(prev)
        || (english && prev == u'\u201C');

    if (typed == u'\'') {
        if (english)
            return Correction { 1, QString(QChar(opening ? u'\u2018' : u'\u2019')) };
        // Russian and Belarusian quote with «» and „“; a straight ' between letters is an
        // apostrophe (сям’я, O’Henry). Elsewhere it is left alone.
        if (prev.isLetter())
            return Correction { 1, u"\u2019"_s };
        return std::nullopt;
    }

    if (english) {
        const int outer = count(earlier, u'\u201C') - count(earlier, u'\u201D');
        const int inner = count(earlier, u'\u2018') - closingSingleQuotes(earlier);
        if (opening)
            return Correction { 1,
                                QString(QChar(outer > 0 && inner <= 0 ? u'\u2018' : u'\u201C')) };
        return Correction { 1, QString(QChar(inner > 0 ? u'\u2019' : u'\u201D')) };
    }

    const int outer = count(earlier, u'\u00AB') - count(earlier, u'\u00BB');
    const int inner = count(earlier, u'\u201E') - count(earlier, u'\u201C');
    if (opening)
        return Correction { 1, QString(QChar(outer > 0 && inner <= 0 ? u'\u201E' : u'\u00AB')) };
    return Correction { 1, QString(QChar(inner > 0 ? u'\u201C' : u'\u00BB')) };
}

std::optional<Typography::Correction> Typography::dash(QStringView before) const
{
    if (!before.endsWith(u"--"))
        return std::nullopt;
    const QStringView earlier = before.chopped(2);
    const QChar prev = earlier.isEmpty() ? QChar() : earlier.back();

    // Between numbers (1941--1945, 10--12 мая) the range dash.
    if (prev.isDigit())
        return Correction { 2, QString(QChar(kEnDash)) };
    if (m_language == Language::English)
        return Correction { 2, QString(QChar(kEmDash)) };

    // Russian and Belarusian set the dash off with spaces, the one before it non-breaking so that
    // a line never starts with a dash. At the start of a paragraph it introduces direct speech.
    if (prev.isNull() || prev == QChar(kNbsp) || prev == QChar(QChar::LineSeparator))
        return Correction { 2, QString(QChar(kEmDash)) };
    if (prev == u' ')
        return Correction { 3, QString(QChar(kNbsp)) + QChar(kEmDash) };
    return Correction { 2, QString(QChar(kNbsp)) + QChar(kEmDash) };
}

std::optional<Typography::Correction> Typography::nonBreakingSpace(QStringView before) const
{
    if (m_language != Language::Russian && m_language != Language::Belarusian)
        return std::nullopt;
    // "… в " : one letter, preceded by the start, a space or an opening mark.
    if (before.size() < 2)
        return std::nullopt;
    const QChar word = before[before.size() - 2];
    if (before.size() >= 3) {
        const QChar prev = before[before.size() - 3];
        static constexpr QStringView kOpeners = u"([\u00AB\u201E\"";
        if (!isSpace(prev) && !kOpeners.contains(prev))
            return std::nullopt;
    }
    static constexpr QStringView kRussian = u"вксуоиаВКСУОИА";
    static constexpr QStringView kBelarusian = u"уўзкаіоУЎЗКАІО";
    const QStringView words = m_language == Language::Russian ? kRussian : kBelarusian;
    if (!words.contains(word))
        return std::nullopt;
    return Correction { 1, QString(QChar(kNbsp)) };
}
