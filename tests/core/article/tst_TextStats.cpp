#include "article/TextStats.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_TextStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");

        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("blank") << u"  \n\t "_s << 0;
        QTest::newRow("russian") << u"Привет, мир!"_s << 2;
        QTest::newRow("belarusian") << u"Сям'я ўдзельнічала ў святкаванні"_s << 4;
        QTest::newRow("english") << u"The harvest festival opens today."_s << 5;
        QTest::newRow("english apostrophes") << u"Don't miss O’Brien’s talk"_s << 4;
        QTest::newRow("hyphenated words count once")
            << u"Из-за дождя уборка будет по-новому, well-known e-mail"_s << 7;
        QTest::newRow("numbers") << u"В 2024 году собрали 1,5 млн тонн, или 3.2%"_s << 9;
        QTest::newRow("hyphenated number") << u"COVID-19 и Урожай-2024"_s << 3;
        QTest::newRow("quotes and dashes are not words")
            << u"«Урожай» — это „праздник“ – и \"точка\""_s << 5;
        QTest::newRow("abbreviations") << u"и т.д. и т.п., U.S.A."_s << 5;
        QTest::newRow("a lone dash between spaces") << u"слово - слово"_s << 2;
        QTest::newRow("emoji are not words") << u"Ура 🎉 👍🏽 🇧🇾"_s << 1;
        QTest::newRow("lines") << u"один\nдва\tтри"_s << 3;
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(TextStats::ofText(text).words, words);
    }

    void characters()
    {
        const TextStats ascii = TextStats::ofText(u"Hello, world!"_s);
        QCOMPARE(ascii.characters, 13);
        QCOMPARE(ascii.charactersWithoutSpaces, 12);

        const TextStats cyrillic = TextStats::ofText(u"Привет, мир!"_s);
        QCOMPARE(cyrillic.characters, 12);
        QCOMPARE(cyrillic.charactersWithoutSpaces, 11);

        // Emoji with skin tone, a family (joined), a flag: one character each.
        const TextStats emoji = TextStats::ofText(u"Ура 👍🏽 👨‍👩‍👧 🇧🇾"_s);
        QCOMPARE(emoji.characters, 9);
        QCOMPARE(emoji.charactersWithoutSpaces, 6);

        // Line and cell breaks of the plain text are not characters; no-break spaces are spaces.
        const TextStats lines = TextStats::ofText(u"ab\ncd\tef 10\u00A0000"_s);
        QCOMPARE(lines.characters, 13);
        QCOMPARE(lines.charactersWithoutSpaces, 11);
    }

    void readingTime()
    {
        const QString ru = u"слово "_s;
        const QString en = u"word "_s;
        QCOMPARE(TextStats::ofText(QString()).readingMinutes, 0);
        QCOMPARE(TextStats::ofText(u"одно"_s).readingMinutes, 1);
        QCOMPARE(TextStats::ofText(ru.repeated(180), u"ru"_s).readingMinutes, 1);
        QCOMPARE(TextStats::ofText(ru.repeated(181), u"ru"_s).readingMinutes, 2);
        QCOMPARE(TextStats::ofText(ru.repeated(1800), u"be-BY"_s).readingMinutes, 10);
        QCOMPARE(TextStats::ofText(en.repeated(220), u"en"_s).readingMinutes, 1);
        QCOMPARE(TextStats::ofText(en.repeated(221), u"en"_s).readingMinutes, 2);
        QCOMPARE(TextStats::ofText(en.repeated(2200), u"en-GB"_s).readingMinutes, 10);

        // The stated language decides; without one, the script does.
        QCOMPARE(TextStats::ofText(ru.repeated(200), u"en"_s).readingMinutes, 1);
        QCOMPARE(TextStats::ofText(ru.repeated(200)).readingMinutes, 2);
        QCOMPARE(TextStats::ofText(en.repeated(200)).readingMinutes, 1);
        QCOMPARE(TextStats::wordsPerMinute(u"be"_s, {}), TextStats::WordsPerMinuteCyrillic);
        QCOMPARE(TextStats::wordsPerMinute(u"uk-UA"_s, {}), TextStats::WordsPerMinuteCyrillic);
        QCOMPARE(TextStats::wordsPerMinute(u"de"_s, {}), TextStats::WordsPerMinuteLatin);
        QCOMPARE(TextStats::wordsPerMinute({}, u"Mixed текст with more English"_s),
                 TextStats::WordsPerMinuteLatin);
    }

    void ofCanonicalBody()
    {
        const QString body = u"<h2>Итоги</h2>\n<p>Первый&nbsp;абзац, <strong>жирный</strong> "
                             u"<a href=\"https://a.by/\">текст</a>.<br>Вторая строка</p>\n"
                             u"<p><img src=\"image:0f8fad5b-d9cb-469f-a165-70867728950e\" alt=\"не "
                             u"считается\"></p>\n"
                             u"<ul>\n<li>пункт\n<ol>\n<li>вложенный</li>\n</ol>\n</li>\n</ul>\n"
                             u"<table>\n<tr><th>A&amp;B</th><td>12</td></tr>\n</table>\n<hr>\n"_s;
        // Итоги | Первый абзац, жирный текст. | Вторая строка | пункт | вложенный | A&B 12
        // ("A&B" is two words to ICU, like "AT&T"; the image's alt text is not read.)
        const TextStats stats = TextStats::ofBody(body, u"ru"_s);
        QCOMPARE(stats.words, 12);
        QCOMPARE(stats.characters, 5 + 27 + 13 + 5 + 9 + 3 + 2);
        QCOMPARE(stats.charactersWithoutSpaces, 5 + 24 + 12 + 5 + 9 + 3 + 2);
        QCOMPARE(stats.readingMinutes, 1);
        QCOMPARE(TextStats::ofBody(QString()), TextStats());
    }
};

QTEST_MAIN(tst_TextStats)
#include "tst_TextStats.moc"
