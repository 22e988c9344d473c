#include "bundle/HtmlTokenizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_HtmlTokenizer : public QObject
{
    Q_OBJECT

    // A compact picture of the tokens: <tag a="v">, </tag>, "text".
    static QString picture(const QString &html)
    {
        QStringList parts;
        for (const HtmlToken &t : HtmlTokenizer::tokenize(html)) {
            switch (t.type) {
            case HtmlToken::Type::Text:
                parts << u'"' + t.text + u'"';
                break;
            case HtmlToken::Type::EndTag:
                parts << u"</"_s + t.name + u'>';
                break;
            case HtmlToken::Type::StartTag: {
                QString s = u'<' + t.name;
                for (const auto &[n, v] : t.attributes)
                    s += u' ' + n + u"=\""_s + v + u'"';
                parts << s + (t.selfClosing ? u"/>"_s : u">"_s);
                break;
            }
            }
        }
        return parts.join(u' ');
    }

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraph")
            << u"<p>Привет, <b>мир</b>!</p>"_s << u"<p> \"Привет, \" <b> \"мир\" </b> \"!\" </p>"_s;
        QTest::newRow("attributes, all quotings")
            << u"<a HREF='x' title=\"a b\" data-x=1 checked>"_s
            << u"<a href=\"x\" title=\"a b\" data-x=\"1\" checked=\"\">"_s;
        QTest::newRow("entities")
            << u"a &amp; b &lt;c&gt; &#1102; &#x44E; &laquo;&nbsp;&raquo; &bogus; &"_s
            << u"\"a & b <c> ю ю «\u00A0» &bogus; &\""_s;
        QTest::newRow("entities in attributes")
            << u"<a href=\"?a=1&amp;b=2\">"_s << u"<a href=\"?a=1&b=2\">"_s;
        QTest::newRow("comment dropped") << u"a<!-- <script>x</script> -->b"_s << u"\"ab\""_s;
        QTest::newRow("doctype dropped") << u"<!DOCTYPE html><p>x"_s << u"<p> \"x\""_s;
        QTest::newRow("script content dropped")
            << u"<script>document.title='</p>pwned'</script>ok"_s << u"<script> </script> \"ok\""_s;
        QTest::newRow("script end tag case")
            << u"<SCRIPT>x</ScRiPt >y"_s << u"<script> </script> \"y\""_s;
        QTest::newRow("unterminated script eats the rest")
            << u"<script>x<p>y"_s << u"<script> </script>"_s;
        QTest::newRow("style content dropped")
            << u"<style>p{x:expression(alert(1))}</style>z"_s << u"<style> </style> \"z\""_s;
        QTest::newRow("svg dropped whole") << u"<svg onload=alert(1)><text>t</text></svg>after"_s
                                           << u"<svg onload=\"alert(1)\"> </svg> \"after\""_s;
        QTest::newRow("lone less-than is text") << u"1 < 2 and 3 <4"_s << u"\"1 < 2 and 3 <4\""_s;
        QTest::newRow("self closing") << u"<br/><img src=x />"_s << u"<br/> <img src=\"x\"/>"_s;
        QTest::newRow("duplicate attribute: first wins")
            << u"<a href=a href=b>"_s << u"<a href=\"a\">"_s;
        QTest::newRow("bogus end tag dropped") << u"a</ 3>b"_s << u"\"ab\""_s;
        QTest::newRow("unterminated tag") << u"x<a href=\"y"_s << u"\"x\" <a href=\"y\">"_s;
    }
    void tokens()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(picture(html), expected);
    }

    void escaping()
    {
        QCOMPARE(HtmlTokenizer::escapeText(u"<a> & \"b\""_s), u"&lt;a&gt; &amp; \"b\""_s);
        QCOMPARE(HtmlTokenizer::escapeAttribute(u"<a> & \"b\""_s),
                 u"&lt;a&gt; &amp; &quot;b&quot;"_s);
        QCOMPARE(HtmlTokenizer::escapeText(QString(QString(QChar(0)) + u"x"_s)), u"\uFFFDx"_s);
    }

    void invalidCodePointsBecomeReplacementCharacters()
    {
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&#0;&#xD800;&#x110000;"_s),
                 u"\uFFFD\uFFFD\uFFFD"_s);
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&#x1F600;"_s), u"\U0001F600"_s);
    }
};

QTEST_MAIN(tst_HtmlTokenizer)
#include "tst_HtmlTokenizer.moc"
