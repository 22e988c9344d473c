#include "article/Typography.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Types `keys` one character at a time, applying each correction as the editor does.
QString typeOut(const Typography &typography, const QString &keys)
{
    QString text;
    for (QChar c : keys) {
        text.append(c);
        if (const auto fix = typography.correctionAfterTyping(text)) {
            text.chop(fix->remove);
            text.append(fix->insert);
        }
    }
    return text;
}
} // namespace

class tst_Typography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageFromCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Typography::Language>("language");
        QTest::newRow("ru") << u"ru"_s << Typography::Language::Russian;
        QTest::newRow("ru-RU") << u"ru-RU"_s << Typography::Language::Russian;
        QTest::newRow("be_BY") << u"be_BY"_s << Typography::Language::Belarusian;
        QTest::newRow("EN") << u"EN"_s << Typography::Language::English;
        QTest::newRow("en-GB") << u"en-GB"_s << Typography::Language::English;
        QTest::newRow("de") << u"de"_s << Typography::Language::None;
        QTest::newRow("empty") << QString() << Typography::Language::None;
        QTest::newRow("rus is not ru") << u"rus"_s << Typography::Language::None;
    }
    void languageFromCode()
    {
        QFETCH(QString, code);
        QFETCH(Typography::Language, language);
        QCOMPARE(Typography::languageFromCode(code), language);
    }

    void typing_data()
    {
        QTest::addColumn<Typography::Language>("language");
        QTest::addColumn<bool>("nbsp");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("expected");

        const auto ru = Typography::Language::Russian;
        const auto be = Typography::Language::Belarusian;
        const auto en = Typography::Language::English;
        const auto none = Typography::Language::None;

        QTest::newRow("ru quotes")
            << ru << false << u"Газета \"Копыль\" пишет"_s << u"Газета «Копыль» пишет"_s;
        QTest::newRow("ru quote at paragraph start")
            << ru << false << u"\"Да\", сказал он"_s << u"«Да», сказал он"_s;
        QTest::newRow("ru nested quotes")
            << ru << false << u"\"Завод \"Луч\" работает\""_s << u"«Завод „Луч“ работает»"_s;
        QTest::newRow("ru quote after bracket") << ru << false << u"(\"Да\")"_s << u"(«Да»)"_s;
        QTest::newRow("be quotes") << be << false << u"\"Праца\""_s << u"«Праца»"_s;
        QTest::newRow("be apostrophe") << be << false << u"сям'я"_s << u"сям\u2019я"_s;
        QTest::newRow("ru lone apostrophe stays") << ru << false << u"a ' b"_s << u"a ' b"_s;

        QTest::newRow("en quotes")
            << en << false << u"He said \"yes\"."_s << u"He said \u201Cyes\u201D."_s;
        QTest::newRow("en nested quotes") << en << false << u"\"The \"Star\" wins\""_s
                                          << u"\u201CThe \u2018Star\u2019 wins\u201D"_s;
        QTest::newRow("en single quotes and apostrophe")
            << en << false << u"'Don't'"_s << u"\u2018Don\u2019t\u2019"_s;
        QTest::newRow("en nested after apostrophe")
            << en << false << u"\"It's \"ok\"\""_s << u"\u201CIt\u2019s \u2018ok\u2019\u201D"_s;

        QTest::newRow("ru dash with spaces")
            << ru << false << u"Минск -- столица"_s << u"Минск\u00A0\u2014 столица"_s;
        QTest::newRow("ru dash after word")
            << ru << false << u"Минск--"_s << u"Минск\u00A0\u2014"_s;
        QTest::newRow("ru direct speech dash") << ru << false << u"-- Да"_s << u"\u2014 Да"_s;
        QTest::newRow("ru number range") << ru << false << u"1941--1945"_s << u"1941\u20131945"_s;
        QTest::newRow("en em dash") << en << false << u"word--word"_s << u"word\u2014word"_s;
        QTest::newRow("en number range") << en << false << u"pp. 10--12"_s << u"pp. 10\u201312"_s;
        QTest::newRow("single hyphen stays") << ru << false << u"кто-то"_s << u"кто-то"_s;

        QTest::newRow("ru nbsp after preposition") << ru << true << u"Я был в Копыле и в Минске"_s
                                                   << u"Я был в\u00A0Копыле и\u00A0в\u00A0Минске"_s;
        QTest::newRow("ru nbsp capital at start")
            << ru << true << u"В городе"_s << u"В\u00A0городе"_s;
        QTest::newRow("ru nbsp off") << ru << false << u"в городе"_s << u"в городе"_s;
        QTest::newRow("ru no nbsp after word ending in в")
            << ru << true << u"Львов город"_s << u"Львов город"_s;
        QTest::newRow("ru no nbsp after Я") << ru << true << u"Я пишу"_s << u"Я пишу"_s;
        QTest::newRow("be nbsp") << be << true << u"з Мінска ў Копыль"_s
                                 << u"з\u00A0Мінска ў\u00A0Копыль"_s;
        QTest::newRow("en no nbsp") << en << true << u"a cat"_s << u"a cat"_s;

        QTest::newRow("no language, no change")
            << none << true << u"\"x\" -- в доме"_s << u"\"x\" -- в доме"_s;
    }
    void typing()
    {
        QFETCH(Typography::Language, language);
        QFETCH(bool, nbsp);
        QFETCH(QString, keys);
        QFETCH(QString, expected);
        const Typography typography(language, Typography::Options { nbsp });
        QCOMPARE(typeOut(typography, keys), expected);
    }

    void correctionReplacesOnlyTheTail()
    {
        const Typography ru(Typography::Language::Russian);
        const auto fix = ru.correctionAfterTyping(u"Минск --");
        QVERIFY(fix.has_value());
        QCOMPARE(fix->remove, 3);
        QCOMPARE(fix->insert, u"\u00A0\u2014"_s);
        QVERIFY(!ru.correctionAfterTyping(u"Минск").has_value());
        QVERIFY(!ru.correctionAfterTyping(u"").has_value());
    }

    void triggers()
    {
        for (QChar c : u"\"'- "_s)
            QVERIFY(Typography::isTrigger(c));
        for (QChar c : u"aя.,1\u00A0"_s)
            QVERIFY(!Typography::isTrigger(c));
    }
};

QTEST_APPLESS_MAIN(tst_Typography)
#include "tst_Typography.moc"
