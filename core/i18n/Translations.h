#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <optional>

class QTranslator;

// The interface language of a running Newsroom program: picks it (--language, NEWSROOM_LANGUAGE,
// the settings, the system locale, in that order) and installs the application's catalogue
// (embedded under :/i18n) and Qt's own (qtbase_<lang>.qm, so that standard dialogs match).
// Both entry points use it before they create any translated text.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The interface languages shipped, English (the source language) first.
    static QStringList availableLanguages();

    // The key, in the application's QSettings, of the language chosen in the settings; absent,
    // empty or "system" means the system locale's.
    static QString settingsKey();

    // The value of "--language CODE" or "--language=CODE" among the program's arguments. Read
    // before any command-line parser runs, because the parser's own texts must be translated.
    static QString requestedLanguage(const QStringList &arguments);

    // The preferences of the running program, strongest first: `requested`, NEWSROOM_LANGUAGE,
    // the setting, then the system locale's UI languages.
    static QStringList preferences(const QString &requested);

    // The first shipped language matching one of `preferences` (codes or locale names such as
    // "ru", "be-BY", "ru_RU.UTF-8"); English when none does.
    static QString choose(const QStringList &preferences);

    // Installs the catalogues of `language`, one of availableLanguages(), in place of those this
    // object installed before. False when the language is not shipped (English is then kept).
    bool install(const QString &language);

    // choose(preferences(requestedLanguage(arguments))), installed; returns the language.
    QString installPreferred(const QStringList &arguments);

    QString language() const { return m_language; }
    // Whether Qt's own catalogue for the language was found (Qt ships none for some languages).
    bool hasQtCatalogue() const { return m_qt != nullptr; }

private:
    void uninstall();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    std::optional<QLocale> m_defaultLocaleBefore;
};
