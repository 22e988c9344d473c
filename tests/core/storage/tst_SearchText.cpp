#include "storage/SearchText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalBodiesGiveTheirText()
    {
        const QString html = u"<h2>Итоги</h2>\n<p>Собран <strong>урожай</strong> &amp; всё.</p>\n"
                             "<ul>\n<li>зерно</li>\n</ul>\n"_s;
        const std::optional<QString> text = SearchText::bodyIfCanonical(html);
        QVERIFY(text);
        QCOMPARE(*text, SearchText::body(html));
        QVERIFY(text->contains(u"Собран урожай & всё."_s));
        QVERIFY(text->contains(u"зерно"_s));
        QVERIFY(!text->contains(u'<'));
    }

    void otherHtmlIsNotCanonical()
    {
        QVERIFY(!SearchText::bodyIfCanonical(u"<p>a</p>"_s)); // no line feed
        QVERIFY(!SearchText::bodyIfCanonical(u"<p><b>a</b></p>\n"_s));
        QVERIFY(!SearchText::bodyIfCanonical(u"<p>a</p>\n<script>x</script>"_s));
        QVERIFY(SearchText::bodyIfCanonical(QString()));
    }

    void documentsCarryEveryField()
    {
        ArticleMetadata m;
        m.headline = u"H"_s;
        m.lead = u"L"_s;
        m.tags = { u"a"_s, u"b c"_s };
        const SearchText::Document d = SearchText::of(m, u"body"_s);
        QCOMPARE(d.headline, u"H"_s);
        QCOMPARE(d.lead, u"L"_s);
        QCOMPARE(d.body, u"body"_s);
        QCOMPARE(d.tags, u"a\nb c"_s);
    }
};

QTEST_MAIN(tst_SearchText)
#include "tst_SearchText.moc"
