#include "ArticleJson.h"

#include "article/ContentHash.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList toStringList(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

QJsonValue idToJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(id.toString(QUuid::WithoutBraces));
}
} // namespace

QJsonValue ArticleJson::timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ArticleJson::timeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject ArticleJson::metadataToJson(const ArticleMetadata &meta)
{
    QJsonObject o;
    o.insert(u"headline"_s, meta.headline);
    o.insert(u"lead"_s, meta.lead);
    o.insert(u"slug"_s, meta.slug);
    o.insert(u"byline"_s, QJsonArray::fromStringList(meta.byline));
    o.insert(u"section"_s, meta.section);
    o.insert(u"tags"_s, QJsonArray::fromStringList(meta.tags));
    o.insert(u"dateline"_s, meta.dateline);
    o.insert(u"language"_s, meta.language);
    o.insert(u"source"_s, meta.source);
    o.insert(u"embargo"_s, timeToJson(meta.embargo));
    o.insert(u"plannedPublication"_s, timeToJson(meta.plannedPublication));
    o.insert(u"seoDescription"_s, meta.seoDescription);
    o.insert(u"editorsNote"_s, meta.editorsNote);
    o.insert(u"featuredImage"_s, idToJson(meta.featuredImage));
    return o;
}

ArticleMetadata ArticleJson::metadataFromJson(const QJsonObject &o)
{
    ArticleMetadata meta;
    meta.headline = o.value(u"headline"_s).toString();
    meta.lead = o.value(u"lead"_s).toString();
    meta.slug = o.value(u"slug"_s).toString();
    meta.byline = toStringList(o.value(u"byline"_s));
    meta.section = o.value(u"section"_s).toString();
    meta.tags = toStringList(o.value(u"tags"_s));
    meta.dateline = o.value(u"dateline"_s).toString();
    meta.language = o.value(u"language"_s).toString();
    meta.source = o.value(u"source"_s).toString();
    meta.embargo = timeFromJson(o.value(u"embargo"_s));
    meta.plannedPublication = timeFromJson(o.value(u"plannedPublication"_s));
    meta.seoDescription = o.value(u"seoDescription"_s).toString();
    meta.editorsNote = o.value(u"editorsNote"_s).toString();
    meta.featuredImage = QUuid::fromString(o.value(u"featuredImage"_s).toString());
    return meta;
}

QJsonObject ArticleJson::imageToJson(const ArticleImage &image)
{
    QJsonObject o;
    o.insert(u"id"_s, idToJson(image.id));
    o.insert(u"mimeType"_s, image.mimeType);
    o.insert(u"width"_s, image.pixelSize.width());
    o.insert(u"height"_s, image.pixelSize.height());
    o.insert(u"caption"_s, image.caption);
    o.insert(u"altText"_s, image.altText);
    o.insert(u"credit"_s, image.credit);
    o.insert(u"byteSize"_s, qint64(image.data.size()));
    o.insert(u"sha256"_s, ContentHash::imageDigest(image.data));
    return o;
}

QJsonObject ArticleJson::toJson(const Article &article, bool withBody)
{
    QJsonObject o = metadataToJson(article.meta);
    o.insert(u"id"_s, idToJson(article.id));
    o.insert(u"version"_s, article.version);
    o.insert(u"status"_s, statusName(article.status));
    if (withBody)
        o.insert(u"body"_s, article.body);
    QJsonArray images;
    for (const ArticleImage &img : article.images)
        images.append(imageToJson(img));
    o.insert(u"images"_s, images);
    o.insert(u"created"_s, timeToJson(article.created));
    o.insert(u"createdBy"_s, article.createdBy);
    o.insert(u"updated"_s, timeToJson(article.updated));
    o.insert(u"updatedBy"_s, article.updatedBy);
    o.insert(u"contentHash"_s, ContentHash::compute(article));
    return o;
}

QString ArticleJson::listToText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList ArticleJson::listFromText(const QString &text)
{
    return toStringList(QJsonDocument::fromJson(text.toUtf8()).array());
}
