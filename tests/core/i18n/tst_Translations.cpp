#include "i18n/Translations.h"

#include "cli/CommandLineTool.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one a plural form
    QString type; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                message = TsMessage {
                    context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1
                };
            } else if (xml.name() == "source"_L1) {
                message.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (xml.name() == "numerusform"_L1) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The numbered placeholders of a text, as a sorted list: "%1", "%L2"…
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d{1,2}"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasCount(const QString &text)
{
    return text.contains("%n"_L1) || text.contains("%Ln"_L1);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(NEWSROOM_SOURCE_DIR "/translations/newsroom_%1.ts").arg(language);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("NEWSROOM_LANGUAGE");
        QSettings().remove(Translations::settingsKey());
    }

    void shipsEnglishRussianAndBelarusian()
    {
        QCOMPARE(Translations::availableLanguages(), (QStringList { u"en"_s, u"be"_s, u"ru"_s }));
        for (const QString &language : { u"en"_s, u"be"_s, u"ru"_s })
            QVERIFY2(QFile::exists(u":/i18n/newsroom_%1.qm"_s.arg(language)), qPrintable(language));
    }

    void choosesTheFirstShippedPreference_data()
    {
        QTest::addColumn<QStringList>("preferences");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru-RU") << QStringList { u"ru-RU"_s } << u"ru"_s;
        QTest::newRow("be_BY.UTF-8") << QStringList { u"be_BY.UTF-8"_s } << u"be"_s;
        QTest::newRow("unshipped first") << QStringList { u"de-DE"_s, u"be"_s, u"ru"_s } << u"be"_s;
        QTest::newRow("English before Russian")
            << QStringList { u"uk-UA"_s, u"en-GB"_s, u"ru"_s } << u"en"_s;
        QTest::newRow("C locale") << QStringList { u"C"_s } << u"en"_s;
        QTest::newRow("garbage") << QStringList { u""_s, u"system"_s, u"@#!"_s } << u"en"_s;
        QTest::newRow("nothing") << QStringList {} << u"en"_s;
    }

    void choosesTheFirstShippedPreference()
    {
        QFETCH(QStringList, preferences);
        QFETCH(QString, expected);
        QCOMPARE(Translations::choose(preferences), expected);
    }

    void requestedLanguageIsFoundBeforeParsing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separate") << QStringList { u"cli"_s, u"--language"_s, u"be"_s } << u"be"_s;
        QTest::newRow("joined") << QStringList { u"cli"_s, u"--db=x"_s, u"--language=ru"_s }
                                << u"ru"_s;
        QTest::newRow("absent") << QStringList { u"cli"_s, u"list"_s } << QString();
        QTest::newRow("no value") << QStringList { u"cli"_s, u"--language"_s } << QString();
        QTest::newRow("after --") << QStringList { u"cli"_s, u"--"_s, u"--language"_s, u"ru"_s }
                                  << QString();
        QTest::newRow("program name") << QStringList { u"--language=ru"_s } << QString();
    }

    void requestedLanguageIsFoundBeforeParsing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(Translations::requestedLanguage(arguments), expected);
    }

    void requestBeatsEnvironmentBeatsSettingBeatsSystem()
    {
        QSettings().setValue(Translations::settingsKey(), u"ru"_s);
        qputenv("NEWSROOM_LANGUAGE", "be");
        QStringList prefs = Translations::preferences(u"en"_s);
        QCOMPARE(prefs.mid(0, 3), (QStringList { u"en"_s, u"be"_s, u"ru"_s }));
        QCOMPARE(prefs.mid(3), QLocale::system().uiLanguages());
        QCOMPARE(Translations::choose(Translations::preferences(QString())), u"be"_s);

        qunsetenv("NEWSROOM_LANGUAGE");
        QCOMPARE(Translations::choose(Translations::preferences(QString())), u"ru"_s);

        // "system" in the settings means: follow the system locale.
        QSettings().setValue(Translations::settingsKey(), u"system"_s);
        prefs = Translations::preferences(QString());
        QCOMPARE(prefs, QLocale::system().uiLanguages());
        QSettings().remove(Translations::settingsKey());
    }

    void embeddedCataloguesTranslateKnownTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *language, const char *context, const char *source,
                            const QString &expected) {
            QTest::addRow("%s %s", language, source)
                << QString::fromLatin1(language) << QByteArray(context) << QByteArray(source)
                << expected;
        };
        row("ru", "main", "Newsroom", u"Редакция"_s);
        row("ru", "MainWindow", "&File", u"&Файл"_s);
        row("ru", "MainWindow", "&Quit", u"В&ыход"_s);
        row("ru", "MainWindow", "No article open", u"Материал не открыт"_s);
        row("ru", "CommandLineTool", "Unknown command: %1", u"Неизвестная команда: %1"_s);
        row("be", "main", "Newsroom", u"Рэдакцыя"_s);
        row("be", "MainWindow", "&File", u"&Файл"_s);
        row("be", "MainWindow", "&Quit", u"В&ыхад"_s);
        row("be", "MainWindow", "No article open", u"Матэрыял не адкрыты"_s);
        row("be", "CommandLineTool", "Unknown command: %1", u"Невядомая каманда: %1"_s);
        // English is the source: its catalogue holds plural forms only.
        row("en", "MainWindow", "&File", u"&File"_s);
    }

    void embeddedCataloguesTranslateKnownTexts()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        Translations translations;
        QVERIFY(translations.install(language));
        QCOMPARE(translations.language(), language);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
    }

    void theCommandLineToolSpeaksTheInstalledLanguage()
    {
        Translations translations;
        QVERIFY(translations.install(u"ru"_s));
        QString out, err;
        QTextStream o(&out), e(&err);
        CommandLineTool tool(o, e);
        QCOMPARE(tool.run({ u"newsroom-cli"_s, u"frobnicate"_s }), int(CommandLineTool::Usage));
        e.flush();
        QCOMPARE(err.trimmed(), u"Неизвестная команда: frobnicate"_s);
    }

    void uninstallingRestoresTheSourceTexts()
    {
        {
            Translations translations;
            QVERIFY(translations.install(u"be"_s));
            QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), u"&Даведка"_s);
            QVERIFY(translations.install(u"en"_s));
            QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), u"&Help"_s);
            QVERIFY(translations.install(u"ru"_s));
        }
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), u"&Help"_s);
    }

    void unshippedLanguageKeepsEnglish()
    {
        Translations translations;
        QVERIFY(!translations.install(u"de"_s));
        QCOMPARE(translations.language(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    }

    void qtsOwnCatalogueLoadsWhereQtShipsIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("be") << u"be"_s;
    }

    void qtsOwnCatalogueLoadsWhereQtShipsIt()
    {
        QFETCH(QString, language);
        const QString qm = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(u"qtbase_%1.qm"_s.arg(language));
        Translations translations;
        QVERIFY(translations.install(language));
        QCOMPARE(translations.hasQtCatalogue(), QFile::exists(qm));
        qInfo("newsroom-report: Qt's own catalogue for %s: %s", qPrintable(language),
              translations.hasQtCatalogue() ? qPrintable(qm) : "not shipped by Qt, English kept");
        if (translations.hasQtCatalogue())
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != "Cancel"_L1);
    }

    void placeholdersSurviveTranslation_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "ru", "be", "en" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Every translation keeps the source's %1-style placeholders, and counts go through %n with
    // all of the language's plural forms.
    void placeholdersSurviveTranslation()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        const int forms = language == "en"_L1 ? 2 : 3;
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (hasCount(m.source) && !m.numerus)
                problems << where + u" counts with %n but is not a plural message"_s;
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                continue;
            if (m.type == "unfinished"_L1
                && std::all_of(m.translations.cbegin(), m.translations.cend(),
                               [](const QString &t) { return t.isEmpty(); }))
                continue;
            if (m.numerus && m.translations.size() != forms)
                problems << where
                        + u" has %1 plural forms, not %2"_s.arg(m.translations.size()).arg(forms);
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + u" -> \""_s + t + u"\": placeholders "_s
                            + placeholders(t).join(u' ') + u" instead of "_s
                            + placeholders(m.source).join(u' ');
                if (m.numerus && !hasCount(t))
                    problems << where + u" -> \""_s + t + u"\" lost %n"_s;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void reportUnfinishedAndObsolete_data() { placeholdersSurviveTranslation_data(); }

    void reportUnfinishedAndObsolete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        qsizetype unfinished = 0, obsolete = 0;
        for (const TsMessage &m : ts.messages) {
            if (m.type == "unfinished"_L1)
                ++unfinished;
            else if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                ++obsolete;
        }
        qInfo("newsroom-report: translations/newsroom_%s.ts: %lld messages, %lld unfinished, %lld "
              "obsolete",
              qPrintable(language), qlonglong(ts.messages.size()), qlonglong(unfinished),
              qlonglong(obsolete));
        QVERIFY(!ts.messages.isEmpty() || language == "en"_L1);
#ifdef NEWSROOM_REQUIRE_COMPLETE_TRANSLATIONS
        QCOMPARE(unfinished, 0);
        QCOMPARE(obsolete, 0);
#endif
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
