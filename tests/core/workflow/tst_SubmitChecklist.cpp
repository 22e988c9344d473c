#include "workflow/SubmitChecklist.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow = QDateTime(QDate(2024, 9, 2), QTime(10, 0), QTimeZone::UTC);

ArticleImage image(const QString &caption, const QString &alt)
{
    ArticleImage img;
    img.id = QUuid::createUuid();
    img.mimeType = u"image/jpeg"_s;
    img.caption = caption;
    img.altText = alt;
    return img;
}

Article ready()
{
    Article a;
    a.id = QUuid::createUuid();
    a.meta.headline = u"В Копыле открыли новый стадион"_s;
    a.meta.lead = u"Стадион на 1 200 мест построен за год."_s;
    a.meta.section = u"society"_s;
    a.meta.language = u"ru"_s;
    a.body = u"<p>Текст статьи.</p>"_s;
    a.images << image(u"Стадион"_s, u"Трибуны нового стадиона"_s);
    return a;
}

QStringList fields(const QList<ChecklistItem> &items)
{
    QStringList f;
    for (const ChecklistItem &i : items)
        f << i.field;
    return f;
}
} // namespace

class tst_SubmitChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteArticlePasses() { QVERIFY(SubmitChecklist::check(ready(), 0, kNow).isEmpty()); }

    void everyFailureIsReportedAtOnce()
    {
        Article a;
        a.meta.headline = u"   "_s;
        a.meta.language = u"русский"_s;
        a.body = u"<p> </p><p><img src=\"image:x\" alt=\"\"/></p>"_s;
        const ArticleImage noAlt1 = image(u"Стадион"_s, QString());
        const ArticleImage withAlt = image(QString(), u"ok"_s);
        const ArticleImage noAlt2 = image(QString(), u"  "_s);
        a.images = { noAlt1, withAlt, noAlt2 };
        a.meta.embargo = kNow.addSecs(-60);

        const QList<ChecklistItem> items = SubmitChecklist::check(a, 2, kNow);
        QCOMPARE(
            fields(items),
            (QStringList { u"headline"_s, u"lead"_s, u"section"_s, u"language"_s, u"body"_s,
                           u"image.altText"_s, u"image.altText"_s, u"embargo"_s, u"comments"_s }));
        QCOMPARE(items.at(5).imageId, noAlt1.id);
        QCOMPARE(items.at(6).imageId, noAlt2.id);
        QVERIFY(items.at(5).message.contains(u"Стадион"_s));
        QVERIFY(items.at(8).message.contains(u'2'));
        for (const ChecklistItem &item : items)
            QVERIFY2(!item.message.isEmpty(), qPrintable(item.field));
    }

    void eachCheckOnItsOwn_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("unresolved");
        QTest::addColumn<Article>("article");
        Article a = ready();
        a.meta.headline.clear();
        QTest::addRow("headline") << u"headline"_s << 0 << a;
        a = ready();
        a.meta.lead = u"\n"_s;
        QTest::addRow("lead") << u"lead"_s << 0 << a;
        a = ready();
        a.meta.section.clear();
        QTest::addRow("section") << u"section"_s << 0 << a;
        a = ready();
        a.meta.language.clear();
        QTest::addRow("language") << u"language"_s << 0 << a;
        a = ready();
        a.body.clear();
        QTest::addRow("body") << u"body"_s << 0 << a;
        a = ready();
        a.images[0].altText.clear();
        QTest::addRow("alt text") << u"image.altText"_s << 0 << a;
        a = ready();
        a.meta.embargo = kNow;
        QTest::addRow("embargo now") << u"embargo"_s << 0 << a;
        QTest::addRow("unresolved comment") << u"comments"_s << 1 << ready();
    }

    void eachCheckOnItsOwn()
    {
        QFETCH(QString, field);
        QFETCH(int, unresolved);
        QFETCH(Article, article);
        const QList<ChecklistItem> items = SubmitChecklist::check(article, unresolved, kNow);
        QCOMPARE(fields(items), QStringList { field });
    }

    void aFutureEmbargoIsFine()
    {
        Article a = ready();
        a.meta.embargo = kNow.addSecs(1);
        QVERIFY(SubmitChecklist::check(a, 0, kNow).isEmpty());
    }

    void languageTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("ok");
        QTest::addRow("ru") << u"ru"_s << true;
        QTest::addRow("be-BY") << u"be-BY"_s << true;
        QTest::addRow("be-Latn") << u"be-Latn"_s << true;
        QTest::addRow("word") << u"Russian language"_s << false;
        QTest::addRow("cyrillic") << u"ру"_s << false;
        QTest::addRow("trailing dash") << u"en-"_s << false;
    }

    void languageTags()
    {
        QFETCH(QString, tag);
        QFETCH(bool, ok);
        Article a = ready();
        a.meta.language = tag;
        QCOMPARE(SubmitChecklist::check(a, 0, kNow).isEmpty(), ok);
    }

    void bodyText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("hasText");
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("empty paragraphs") << u"<p></p><p> </p><br/>"_s << false;
        QTest::addRow("nbsp entities") << u"<p>&nbsp;&#160;&#xA0;</p>"_s << false;
        QTest::addRow("nbsp character") << u"<p>\u00a0\u200b</p>"_s << false;
        QTest::addRow("image only") << u"<p><img src=\"image:1\" alt=\"Стадион\"/></p>"_s << false;
        QTest::addRow("image with > in alt")
            << u"<p><img src=\"image:1\" alt=\"до > после\"/></p>"_s << false;
        QTest::addRow("rule only") << u"<hr/>"_s << false;
        QTest::addRow("one word") << u"<p>Копыль</p>"_s << true;
        QTest::addRow("in a list") << u"<ul><li><strong>1</strong></li></ul>"_s << true;
        // Not canonical: sanitised first, so a script's text is not article text.
        QTest::addRow("script only") << u"<script>alert('x')</script>"_s << false;
        QTest::addRow("div from a paste") << u"<div><span>текст</span></div>"_s << true;
        QTest::addRow("an entity") << u"<p>&amp;</p>"_s << true;
    }

    void bodyText()
    {
        QFETCH(QString, html);
        QFETCH(bool, hasText);
        QCOMPARE(SubmitChecklist::bodyHasText(html), hasText);
    }
};

QTEST_MAIN(tst_SubmitChecklist)
#include "tst_SubmitChecklist.moc"
