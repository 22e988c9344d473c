#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto sourceLanguage = "en";

QString catalogueDirectory()
{
    return u":/i18n"_s;
}

// The language part of a code or locale name: "be-BY" and "be_BY.UTF-8" both give Belarusian.
QLocale::Language languageOf(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QLocale::AnyLanguage;
    const QLocale locale(trimmed.section(u'.', 0, 0).section(u'@', 0, 0));
    return locale.language() == QLocale::C ? QLocale::AnyLanguage : locale.language();
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    uninstall();
}

QStringList Translations::availableLanguages()
{
    QStringList languages { QString::fromLatin1(sourceLanguage) };
    const QStringList files
        = QDir(catalogueDirectory()).entryList({ u"newsroom_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

QString Translations::settingsKey()
{
    return u"interface/language"_s;
}

QString Translations::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--"_L1)
            break;
        if (arg == "--language"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith("--language="_L1))
            return arg.mid(11);
    }
    return {};
}

QStringList Translations::preferences(const QString &requested)
{
    QStringList result;
    const auto add = [&result](const QString &value) {
        if (!value.trimmed().isEmpty() && value.trimmed() != "system"_L1)
            result << value.trimmed();
    };
    add(requested);
    add(qEnvironmentVariable("NEWSROOM_LANGUAGE"));
    add(QSettings().value(settingsKey()).toString());
    result << QLocale::system().uiLanguages();
    return result;
}

QString Translations::choose(const QStringList &preferences)
{
    const QStringList available = availableLanguages();
    for (const QString &preference : preferences) {
        const QLocale::Language wanted = languageOf(preference);
        if (wanted == QLocale::AnyLanguage)
            continue;
        for (const QString &code : available) {
            if (languageOf(code) == wanted)
                return code;
        }
    }
    return QString::fromLatin1(sourceLanguage);
}

bool Translations::install(const QString &language)
{
    uninstall();
    if (!availableLanguages().contains(language)) {
        m_language = QString::fromLatin1(sourceLanguage);
        return false;
    }
    m_language = language;

    // English has a catalogue too, with the plural forms of the source texts only.
    auto app = std::make_unique<QTranslator>();
    if (app->load(u"newsroom_"_s + language, catalogueDirectory())) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1StringView(sourceLanguage)
        && qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    // Dates and numbers follow the interface language when it was chosen against the system's.
    if (language != QLatin1StringView(sourceLanguage)
        && QLocale().language() != languageOf(language)) {
        m_defaultLocaleBefore = QLocale();
        QLocale::setDefault(QLocale(language));
    }
    return true;
}

QString Translations::installPreferred(const QStringList &arguments)
{
    install(choose(preferences(requestedLanguage(arguments))));
    return m_language;
}

void Translations::uninstall()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    if (m_defaultLocaleBefore)
        QLocale::setDefault(*m_defaultLocaleBefore);
    m_defaultLocaleBefore.reset();
}
