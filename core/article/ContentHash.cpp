#include "ContentHash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {
void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putList(QJsonObject &o, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

void putTime(QJsonObject &o, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, value.toUTC().toString(Qt::ISODateWithMs));
}

void putId(QJsonObject &o, const QString &key, const QUuid &value)
{
    if (!value.isNull())
        o.insert(key, value.toString(QUuid::WithoutBraces));
}
} // namespace

QString ContentHash::compute(const Article &article)
{
    return compute(article.meta, article.body, article.images);
}

QString ContentHash::compute(const ArticleMetadata &meta, const QString &body,
                             const QList<ArticleImage> &images)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(meta, body, images), QCryptographicHash::Sha256)
            .toHex());
}

QByteArray ContentHash::canonicalBytes(const ArticleMetadata &meta, const QString &body,
                                       const QList<ArticleImage> &images)
{
    QJsonObject m;
    putText(m, u"headline"_s, meta.headline);
    putText(m, u"lead"_s, meta.lead);
    putText(m, u"slug"_s, meta.slug);
    putList(m, u"byline"_s, meta.byline);
    putText(m, u"section"_s, meta.section);
    putList(m, u"tags"_s, meta.tags);
    putText(m, u"dateline"_s, meta.dateline);
    putText(m, u"language"_s, meta.language);
    putText(m, u"source"_s, meta.source);
    putTime(m, u"embargo"_s, meta.embargo);
    putTime(m, u"plannedPublication"_s, meta.plannedPublication);
    putText(m, u"seoDescription"_s, meta.seoDescription);
    putText(m, u"editorsNote"_s, meta.editorsNote);
    putId(m, u"featuredImage"_s, meta.featuredImage);

    QJsonArray imgs;
    for (const ArticleImage &img : images) {
        QJsonObject i;
        putId(i, u"id"_s, img.id);
        i.insert(u"sha256"_s, imageDigest(img.data));
        putText(i, u"mimeType"_s, img.mimeType);
        if (img.pixelSize.isValid()) {
            i.insert(u"width"_s, img.pixelSize.width());
            i.insert(u"height"_s, img.pixelSize.height());
        }
        putText(i, u"caption"_s, img.caption);
        putText(i, u"altText"_s, img.altText);
        putText(i, u"credit"_s, img.credit);
        imgs.append(i);
    }

    QJsonObject root;
    root.insert(u"format"_s, u"newsroom-content-1"_s);
    root.insert(u"metadata"_s, m);
    putText(root, u"body"_s, body);
    if (!imgs.isEmpty())
        root.insert(u"images"_s, imgs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ContentHash::imageDigest(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
