#include "bundle/BundleBuilder.h"
#include "bundle/ImageRenditions.h"
#include "bundle/NinjsCheck.h"
#include "bundle/NinjsWriter.h"

#include "BundleTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

namespace {

QByteArray articleJson(const BundleRequest &req)
{
    QString error;
    const auto files = BundleBuilder::build(req, &error);
    if (!files)
        qFatal("%s", qPrintable(error));
    for (const BundleFile &f : *files) {
        if (f.path == u"article.json")
            return f.data;
    }
    return {};
}

// Many different articles: languages, with and without images, embargoes, missing optional
// fields, awkward characters.
QList<BundleRequest> variety()
{
    const KeyPair key = makeKeyPair();
    QList<BundleRequest> out;
    out << request(cyrillicArticle(), key) << request(latinArticle(), key)
        << request(cyrillicArticle(false), key);

    Article be = cyrillicArticle(false);
    be.meta.language = u"be"_s;
    be.meta.headline = u"Беларусь і ЕАЭС: новыя магчымасці"_s;
    be.meta.lead = u"Ўрад абмеркаваў ураджай «Зерне-2025»."_s;
    out << request(be, key);

    BundleRequest embargoed = request(latinArticle(), key);
    embargoed.article.meta.embargo = embargoed.exportedAt.addSecs(3600 * 5);
    embargoed.embargoed = true;
    out << embargoed;

    Article bare;
    bare.id = QUuid::createUuid();
    bare.version = 1;
    bare.meta.headline = u"Только заголовок"_s;
    bare.meta.language = u"ru"_s;
    out << request(bare, key); // no lead, byline, tags, source, dates, body

    Article awkward = latinArticle();
    awkward.meta.headline = u"Quotes \"double\" 'single' \\ back\nnew line\ttab 😀 \u2028 end"_s;
    awkward.meta.tags = { u"a/b"_s, u"  spaced  "_s, u""_s, u"ё"_s };
    awkward.meta.byline = { u"O'Brien, Jr."_s, u""_s };
    awkward.meta.source = u"<b>Agency</b> & Co"_s;
    awkward.body = u"<p>Line<br>break &amp; <a href=\"https://example.org/a b\">link</a></p>"_s;
    out << request(awkward, key);

    Article many = cyrillicArticle();
    for (int i = 0; i < 5; ++i)
        many.images << articleImage(300 + i * 400, 200 + i * 150, u"Фото %1"_s.arg(i), u""_s,
                                    i % 2 ? "png" : "jpeg");
    many.meta.featuredImage = many.images.last().id;
    out << request(many, key);

    for (int i = 0; i < 12; ++i) {
        Article a = i % 2 ? cyrillicArticle(false) : latinArticle();
        a.meta.headline += u" №"_s + QString::number(i);
        a.version = i + 1;
        a.meta.tags << u"tag%1"_s.arg(i);
        out << request(a, key);
    }
    return out;
}

} // namespace

