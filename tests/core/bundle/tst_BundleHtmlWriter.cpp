#include "bundle/BundleBuilder.h"
#include "bundle/BundleHtmlWriter.h"
#include "bundle/BundleWriter.h"
#include "bundle/HtmlEscape.h"
#include "bundle/HtmlTokens.h"
#include "bundle/ImageRenditions.h"

#include "BundleTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

namespace {

// Payloads that would set document.title to "XSS" if anything ran. The marker is built from char
// codes so that the word itself never appears in the page.
const QString kRun = u"document.title=String.fromCharCode(88,83,83)"_s;

Article hostileArticle()
{
    Article a = latinArticle();
    a.meta.headline = u"Safe headline </title><script>"_s + kRun + u"</script> </script><script>"_s
        + kRun + u"</script>"_s;
    a.meta.lead = u"<img src=x onerror=\""_s + kRun + u"\"> lead"_s;
    a.meta.byline = { u"\"><script>"_s + kRun + u"</script>"_s };
    a.meta.section = u"<svg onload=\""_s + kRun + u"\">"_s;
    a.meta.tags = { u"</li><script>"_s + kRun + u"</script>"_s };
    a.meta.dateline = u"Kopyl<script>"_s + kRun + u"</script>"_s;
    a.meta.source = u"BelTA\u2028</script><script>"_s + kRun + u"</script>"_s;
    a.images << articleImage(900, 500, u"<img src=x onerror=\""_s + kRun + u"\">"_s,
                             u"</figcaption><script>"_s + kRun + u"</script>"_s);
    a.body = u"<p>Body text survives.</p>"
             "<script>"_s
        + kRun
        + u"</script>"
          "<p><img src=\"x\" onerror=\""_s
        + kRun
        + u"\"></p>"
          "<p><a href=\"javascript:"_s
        + kRun
        + u"\">js link</a>"
          "<a href=\" JaVaScRiPt:"_s
        + kRun
        + u"\">js link 2</a></p>"
          "<svg onload=\""_s
        + kRun
        + u"\"><circle r=\"5\"/></svg>"
          "<p>&lt;/script&gt;&lt;script&gt;"_s
        + kRun
        + u"&lt;/script&gt; stays text</p>"
          "<p style=\"background:url(javascript:"_s
        + kRun + u");width:expression("_s + kRun
        + u")\">styled</p>"
          "<style>p { width: expression("_s
        + kRun
        + u") }</style>"
          "<iframe src=\"javascript:"_s
        + kRun
        + u"\"></iframe>"
          "<p><img src=\""
        + imageRef(a.images.first()) + u"\" alt=\"\" onload=\""_s + kRun
        + u"\"></p>"
          "<object data=\"data:text/html,<script>"_s
        + kRun
        + u"</script>\"></object>"
          "<p onmouseover=\""_s
        + kRun + u"\">The end.</p>"_s;
    return a;
}

struct Rendered
{
    bool ok = false;
    QString dom;
    QString error;
};

// Headless Chromium, as the issue prescribes, in a fresh profile; the DOM after load and after
// timers have had two seconds of virtual time.
Rendered renderInChromium(const QString &htmlFile, const QStringList &extra = {})
{
    QTemporaryDir profile;
    QProcess chromium;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
    chromium.setProcessEnvironment(env);
    chromium.start(u"/usr/bin/chromium"_s,
                   QStringList { u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                 u"--no-first-run"_s, u"--disable-background-networking"_s,
                                 u"--disable-component-update"_s, u"--disable-sync"_s,
                                 u"--user-data-dir="_s + profile.path(),
                                 u"--virtual-time-budget=2000"_s }
                       + (extra.isEmpty() ? QStringList { u"--dump-dom"_s } : extra)
                       + QStringList { QUrl::fromLocalFile(htmlFile).toString() });
    Rendered r;
    if (!chromium.waitForFinished(90000)) {
        chromium.kill();
        chromium.waitForFinished();
        r.error = u"chromium did not finish in 90 s"_s;
        return r;
    }
    r.dom = QString::fromUtf8(chromium.readAllStandardOutput());
    r.ok = chromium.exitStatus() == QProcess::NormalExit && chromium.exitCode() == 0;
    if (!r.ok)
        r.error = QString::fromUtf8(chromium.readAllStandardError()).right(2000);
    return r;
}

QString titleOf(const QString &dom)
{
    static const QRegularExpression re(u"<title>(.*?)</title>"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    return HtmlTokenizer::decodeEntities(re.match(dom).captured(1));
}

QString writePage(const QString &dir, const Article &article, bool csp)
{
    QList<BundleImage> images;
    for (const ArticleImage &image : article.images)
        images << *ImageRenditions::make(image, nullptr);
    const auto body = BundleBodyRenderer::render(article.body, images, article.meta.language);
    BundleHtmlWriter::Options options;
    options.published = QDateTime(QDate(2025, 3, 5), QTime(12, 0), QTimeZone::UTC);
    options.copyrightNotice = u"© 2025 <b>Kopyl</b>"_s;
    options.contentSecurityPolicy = csp;
    QDir().mkpath(dir + u"/images"_s);
    for (const BundleImage &image : images) {
        for (const BundleImageFile &f : image.files) {
            QFile out(dir + u'/' + f.path);
            if (out.open(QIODevice::WriteOnly))
                out.write(f.data);
        }
    }
    QFile css(dir + u"/article.css"_s);
    if (css.open(QIODevice::WriteOnly))
        css.write(BundleHtmlWriter::stylesheet());
    QFile page(dir + u"/index.html"_s);
    if (page.open(QIODevice::WriteOnly))
        page.write(BundleHtmlWriter::write(article, images, body, options));
    return page.fileName();
}

QString page(const Article &article, bool csp = true)
{
    QTemporaryDir dir;
    dir.setAutoRemove(true);
    const QString path = writePage(dir.path(), article, csp);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

class tst_BundleHtmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageCarriesTheArticle()
    {
        const Article a = cyrillicArticle();
        const QString html = page(a);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"ru\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"name=\"viewport\""_s));
        QVERIFY(html.contains(u"<title>В Копыле открылся новый центр «Забота»</title>"_s));
        QVERIFY(html.contains(u"<h1>В Копыле открылся новый центр «Забота»</h1>"_s));
        QVERIFY(html.contains(
            u"<p class=\"lead\">Центр будет принимать жителей района пять дней в неделю.</p>"_s));
        QVERIFY(html.contains(u"<span class=\"byline\">Анна Петрова, Иван Сидоров</span>"_s));
        QVERIFY(html.contains(
            u"<span class=\"dateline\">Копыль</span>, <time datetime=\"2025-03-05T12:00:00Z\">5 марта 2025</time>"_s));
        QVERIFY(html.contains(u"<p class=\"source\">Источник: БелТА</p>"_s));
        QVERIFY(html.contains(u"<link rel=\"stylesheet\" href=\"article.css\">"_s));
        QVERIFY(html.contains(u"Content-Security-Policy"_s));
        // The featured image leads, the body's own image stays where the body has it.
        const qsizetype featured = html.indexOf(u"Здание центра"_s);
        const qsizetype body = html.indexOf(u"<div class=\"body\">"_s);
        QVERIFY(featured > 0 && featured < body);
        QVERIFY(html.indexOf(u"Ленточка перерезана"_s) > body);
        QVERIFY(!html.contains(a.meta.editorsNote));
    }

