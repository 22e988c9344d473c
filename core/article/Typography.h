#pragma once

#include <QString>
#include <QStringView>

#include <optional>

struct TypographyOptions
{
    // ru/be: "в лесу" keeps "в" on the line of "лесу" (U+00A0 instead of the typed space).
    bool nonBreakingSpaceAfterShortWords = true;
};

// Typographic corrections applied as the user types: straight quotes to the language's quotation
// marks, "--" to a dash, and optionally a non-breaking space after one-letter words (ru, be).
// Pure rules over the text before the cursor, so they are testable without an editor; the editor
// applies a Correction as a separate undo step so that one Ctrl+Z brings back what was typed.
class Typography
{
public:
    enum class Language {
        None, // no corrections at all
        Russian,
        Belarusian,
        English,
    };

    // "ru", "ru-RU", "be", "be_BY", "en", "en-GB" … ; anything else is Language::None.
    static Language languageFromCode(QStringView code);

    using Options = TypographyOptions;

    // Replace the last `remove` characters before the cursor with `insert`.
    struct Correction
    {
        int remove = 0;
        QString insert;
        bool operator==(const Correction &) const = default;
    };

    Typography() = default;
    explicit Typography(Language language, Options options = {});

    Language language() const { return m_language; }
    Options options() const { return m_options; }

    // `before` is the text of the paragraph up to the cursor, ending with the character just
    // typed. Returns the correction to make, or nothing.
    std::optional<Correction> correctionAfterTyping(QStringView before) const;

    // True for a character this class may react to (a cheap filter for the keystroke path).
    static bool isTrigger(QChar typed);

private:
    std::optional<Correction> quote(QStringView before, QChar typed) const;
    std::optional<Correction> dash(QStringView before) const;
    std::optional<Correction> nonBreakingSpace(QStringView before) const;

    Language m_language = Language::None;
    Options m_options;
};
