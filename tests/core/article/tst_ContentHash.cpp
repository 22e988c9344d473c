#include "article/ContentHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
Article sample()
{
    Article a;
    a.id = QUuid::fromString(u"6f1c0a52-8b1e-4c1e-9a57-3f1d2a3b4c5d"_s);
    a.meta.headline = u"Урожай в Копыле"_s;
    a.meta.lead = u"Аграрии собрали"_s;
    a.meta.byline = { u"Анна"_s };
    a.meta.tags = { u"урожай"_s };
    a.meta.language = u"ru"_s;
    a.meta.embargo = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC);
    a.body = u"<p>Текст.</p>\n"_s;
    ArticleImage img;
    img.id = QUuid::fromString(u"0a0b0c0d-0000-4000-8000-000000000001"_s);
    img.data = QByteArray("\x89PNG fake bytes", 15);
    img.mimeType = u"image/png"_s;
    img.pixelSize = QSize(640, 480);
    img.caption = u"Поле"_s;
    img.altText = u"Комбайн в поле"_s;
    a.images = { img };
    a.meta.featuredImage = img.id;
    return a;
}
} // namespace

class tst_ContentHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheSha256OfTheCanonicalBytes()
    {
        const Article a = sample();
        const QByteArray bytes = ContentHash::canonicalBytes(a.meta, a.body, a.images);
        QCOMPARE(ContentHash::compute(a),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(ContentHash::compute(a).size(), 64);
    }

    void canonicalBytesAreCompactSortedJsonWithoutEmptyFields()
    {
        Article a = sample();
        a.images.clear();
        a.meta.featuredImage = QUuid();
        a.meta.tags.clear();
        a.meta.lead.clear();
        const QByteArray bytes = ContentHash::canonicalBytes(a.meta, a.body, a.images);
        QCOMPARE(bytes,
                 QByteArray(R"({"body":"<p>Текст.</p>\n","format":"newsroom-content-1",)"
                            R"("metadata":{"byline":["Анна"],"embargo":"2025-03-01T09:00:00.000Z",)"
                            R"("headline":"Урожай в Копыле","language":"ru"}})"));
    }

    void everyPartOfTheContentCounts_data()
    {
        QTest::addColumn<int>("change");
        const char *names[]
            = { "headline", "lead",     "slug",   "byline",      "section",    "tags",
                "dateline", "language", "source", "embargo",     "planned",    "seo",
                "note",     "featured", "body",   "image bytes", "image type", "image size",
                "caption",  "alt",      "credit", "image order" };
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyPartOfTheContentCounts()
    {
        QFETCH(int, change);
        const Article original = sample();
        Article a = original;
        ArticleImage second = a.images.first();
        second.id = QUuid::createUuid();
        second.data += 'x';
        a.images << second;
        const QString before = ContentHash::compute(a);
        ArticleMetadata &m = a.meta;
        ArticleImage &img = a.images.first();
        switch (change) {
        case 0:
            m.headline += u'!';
            break;
        case 1:
            m.lead += u'!';
            break;
        case 2:
            m.slug = u"urozhai"_s;
            break;
        case 3:
            m.byline << u"Борис"_s;
            break;
        case 4:
            m.section = u"economy"_s;
            break;
        case 5:
            m.tags = { u"урожай"_s, u"зерно"_s };
            break;
        case 6:
            m.dateline = u"Kopyl"_s;
            break;
        case 7:
            m.language = u"be"_s;
            break;
        case 8:
            m.source = u"BelTA"_s;
            break;
        case 9:
            m.embargo = m.embargo.addSecs(1);
            break;
        case 10:
            m.plannedPublication = m.embargo;
            break;
        case 11:
            m.seoDescription = u"SEO"_s;
            break;
        case 12:
            m.editorsNote = u"check"_s;
            break;
        case 13:
            m.featuredImage = second.id;
            break;
        case 14:
            a.body = u"<p>Текст!</p>\n"_s;
            break;
        case 15:
            img.data[0] = 'X';
            break;
        case 16:
            img.mimeType = u"image/jpeg"_s;
            break;
        case 17:
            img.pixelSize = QSize(641, 480);
            break;
        case 18:
            img.caption += u'!';
            break;
        case 19:
            img.altText += u'!';
            break;
        case 20:
            img.credit = u"BelTA"_s;
            break;
        case 21:
            std::swap(a.images[0], a.images[1]);
            break;
        }
        QVERIFY(ContentHash::compute(a) != before);
    }

    void statusVersionAndTimesAreNotContent()
    {
        const Article a = sample();
        Article b = a;
        b.status = ArticleStatus::Approved;
        b.version = 7;
        b.updated = QDateTime::currentDateTimeUtc();
        b.updatedBy = u"someone"_s;
        b.meta.embargo = a.meta.embargo.toTimeZone(QTimeZone(3 * 3600)); // same instant
        QCOMPARE(ContentHash::compute(b), ContentHash::compute(a));
    }

    void imageDigestIsTheSha256OfTheBytes()
    {
        QCOMPARE(ContentHash::imageDigest(QByteArray("abc")),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }
};

QTEST_MAIN(tst_ContentHash)
#include "tst_ContentHash.moc"