    void onlyScriptIsJsonLd()
    {
        const QString html = page(hostileArticle());
        int scripts = 0;
        for (const HtmlToken &t : HtmlTokens::all(html)) {
            if (t.type != HtmlToken::Type::StartTag)
                continue;
            if (t.name == u"script") {
                ++scripts;
                QCOMPARE(HtmlTokens::attribute(t, u"type"_s), u"application/ld+json"_s);
            }
            QVERIFY2(t.name != u"style" && t.name != u"svg" && t.name != u"iframe"
                         && t.name != u"object",
                     qPrintable(t.name));
            for (const HtmlAttribute &attr : t.attributes) {
                const QString &name = attr.name;
                const QString &value = attr.value;
                QVERIFY2(!name.startsWith(u"on"_s) && name != u"style", qPrintable(name));
                QVERIFY2(!value.contains(u"javascript:"_s, Qt::CaseInsensitive)
                             && !value.trimmed().startsWith(u"data:"_s, Qt::CaseInsensitive),
                         qPrintable(value));
            }
        }
        QCOMPARE(scripts, 1);
        QCOMPARE(html.count(u"</script>"_s), 1);
    }

    void jsonLdCannotCloseItsElement()
    {
        const Article a = hostileArticle();
        const QString html = page(a);
        const qsizetype start = html.indexOf(u"<script type=\"application/ld+json\">"_s);
        const qsizetype end = html.indexOf(u"</script>"_s, start);
        QVERIFY(start > 0 && end > start);
        const QString json = html.mid(start + 35, end - start - 35);
        QVERIFY(!json.contains(u'<'));
        QVERIFY(!json.contains(u'>'));
        QVERIFY(!json.contains(QChar(0x2028)));
        // …and still says exactly what it should.
        const QJsonObject ld = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(ld.value(u"@type"_s).toString(), u"NewsArticle"_s);
        QCOMPARE(ld.value(u"@context"_s).toString(), u"https://schema.org"_s);
        QCOMPARE(ld.value(u"headline"_s).toString(), a.meta.headline);
        QCOMPARE(ld.value(u"creditText"_s).toString(), a.meta.source.trimmed());
        QCOMPARE(ld.value(u"author"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 a.meta.byline.first());
    }

    void stylesheetIsOurs()
    {
        const QByteArray css = BundleHtmlWriter::stylesheet();
        QVERIFY(css.contains("max-width"));
        QVERIFY(css.contains("@media"));
        QVERIFY(!css.contains("url(")); // nothing fetched from elsewhere
        QVERIFY(!css.contains("@import"));
    }

    void chromiumShowsTheArticle()
    {
        QTemporaryDir dir;
        const Article a = cyrillicArticle();
        const auto files = BundleBuilder::build(request(a, makeKeyPair()), nullptr);
        QVERIFY(files);
        const QString bundle = dir.filePath(a.meta.slug);
        QString error;
        QVERIFY2(BundleWriter::write(*files, bundle, &error), qPrintable(error));
        const Rendered r = renderInChromium(bundle + u"/index.html"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(titleOf(r.dom), a.meta.headline);
        QVERIFY(r.dom.contains(u"Сегодня в <strong>Копыле</strong> открылся центр «Забота»."_s));
        QVERIFY(r.dom.contains(u"<h2>Что изменится</h2>"_s));
        QVERIFY(r.dom.contains(
            u"<figcaption><span class=\"caption\">Открытие</span> <span class=\"credit\">Фото: БелТА</span></figcaption>"_s));

        const QString screenshot = qEnvironmentVariable("NEWSROOM_BUNDLE_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            // For a human to look at: NEWSROOM_BUNDLE_SCREENSHOT=/tmp/page.png
            for (const auto &[suffix, size] : { std::pair { u"-desktop.png"_s, u"1280,2000"_s },
                                                std::pair { u"-phone.png"_s, u"390,1600"_s } }) {
                const Rendered shot
                    = renderInChromium(bundle + u"/index.html"_s,
                                       { u"--screenshot="_s + screenshot + suffix,
                                         u"--window-size="_s + size, u"--hide-scrollbars"_s });
                QVERIFY2(shot.ok, qPrintable(shot.error));
            }
        }
    }

    void chromiumRunsNothingFromHostileInput_data()
    {
        QTest::addColumn<bool>("csp");
        QTest::newRow("as exported") << true;
        // The serialiser alone must be safe; the Content-Security-Policy is a second line.
        QTest::newRow("without the Content-Security-Policy") << false;
    }
    void chromiumRunsNothingFromHostileInput()
    {
        QFETCH(bool, csp);
        QTemporaryDir dir;
        const Article a = hostileArticle();
        const Rendered r = renderInChromium(writePage(dir.path(), a, csp));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(titleOf(r.dom), a.meta.headline);
        QVERIFY(r.dom.contains(u"Body text survives."_s));
        QVERIFY(r.dom.contains(u"The end."_s));
        QVERIFY(r.dom.contains(u"&lt;/script&gt;&lt;script&gt;"_s));
        QVERIFY(!r.dom.contains(u"XSS"_s));
    }

    void chromiumWouldHaveNoticed()
    {
        // The control: the same payload in a page of our own making does run, so the test above
        // can fail.
        QTemporaryDir dir;
        QFile f(dir.filePath(u"control.html"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((u"<!DOCTYPE html><title>Safe</title><img src=\"missing.png\" onerror=\""_s + kRun
                 + u"\">"_s)
                    .toUtf8());
        f.close();
        const Rendered r = renderInChromium(f.fileName());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(titleOf(r.dom), u"XSS"_s);
    }
};

QTEST_MAIN(tst_BundleHtmlWriter)
#include "tst_BundleHtmlWriter.moc"
