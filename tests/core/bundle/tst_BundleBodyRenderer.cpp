#include "article/CanonicalBody.h"
#include "bundle/BundleBodyRenderer.h"
#include "bundle/HtmlEscape.h"
#include "bundle/HtmlTokens.h"
#include "bundle/ImageRenditions.h"

#include "BundleTestSupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_BundleBodyRenderer : public QObject
{
    Q_OBJECT

    static BundleImage bundleImage(const ArticleImage &image)
    {
        QString error;
        const auto made = ImageRenditions::make(image, &error);
        if (!made)
            qFatal("%s", qPrintable(error));
        return *made;
    }

    // What a browser would see: every element and attribute name in the output.
    static QStringList elementsAndAttributes(const QString &html)
    {
        QStringList out;
        for (const HtmlToken &t : HtmlTokens::all(html)) {
            if (t.type != HtmlToken::Type::StartTag)
                continue;
            out << t.name;
            for (const auto &attr : t.attributes)
                out << t.name + u'[' + attr.name + u']';
        }
        return out;
    }

private Q_SLOTS:
    void canonicalBodiesPassUnchanged_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("paragraphs") << u"<p>Первый абзац.</p><p>Второй.</p>"_s;
        QTest::newRow("inline")
            << u"<p><strong>Ж</strong> <em>к</em> <u>п</u> <s>з</s> <q>ц</q></p>"_s;
        QTest::newRow("headings") << u"<h2>Два</h2><h3>Три</h3><h4>Четыре</h4>"_s;
        QTest::newRow("nested lists")
            << u"<ul><li>один<ul><li>вложенный</li></ul></li><li>два</li></ul><ol><li>три</li></ol>"_s;
        QTest::newRow("quote") << u"<blockquote><p>«Цитата»</p><p>ещё</p></blockquote>"_s;
        QTest::newRow("hr and br") << u"<p>строка<br>строка</p><hr><p>после</p>"_s;
        QTest::newRow("mailto and tel") << u"<p><a href=\"mailto:info@kopyl.gov.by\">почта</a> "
                                           "<a href=\"tel:+375171928260\">тел</a></p>"_s;
        QTest::newRow("escaped text") << u"<p>a &lt; b &amp;&amp; c &gt; d</p>"_s;
    }
    void canonicalBodiesPassUnchanged()
    {
        // The page body says exactly what the canonical body says: read back through the
        // sanitiser it is the same canonical body (the table wrapper and rel go, being ours).
        QFETCH(QString, body);
        const QString canonical = CanonicalBody::sanitise(body);
        QVERIFY(!canonical.isEmpty());
        const QString html = BundleBodyRenderer::render(canonical, {}, u"ru"_s).html;
        QCOMPARE(CanonicalBody::sanitise(html), canonical);
        // One block a line, as in the canonical form.
        QCOMPARE(html + u'\n', canonical);
    }

    void conversions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("external link gets rel")
            << u"<p><a href=\"https://belta.by/x?a=1&amp;b=2\">БелТА</a></p>"_s
            << u"<p><a href=\"https://belta.by/x?a=1&amp;b=2\" rel=\"noopener noreferrer\">БелТА</a></p>"_s;
        QTest::newRow("table wrapped for phones")
            << u"<table><tr><th colspan=\"2\">З</th></tr><tr><td>1</td><td rowspan=\"x\">2</td></tr></table>"_s
            << u"<div class=\"table\"><table>\n<tr><th>З</th><td></td></tr>\n<tr><td>1</td><td>2</td></tr>\n</table></div>"_s;
        QTest::newRow("h1 becomes h2") << u"<h1>Заголовок</h1>"_s << u"<h2>Заголовок</h2>"_s;
        QTest::newRow("loose text gets a paragraph")
            << u"текст <b>жирный</b>"_s << u"<p>текст <strong>жирный</strong></p>"_s;
        QTest::newRow("unclosed elements closed")
            << u"<p><em>не закрыто"_s << u"<p><em>не закрыто</em></p>"_s;
        QTest::newRow("stray end tags ignored") << u"</p></div><p>x</em></p>"_s << u"<p>x</p>"_s;
        QTest::newRow("block in paragraph splits it")
            << u"<p>a<ul><li>b</li></ul>c</p>"_s
            << u"<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n<p>c</p>"_s;
        QTest::newRow("empty paragraphs vanish") << u"<p></p><p> </p><p>x</p>"_s << u"<p>x</p>"_s;
        QTest::newRow("link in a link: the sanitiser splits them")
            << u"<p><a href=\"https://a.by\">a<a href=\"https://b.by\">b</a></a></p>"_s
            << u"<p><a href=\"https://a.by\" rel=\"noopener noreferrer\">a</a><a "
               u"href=\"https://b.by\" "
               "rel=\"noopener noreferrer\">b</a></p>"_s;
        QTest::newRow("unknown elements keep their text")
            << u"<div><span class=\"x\">текст</span></div>"_s << u"<p>текст</p>"_s;
        QTest::newRow("image of another article dropped")
            << u"<p>a<img src=\"image:6f1c1b1e-0000-4000-8000-000000000000\">b</p>"_s
            << u"<p>ab</p>"_s;
    }
    void conversions()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(BundleBodyRenderer::render(body, {}, u"ru"_s).html, expected);
    }

    void hostileInputLeavesOnlyTheAllowlist_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("script") << u"<p>a</p><script>document.title='pwned'</script><p>b</p>"_s;
        QTest::newRow("script close in text")
            << u"<p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s;
        QTest::newRow("onerror") << u"<p><img src=x onerror=\"document.title='pwned'\"></p>"_s;
        QTest::newRow("javascript link")
            << u"<p><a href=\"javascript:document.title='pwned'\">x</a></p>"_s;
        QTest::newRow("javascript link, obfuscated")
            << u"<p><a href=\" jav&#x09;ascript:alert(1)\">x</a><a href=\"JaVaScRiPt:alert(1)\">y</a></p>"_s;
        QTest::newRow("data URL")
            << u"<p><a href=\"data:text/html,<script>alert(1)</script>\">x</a></p>"_s;
        QTest::newRow("svg onload")
            << u"<svg onload=\"document.title='pwned'\"><circle/></svg><p>t</p>"_s;
        QTest::newRow("css expression")
            << u"<p style=\"width:expression(alert(1))\">x</p><style>*{x:expression(1)}</style>"_s;
        QTest::newRow("iframe and object")
            << u"<iframe src=\"https://evil\"></iframe><object data=x></object><embed src=x>"_s;
        QTest::newRow("event on allowed element")
            << u"<p onclick=\"x()\" class=\"c\" id=\"i\">t</p>"_s;
        QTest::newRow("form")
            << u"<form action=\"https://evil\"><input name=x><button>go</button></form>"_s;
        QTest::newRow("base and meta")
            << u"<base href=\"https://evil/\"><meta http-equiv=refresh content=\"0;url=https://evil\">"_s;
        QTest::newRow("attribute breaking out")
            << u"<p><a href='https://a.by/\"><script>alert(1)</script>'>x</a></p>"_s;
    }
    void hostileInputLeavesOnlyTheAllowlist()
    {
        QFETCH(QString, body);
        const QString html = BundleBodyRenderer::render(body, {}, u"en"_s).html;
        static const QStringList allowed = {
            u"p"_s,  u"h2"_s,    u"h3"_s,    u"h4"_s,         u"strong"_s,  u"em"_s,
            u"u"_s,  u"s"_s,     u"q"_s,     u"blockquote"_s, u"ul"_s,      u"ol"_s,
            u"li"_s, u"table"_s, u"thead"_s, u"tbody"_s,      u"tr"_s,      u"th"_s,
            u"td"_s, u"hr"_s,    u"br"_s,    u"a"_s,          u"a[href]"_s, u"a[rel]"_s,
        };
        for (const QString &item : elementsAndAttributes(html))
            QVERIFY2(allowed.contains(item), qPrintable(item + u" in "_s + html));
        QVERIFY2(!html.contains(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(html));
        for (const HtmlToken &t : HtmlTokens::all(html)) {
            if (t.name == u"a") {
                const QString href = HtmlTokens::attribute(t, u"href"_s);
                QVERIFY2(href.startsWith(u"https://"_s) || href.startsWith(u"http://"_s)
                             || href.startsWith(u"mailto:"_s) || href.startsWith(u"tel:"_s),
                         qPrintable(href));
            }
        }
    }

    void imagesBecomeFigures()
    {
        const ArticleImage wide = articleImage(1600, 1000, u"Здание <центра>"_s, u"А. Петрова"_s);
        const BundleImage image = bundleImage(wide);
        QCOMPARE(image.files.size(), 3); // original, 1200, 600
        const QString body = u"<p>до<img src=\""_s + imageRef(wide) + u"\" alt=\"\">после</p>"_s;
        const auto result = BundleBodyRenderer::render(body, { image }, u"ru"_s);
        const QString expected = u"<p>до</p>\n<figure><img src=\""_s + image.files.at(1).path
            + u"\" srcset=\""_s + image.files.at(1).path + u" 1200w, "_s + image.files.at(2).path
            + u" 600w\" sizes=\"(min-width: 46em) 42em, 100vw\" width=\"1200\" height=\"750\" "
              "alt=\"Alt: Здание &lt;центра&gt;\" loading=\"lazy\"><figcaption><span "
              "class=\"caption\">Здание &lt;центра&gt;</span> "
              "<span class=\"credit\">Фото: А. Петрова</span></figcaption></figure>\n<p>после</p>"_s;
        QCOMPARE(result.html, expected);
        // Captions are not body text.
        QCOMPARE(result.plainText, u"до\nпосле"_s);

        // An image alone in its paragraph leaves no empty paragraph; the body's alt text wins.
        const auto alone = BundleBodyRenderer::render(
            u"<p><img src=\""_s + imageRef(wide) + u"\" alt=\"Своё\"></p>"_s, { image }, u"en"_s);
        QVERIFY2(alone.html.startsWith(u"<figure>"_s) && alone.html.endsWith(u"</figure>"_s),
                 qPrintable(alone.html));
        QVERIFY(alone.html.contains(u"alt=\"Своё\""_s));
        QVERIFY(alone.html.contains(u"Photo: А. Петрова"_s));
    }

    void creditsThatSayWhatTheyAreKeepTheirOwnWords()
    {
        for (const QString &credit : { u"Фото из архива райисполкома"_s, u"© БелТА"_s }) {
            const ArticleImage small = articleImage(300, 200, u"Улица"_s, credit);
            const auto result = BundleBodyRenderer::render(u"<p><img src=\""_s + imageRef(small)
                                                               + u"\" alt=\"\"></p>"_s,
                                                           { bundleImage(small) }, u"ru"_s);
            QVERIFY2(result.html.contains(u"<span class=\"credit\">"_s + credit + u"</span>"_s),
                     qPrintable(result.html));
            QVERIFY(!result.html.contains(u"Фото: "_s));
        }
    }

    void smallImagesHaveNoRenditions()
    {
        const ArticleImage small = articleImage(500, 300, u""_s, u""_s, "png");
        const BundleImage image = bundleImage(small);
        QCOMPARE(image.files.size(), 1);
        const auto result = BundleBodyRenderer::render(
            u"<p><img src=\""_s + imageRef(small) + u"\"></p>"_s, { image }, u"en"_s);
        QCOMPARE(
            result.html,
            u"<figure><img src=\""_s + image.original().path
                + u"\" width=\"500\" height=\"300\" alt=\"Alt: \" loading=\"lazy\"></figure>"_s);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("chars");
        QTest::newRow("cyrillic") << u"<p>Беларусь — это край, где 5 марта…</p>"_s << 6 << 33;
        QTest::newRow("latin, two blocks") << u"<p>Hello, world.</p><p>Don't stop</p>"_s << 4 << 23;
        QTest::newRow("empty") << u""_s << 0 << 0;
    }
    void counts()
    {
        QFETCH(QString, body);
        QFETCH(int, words);
        QFETCH(int, chars);
        const auto result = BundleBodyRenderer::render(body, {}, u"ru"_s);
        QCOMPARE(result.wordCount, words);
        QCOMPARE(result.charCount, chars);
    }
};

QTEST_MAIN(tst_BundleBodyRenderer)
#include "tst_BundleBodyRenderer.moc"
