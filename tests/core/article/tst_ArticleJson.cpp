#include "article/ArticleJson.h"
#include "article/ContentHash.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class tst_ArticleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataRoundTrips()
    {
        ArticleMetadata m;
        m.headline = u"Беларусь і ЕАЭС"_s;
        m.lead = u"Лід"_s;
        m.slug = u"belarus-i-eaes"_s;
        m.byline = { u"Анна"_s, u"Борис"_s };
        m.section = u"politics"_s;
        m.tags = { u"ЕАЭС"_s };
        m.dateline = u"Kopyl"_s;
        m.language = u"be"_s;
        m.source = u"BelTA"_s;
        m.embargo = QDateTime(QDate(2025, 3, 1), QTime(9, 0, 0, 250), QTimeZone::UTC);
        m.plannedPublication = QDateTime(QDate(2025, 3, 2), QTime(6, 0), QTimeZone::UTC);
        m.seoDescription = u"SEO"_s;
        m.editorsNote = u"Проверить цифры"_s;
        m.featuredImage = QUuid::createUuid();
        const QJsonObject json = ArticleJson::metadataToJson(m);
        QCOMPARE(json.value(u"embargo"_s).toString(), u"2025-03-01T09:00:00.250Z"_s);
        QCOMPARE(ArticleJson::metadataFromJson(json), m);
        QCOMPARE(ArticleJson::metadataFromJson(ArticleJson::metadataToJson({})), ArticleMetadata());
    }

    void unsetTimesAndImagesAreNull()
    {
        const QJsonObject json = ArticleJson::metadataToJson({});
        QVERIFY(json.value(u"embargo"_s).isNull());
        QVERIFY(json.value(u"featuredImage"_s).isNull());
        QVERIFY(!ArticleJson::timeFromJson(u"not a time"_s).isValid());
    }

    void articleJsonHasEverythingButImageBytes()
    {
        Article a;
        a.id = QUuid::createUuid();
        a.version = 3;
        a.status = ArticleStatus::InReview;
        a.meta.headline = u"H"_s;
        a.body = u"<p>B</p>\n"_s;
        ArticleImage img;
        img.id = QUuid::createUuid();
        img.data = QByteArray(1000, 'x');
        img.mimeType = u"image/png"_s;
        img.pixelSize = QSize(10, 20);
        img.altText = u"alt"_s;
        a.images = { img };
        a.createdBy = u"anna"_s;
        const QJsonObject o = ArticleJson::toJson(a);
        QCOMPARE(o.value(u"id"_s).toString(), a.id.toString(QUuid::WithoutBraces));
        QCOMPARE(o.value(u"version"_s).toInt(), 3);
        QCOMPARE(o.value(u"status"_s).toString(), u"in_review"_s);
        QCOMPARE(o.value(u"body"_s).toString(), a.body);
        QCOMPARE(o.value(u"contentHash"_s).toString(), ContentHash::compute(a));
        const QJsonObject i = o.value(u"images"_s).toArray().first().toObject();
        QCOMPARE(i.value(u"byteSize"_s).toInt(), 1000);
        QCOMPARE(i.value(u"sha256"_s).toString(), ContentHash::imageDigest(img.data));
        QCOMPARE(i.value(u"width"_s).toInt(), 10);
        QCOMPARE(i.value(u"altText"_s).toString(), u"alt"_s);
        QVERIFY(!i.contains(u"data"_s));
        QVERIFY(!ArticleJson::toJson(a, false).contains(u"body"_s));
    }

    void listsKeepOrderAndCommas()
    {
        const QStringList list { u"Иванов, И."_s, u"b"_s, QString() };
        QCOMPARE(ArticleJson::listFromText(ArticleJson::listToText(list)),
                 (QStringList { u"Иванов, И."_s, u"b"_s, u""_s }));
        QVERIFY(ArticleJson::listFromText(u"garbage"_s).isEmpty());
    }
};

QTEST_MAIN(tst_ArticleJson)
#include "tst_ArticleJson.moc"
