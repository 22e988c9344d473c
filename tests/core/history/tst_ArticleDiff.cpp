// The diff of two versions of an article: metadata field by field, the body word by word over its
// plain text, and the CLI's text and JSON forms.

#include "article/CanonicalBody.h"
#include "history/ArticleDiff.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Article article()
{
    Article a;
    a.id = QUuid::createUuid();
    a.version = 1;
    a.meta.headline = u"Собран рекордный урожай"_s;
    a.meta.lead = u"Аграрии Копыльского района завершили уборку."_s;
    a.meta.section = u"news"_s;
    a.meta.language = u"ru"_s;
    a.meta.tags = { u"урожай"_s, u"АПК"_s };
    a.meta.byline = { u"Anna Petrova"_s };
    a.body = CanonicalBody::fromPlainText(
        u"Уборочная кампания завершена.\n\nСобрано 50 тысяч тонн зерна."_s);
    return a;
}

ArticleImage image(const QString &caption)
{
    QImage img(4, 4, QImage::Format_RGB32);
    img.fill(Qt::red);
    ArticleImage i;
    i.id = QUuid::createUuid();
    QBuffer buffer(&i.data);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    i.mimeType = u"image/png"_s;
    i.pixelSize = QSize(4, 4);
    i.caption = caption;
    i.altText = caption;
    return i;
}

} // namespace

class tst_ArticleDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalArticlesHaveNoDifferences()
    {
        const Article a = article();
        const ArticleDiff d = ArticleDiff::compare(a, a);
        QVERIFY(d.isEmpty());
        QVERIFY(!d.bodyChanged());
        QCOMPARE(d.toText(), u"No differences.\n"_s);
    }

    void bodyWordsAndHeadline()
    {
        const Article a = article();
        Article b = a;
        b.version = 2;
        b.meta.headline = u"Собран небывалый урожай"_s;
        b.body = CanonicalBody::fromPlainText(
            u"Уборочная кампания успешно завершена.\n\nСобрано 50 тысяч тонн."_s);
        const ArticleDiff d = ArticleDiff::compare(a, b);
        QCOMPARE(d.fromVersion, 1);
        QCOMPARE(d.toVersion, 2);
        QVERIFY(d.bodyChanged());
        QVERIFY(!d.bodyFormattingChanged);
        QCOMPARE(WordDiff::toMarkedText(d.body),
                 u"Уборочная кампания {+успешно +}завершена.\nСобрано 50 тысяч тонн[- зерна-]."_s);
        QCOMPARE(d.metadata.size(), 1);
        const FieldChange *headline = d.field(u"headline"_s);
        QVERIFY(headline);
        QCOMPARE(headline->before, a.meta.headline);
        QCOMPARE(headline->after, b.meta.headline);
        QCOMPARE(WordDiff::toMarkedText(headline->words),
                 u"Собран [-рекордный-]{+небывалый+} урожай"_s);
        const QString text = d.toText();
        QVERIFY2(text.contains(u"Headline: Собран [-рекордный-]{+небывалый+} урожай\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"{+успешно +}"_s));
        QVERIFY(text.contains(u"[- зерна-]"_s));
    }

    void metadataFieldByField()
    {
        const Article a = article();
        Article b = a;
        b.meta.tags = { u"урожай"_s };
        b.meta.section = u"economy"_s;
        b.meta.embargo = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
        b.meta.lead.clear();
        const ArticleDiff d = ArticleDiff::compare(a, b);
        QVERIFY(!d.bodyChanged());
        QStringList fields;
        for (const FieldChange &c : d.metadata)
            fields.append(c.field);
        QCOMPARE(fields, (QStringList { u"lead"_s, u"section"_s, u"tags"_s, u"embargo"_s }));
        QCOMPARE(d.field(u"tags"_s)->before, u"урожай, АПК"_s);
        QCOMPARE(d.field(u"tags"_s)->after, u"урожай"_s);
        QCOMPARE(d.field(u"embargo"_s)->before, QString());
        QCOMPARE(d.field(u"embargo"_s)->after, u"2026-12-01T09:00:00Z"_s);
        const QString text = d.toText();
        QVERIFY2(text.contains(u"Section: [-news-] {+economy+}\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Embargo: {+2026-12-01T09:00:00Z+}\n"_s));
        QVERIFY(!text.contains(u"Body"_s));
    }

    void imagesAddedRemovedAndChanged()
    {
        Article a = article();
        const ArticleImage kept = image(u"Комбайн"_s);
        const ArticleImage dropped = image(u"Поле"_s);
        a.images = { kept, dropped };
        Article b = a;
        b.images = { kept, image(u"Элеватор"_s) };
        b.images[0].altText = u"Комбайн в поле"_s;
        const ArticleDiff d = ArticleDiff::compare(a, b);
        QCOMPARE(d.metadata.size(), 3);
        QCOMPARE(d.metadata.at(0).field, u"image"_s);
        QCOMPARE(d.metadata.at(0).subject, u"Поле"_s);
        QVERIFY(d.metadata.at(0).after.isEmpty()); // removed
        QCOMPARE(d.metadata.at(1).field, u"image.altText"_s);
        QCOMPARE(d.metadata.at(1).after, u"Комбайн в поле"_s);
        QCOMPARE(d.metadata.at(2).field, u"image"_s);
        QCOMPARE(d.metadata.at(2).subject, u"Элеватор"_s);
        QVERIFY(d.metadata.at(2).before.isEmpty()); // added
        QVERIFY(d.metadata.at(2).after.startsWith(u"image/png, 4×4"_s));
    }

    void formattingOnlyChange()
    {
        const Article a = article();
        Article b = a;
        b.body = u"<p><strong>Уборочная</strong> кампания завершена.</p>\n"
                 "<p>Собрано 50 тысяч тонн зерна.</p>\n"_s;
        QVERIFY(CanonicalBody::isCanonical(b.body));
        QCOMPARE(CanonicalBody::plainText(b.body), CanonicalBody::plainText(a.body));
        const ArticleDiff d = ArticleDiff::compare(a, b);
        QVERIFY(d.bodyFormattingChanged);
        QVERIFY(d.bodyChanged());
        QVERIFY(!WordDiff::hasChanges(d.body));
        QVERIFY(d.toText().contains(u"formatting"_s));
    }

    void json()
    {
        const Article a = article();
        Article b = a;
        b.version = 3;
        b.meta.headline = u"Новый заголовок"_s;
        const QJsonObject o = ArticleDiff::compare(a, b).toJson();
        QCOMPARE(o.value(u"from"_s).toInt(), 1);
        QCOMPARE(o.value(u"to"_s).toInt(), 3);
        QVERIFY(o.value(u"changed"_s).toBool());
        QVERIFY(!o.value(u"body_changed"_s).toBool());
        const QJsonObject headline = o.value(u"metadata"_s).toArray().at(0).toObject();
        QCOMPARE(headline.value(u"field"_s).toString(), u"headline"_s);
        QCOMPARE(headline.value(u"after"_s).toString(), u"Новый заголовок"_s);
        QVERIFY(!headline.value(u"words"_s).toArray().isEmpty());
        const QJsonArray body = o.value(u"body"_s).toArray();
        QCOMPARE(body.size(), 1);
        QCOMPARE(body.at(0).toObject().value(u"op"_s).toString(), u"equal"_s);
    }
};

QTEST_MAIN(tst_ArticleDiff)
#include "tst_ArticleDiff.moc"
