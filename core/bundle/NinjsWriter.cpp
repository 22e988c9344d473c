#include "NinjsWriter.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString urn(const QUuid &id)
{
    return u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
}

QJsonObject rendition(const BundleImageFile &file)
{
    return QJsonObject {
        { u"name"_s, file.rendition },
        { u"href"_s, file.path },
        { u"contentType"_s, file.mimeType },
        { u"width"_s, file.pixelSize.width() },
        { u"height"_s, file.pixelSize.height() },
        { u"sizeInBytes"_s, qint64(file.data.size()) },
    };
}

} // namespace

QString NinjsWriter::copyrightNotice(const Article &article, const Options &options)
{
    if (!options.copyrightNotice.trimmed().isEmpty())
        return options.copyrightNotice.trimmed();
    const QString holder = !options.copyrightHolder.trimmed().isEmpty()
        ? options.copyrightHolder.trimmed()
        : article.meta.source.trimmed();
    const QString year = QString::number(options.exportedAt.toUTC().date().year());
    return holder.isEmpty() ? QString(u"© "_s + year) : QString(u"© "_s + year + u' ' + holder);
}

QJsonObject NinjsWriter::write(const Article &article, const QList<BundleImage> &images,
                               const BundleBodyRenderer::Result &body, const Options &options)
{
    const ArticleMetadata &m = article.meta;
    QJsonObject o;
    o.insert(
        u"standard"_s,
        QJsonObject { { u"name"_s, u"ninjs"_s },
                      { u"version"_s, u"3.1"_s },
                      { u"schema"_s, u"https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"_s } });
    o.insert(u"uri"_s, urn(article.id));
    o.insert(u"type"_s, u"text"_s);
    o.insert(u"representationType"_s, u"full"_s);
    o.insert(u"version"_s, QString::number(article.version));
    if (article.created.isValid())
        o.insert(u"firstCreated"_s, isoUtc(article.created));
    o.insert(u"versionCreated"_s,
             isoUtc(article.updated.isValid() ? article.updated : options.exportedAt));
    if (options.withheld && m.embargo.isValid())
        o.insert(u"embargoedUntil"_s, isoUtc(m.embargo));
    o.insert(u"pubStatus"_s, options.withheld ? u"withheld"_s : u"usable"_s);
    if (!m.language.isEmpty())
        o.insert(u"language"_s, m.language);

    QJsonArray headlines { QJsonObject { { u"role"_s, u"main"_s },
                                         { u"contentType"_s, u"text/plain"_s },
                                         { u"value"_s, m.headline } } };
    if (!m.lead.trimmed().isEmpty()) {
        headlines.append(QJsonObject { { u"role"_s, u"sub"_s },
                                       { u"contentType"_s, u"text/plain"_s },
                                       { u"value"_s, m.lead } });
    }
    o.insert(u"headlines"_s, headlines);

    QJsonArray descriptions;
    if (!m.lead.trimmed().isEmpty()) {
        descriptions.append(QJsonObject { { u"role"_s, u"summary"_s },
                                          { u"contentType"_s, u"text/plain"_s },
                                          { u"value"_s, m.lead } });
    }
    if (!m.seoDescription.trimmed().isEmpty()) {
        descriptions.append(QJsonObject { { u"role"_s, u"seo"_s },
                                          { u"contentType"_s, u"text/plain"_s },
                                          { u"value"_s, m.seoDescription } });
    }
    if (!descriptions.isEmpty())
        o.insert(u"descriptions"_s, descriptions);

    o.insert(u"bodies"_s,
             QJsonArray { QJsonObject {
                 { u"role"_s, u"main"_s },
                 { u"contentType"_s, u"text/html"_s },
                 { u"charCount"_s, body.charCount },
                 { u"wordCount"_s, body.wordCount },
                 { u"value"_s, body.html },
             } });

    QStringList authors;
    for (const QString &a : m.byline) {
        if (!a.trimmed().isEmpty())
            authors << a.trimmed();
    }
    if (!authors.isEmpty())
        o.insert(u"by"_s, authors.join(u", "_s));
    if (!m.dateline.trimmed().isEmpty())
        o.insert(u"located"_s, m.dateline.trimmed());
    if (!m.slug.isEmpty())
        o.insert(u"slugline"_s, m.slug);

    QJsonArray subjects;
    if (!m.section.trimmed().isEmpty())
        subjects.append(
            QJsonObject { { u"name"_s, m.section.trimmed() }, { u"rel"_s, u"section"_s } });
    for (const QString &tag : m.tags) {
        if (!tag.trimmed().isEmpty())
            subjects.append(
                QJsonObject { { u"name"_s, tag.trimmed() }, { u"rel"_s, u"keyword"_s } });
    }
    if (!subjects.isEmpty())
        o.insert(u"subjects"_s, subjects);

    if (!m.source.trimmed().isEmpty()) {
        o.insert(u"infoSources"_s,
                 QJsonArray { QJsonObject { { u"name"_s, m.source.trimmed() },
                                            { u"role"_s, u"source"_s } } });
    }
    if (!options.copyrightHolder.trimmed().isEmpty())
        o.insert(u"copyrightHolder"_s, options.copyrightHolder.trimmed());
    o.insert(u"copyrightNotice"_s, copyrightNotice(article, options));

    o.insert(u"renditions"_s,
             QJsonArray { QJsonObject { { u"name"_s, u"page"_s },
                                        { u"href"_s, options.pageHref },
                                        { u"contentType"_s, u"text/html"_s } } });

    QJsonArray associations;
    int number = 0;
    for (const BundleImage &image : images) {
        ++number;
        QJsonObject a;
        a.insert(u"name"_s,
                 image.id == m.featuredImage ? u"featured"_s
                                             : QString(u"image-"_s + QString::number(number)));
        a.insert(u"uri"_s, urn(image.id));
        a.insert(u"type"_s, u"picture"_s);
        a.insert(u"rel"_s, image.id == m.featuredImage ? u"featured"_s : u"inline"_s);
        QJsonArray texts;
        if (!image.caption.trimmed().isEmpty())
            texts.append(
                QJsonObject { { u"role"_s, u"caption"_s }, { u"value"_s, image.caption } });
        if (!image.altText.trimmed().isEmpty())
            texts.append(QJsonObject { { u"role"_s, u"alt"_s }, { u"value"_s, image.altText } });
        if (!texts.isEmpty())
            a.insert(u"descriptions"_s, texts);
        if (!image.credit.trimmed().isEmpty()) {
            a.insert(u"by"_s, image.credit.trimmed());
            a.insert(u"infoSources"_s,
                     QJsonArray { QJsonObject { { u"name"_s, image.credit.trimmed() },
                                                { u"role"_s, u"credit"_s } } });
        }
        QJsonArray renditions;
        for (const BundleImageFile &file : image.files)
            renditions.append(rendition(file));
        a.insert(u"renditions"_s, renditions);
        associations.append(a);
    }
    if (!associations.isEmpty())
        o.insert(u"associations"_s, associations);
    return o;
}
