#include "article/Slug.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Slug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHeadline_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("slug");

        QTest::newRow("belarus") << u"Беларусь"_s << u"belarus"_s;
        QTest::newRow("belarus and eaeu") << u"Беларусь і ЕАЭС"_s << u"belarus-i-eaes"_s;
        QTest::newRow("russian digraphs") << u"Жодино, Шклов, Чечерск, Щучин, Хойники, Цна"_s
                                          << u"zhodino-shklov-chechersk-shchuchin-khoyniki-tsna"_s;
        QTest::newRow("yo, ya, yu, short i") << u"Ёлка, Ясень и Юхновичи: новый район"_s
                                             << u"yolka-yasen-i-yukhnovichi-novyy-rayon"_s;
        QTest::newRow("belarusian u and apostrophe")
            << u"Сям'я з Ушачаў і Мядзела ўзяла ўдзел"_s
            << u"syamya-z-ushachau-i-myadzela-uzyala-udzel"_s;
        QTest::newRow("soft and hard signs inside words")
            << u"Кольцо объёмом"_s << u"koltso-obyomom"_s;
        QTest::newRow("english") << u"Harvest Festival Opens in Kopyl"_s
                                 << u"harvest-festival-opens-in-kopyl"_s;
        QTest::newRow("english apostrophes")
            << u"Don't Miss O’Brien's Talk"_s << u"dont-miss-obriens-talk"_s;
        QTest::newRow("mixed scripts and numbers")
            << u"«Дажынкі-2024»: BelTA сообщает о 52,3 ц/га"_s
            << u"dazhynki-2024-belta-soobshchaet-o-52-3-ts-ga"_s;
        QTest::newRow("diacritics")
            << u"Zürich, Śląsk, Straße, Ørsted"_s << u"zurich-slask-strasse-orsted"_s;
        QTest::newRow("surrounding punctuation") << u"  --«Итоги»!!  "_s << u"itogi"_s;
        QTest::newRow("punctuation only") << u"!!! — ?"_s << u"article"_s;
        QTest::newRow("emoji only") << u"🎉🎉"_s << u"article"_s;
        QTest::newRow("empty") << QString() << u"article"_s;
        QTest::newRow("cut at a word boundary")
            << u"В Копыльском районе завершилась уборочная кампания и начались Дажынкі с "
               u"концертами и ярмаркой"_s
            << u"v-kopylskom-rayone-zavershilas-uborochnaya-kampaniya-i-nachalis-dazhynki-s"_s;
        QTest::newRow("one very long word") << u"a"_s.repeated(100) << u"a"_s.repeated(80);
    }

    void fromHeadline()
    {
        QFETCH(QString, headline);
        QFETCH(QString, slug);
        const QString result = Slug::fromHeadline(headline);
        QCOMPARE(result, slug);
        QVERIFY(Slug::isValid(result));
        QVERIFY(result.size() <= Slug::MaxLength);
    }

    void longHeadlinesAreCutAtWordBoundaries()
    {
        const QString headline = u"Председатель районного исполнительного комитета провёл "
                                 u"выездной приём граждан в агрогородке Тимковичи и ответил на "
                                 u"вопросы о ремонте дорог"_s;
        const QString slug = Slug::fromHeadline(headline);
        QVERIFY(slug.size() <= Slug::MaxLength);
        QVERIFY(slug.size() > 60);
        // Every word in the slug is a whole word of the full transliteration.
        const QString full = u"predsedatel-rayonnogo-ispolnitelnogo-komiteta-provyol-vyezdnoy-"
                             u"priyom-grazhdan-v-agrogorodke-timkovichi"_s;
        QVERIFY2(full.startsWith(slug + u'-') || full == slug, qPrintable(slug));
    }

    void makeAppendsNumbersUntilFree()
    {
        QSet<QString> taken;
        const QString headline = u"Беларусь і ЕАЭС"_s;
        auto isTaken = [&taken](const QString &s) { return taken.contains(s); };
        QCOMPARE(Slug::make(headline, isTaken), u"belarus-i-eaes"_s);
        taken << u"belarus-i-eaes"_s;
        QCOMPARE(Slug::make(headline, isTaken), u"belarus-i-eaes-2"_s);
        taken << u"belarus-i-eaes-2"_s << u"belarus-i-eaes-3"_s;
        QCOMPARE(Slug::make(headline, isTaken), u"belarus-i-eaes-4"_s);
        QCOMPARE(Slug::make(headline), u"belarus-i-eaes"_s);
    }

    void suffixKeepsTheSlugShort()
    {
        const QString headline = u"word "_s.repeated(30);
        const QString base = Slug::fromHeadline(headline);
        QCOMPARE(base.size(), 79); // 16 × "word-" minus the trailing hyphen
        QSet<QString> taken { base };
        for (int n = 2; n <= 11; ++n)
            taken << Slug::make(headline, [&taken](const QString &s) { return taken.contains(s); });
        QVERIFY(taken.contains(u"word-"_s.repeated(15) + u"2"_s));
        for (const QString &slug : std::as_const(taken)) {
            QVERIFY2(slug.size() <= Slug::MaxLength, qPrintable(slug));
            QVERIFY2(Slug::isValid(slug), qPrintable(slug));
        }
        QVERIFY(taken.contains(u"word-"_s.repeated(15) + u"11"_s));
        QCOMPARE(taken.size(), 11);
    }

    void fallbackIsMadeUniqueToo()
    {
        QSet<QString> taken { u"article"_s };
        QCOMPARE(Slug::make(u"???"_s, [&taken](const QString &s) { return taken.contains(s); }),
                 u"article-2"_s);
    }

    void endsEvenWhenEverythingIsTaken()
    {
        int asked = 0;
        const QString slug = Slug::make(u"Новости"_s, [&asked](const QString &) {
            ++asked;
            return true;
        });
        QVERIFY(slug.startsWith(u"novosti-"_s));
        QVERIFY(Slug::isValid(slug));
        QVERIFY(asked > 10000);
    }

    void isValid()
    {
        QVERIFY(Slug::isValid(u"belarus-i-eaes-2"_s));
        QVERIFY(Slug::isValid(u"2024"_s));
        QVERIFY(!Slug::isValid(QString()));
        QVERIFY(!Slug::isValid(u"Belarus"_s));
        QVERIFY(!Slug::isValid(u"-belarus"_s));
        QVERIFY(!Slug::isValid(u"belarus-"_s));
        QVERIFY(!Slug::isValid(u"bela--rus"_s));
        QVERIFY(!Slug::isValid(u"беларусь"_s));
        QVERIFY(!Slug::isValid(u"a b"_s));
        QVERIFY(!Slug::isValid(u"a"_s.repeated(81)));
    }
};

QTEST_MAIN(tst_Slug)
#include "tst_Slug.moc"