class tst_NinjsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyArticleJsonValidatesAgainstTheSchema()
    {
        QTemporaryDir dir;
        QStringList paths;
        int n = 0;
        for (const BundleRequest &req : variety()) {
            const QString path = dir.filePath(u"article-%1.json"_s.arg(++n));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(articleJson(req));
            paths << path;
            // Our own structural check agrees.
            const QStringList problems
                = NinjsCheck::check(QJsonDocument::fromJson(articleJson(req)).object());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        QVERIFY(paths.size() >= 20);
        const QString complaints = validateNinjs(paths);
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints));
    }

    void theValidatorCanSayNo()
    {
        QTemporaryDir dir;
        QJsonObject o
            = QJsonDocument::fromJson(articleJson(request(latinArticle(), makeKeyPair()))).object();
        o.insert(u"pubStatus"_s, u"published"_s); // not in the enumeration
        o.insert(u"versionCreated"_s, u"5 March 2025"_s); // not a date-time
        o.insert(u"keywords"_s, QJsonArray { u"not in ninjs"_s }); // unevaluated property
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();
        const QString complaints = validateNinjs({ path });
        QVERIFY(complaints.contains(u"pubStatus"_s));
        QVERIFY(complaints.contains(u"versionCreated"_s));
        QVERIFY(complaints.contains(u"keywords"_s));
        QCOMPARE(NinjsCheck::check(o).size(), 3);
    }

    void mapsTheArticle()
    {
        const BundleRequest req = request(cyrillicArticle(), makeKeyPair());
        const QJsonObject o = QJsonDocument::fromJson(articleJson(req)).object();
        const Article &a = req.article;
        QCOMPARE(o.value(u"uri"_s).toString(),
                 u"urn:uuid:"_s + a.id.toString(QUuid::WithoutBraces));
        QCOMPARE(o.value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(o.value(u"version"_s).toString(), u"4"_s);
        QCOMPARE(o.value(u"firstCreated"_s).toString(), u"2025-03-04T09:00:00Z"_s);
        QCOMPARE(o.value(u"versionCreated"_s).toString(), u"2025-03-05T10:30:00Z"_s);
        QCOMPARE(o.value(u"pubStatus"_s).toString(), u"usable"_s);
        QVERIFY(!o.contains(u"embargoedUntil"_s));
        QCOMPARE(o.value(u"language"_s).toString(), u"ru"_s);
        const QJsonArray headlines = o.value(u"headlines"_s).toArray();
        QCOMPARE(headlines.at(0).toObject().value(u"role"_s).toString(), u"main"_s);
        QCOMPARE(headlines.at(0).toObject().value(u"value"_s).toString(), a.meta.headline);
        QCOMPARE(headlines.at(1).toObject().value(u"role"_s).toString(), u"sub"_s);
        QCOMPARE(headlines.at(1).toObject().value(u"value"_s).toString(), a.meta.lead);
        QCOMPARE(o.value(u"descriptions"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
                 a.meta.lead);
        const QJsonObject body = o.value(u"bodies"_s).toArray().at(0).toObject();
        QCOMPARE(body.value(u"contentType"_s).toString(), u"text/html"_s);
        QVERIFY(body.value(u"value"_s).toString().contains(u"<h2>Что изменится</h2>"_s));
        QVERIFY(body.value(u"wordCount"_s).toInt() > 30);
        QVERIFY(body.value(u"charCount"_s).toInt() > body.value(u"wordCount"_s).toInt() * 3);
        QCOMPARE(o.value(u"by"_s).toString(), u"Анна Петрова, Иван Сидоров"_s);
        QCOMPARE(o.value(u"located"_s).toString(), u"Копыль"_s);
        QCOMPARE(o.value(u"slugline"_s).toString(), a.meta.slug);
        const QJsonArray subjects = o.value(u"subjects"_s).toArray();
        QCOMPARE(subjects.size(), 3);
        QCOMPARE(subjects.at(0).toObject().value(u"rel"_s).toString(), u"section"_s);
        QCOMPARE(subjects.at(1).toObject().value(u"name"_s).toString(), u"социальная сфера"_s);
        QCOMPARE(o.value(u"infoSources"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
                 u"БелТА"_s);
        QCOMPARE(o.value(u"copyrightNotice"_s).toString(), u"© 2025 Копыльский райисполком"_s);

        const QJsonArray assoc = o.value(u"associations"_s).toArray();
        QCOMPARE(assoc.size(), 2);
        const QJsonObject featured = assoc.at(0).toObject();
        QCOMPARE(featured.value(u"name"_s).toString(), u"featured"_s);
        QCOMPARE(featured.value(u"type"_s).toString(), u"picture"_s);
        const QJsonArray renditions = featured.value(u"renditions"_s).toArray();
        QCOMPARE(renditions.size(), 3);
        const QJsonObject original = renditions.at(0).toObject();
        QCOMPARE(original.value(u"name"_s).toString(), u"original"_s);
        QCOMPARE(original.value(u"contentType"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(original.value(u"width"_s).toInt(), 1600);
        QCOMPARE(original.value(u"height"_s).toInt(), 1000);
        QCOMPARE(original.value(u"sizeInBytes"_s).toInteger(), a.images.at(0).data.size());
        QVERIFY(original.value(u"href"_s).toString().startsWith(u"images/"_s));
        QCOMPARE(renditions.at(1).toObject().value(u"width"_s).toInt(), 1200);
        QCOMPARE(renditions.at(2).toObject().value(u"width"_s).toInt(), 600);
        QCOMPARE(renditions.at(2).toObject().value(u"height"_s).toInt(), 375);
    }
};

QTEST_MAIN(tst_NinjsWriter)
#include "tst_NinjsWriter.moc"
