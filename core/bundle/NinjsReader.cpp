#include "NinjsReader.h"

#include "article/CanonicalBody.h"
#include "bundle/BundleLimits.h"
#include "bundle/HtmlEscape.h"
#include "bundle/HtmlTokens.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString textWithRole(const QJsonArray &items, const QString &role)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(u"role"_s).toString() == role && o.value(u"value"_s).isString())
            return o.value(u"value"_s).toString().trimmed();
    }
    return {};
}

QString firstText(const QJsonArray &items, const QStringList &skipRoles = {})
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(u"value"_s).isString() && !skipRoles.contains(o.value(u"role"_s).toString()))
            return o.value(u"value"_s).toString().trimmed();
    }
    return {};
}

QString plainToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const QString &p : paragraphs) {
        if (!p.trimmed().isEmpty())
            html += u"<p>"_s + HtmlEscape::text(p.trimmed()) + u"</p>"_s;
    }
    return html;
}

// Rewrites a foreign body for the sanitiser: bundle image paths become image:UUID references,
// figure captions go (they are the image's caption, imported with it), the rest is re-serialised
// with every text and attribute escaped. What is allowed is CanonicalBody's decision, not ours.
QString prepareHtml(const QString &html, const QHash<QString, QUuid> &imageByPath)
{
    QString out;
    int captionDepth = 0;
    for (const HtmlToken &t : HtmlTokens::all(html)) {
        if (t.type == HtmlToken::Type::StartTag && t.name == u"figcaption") {
            ++captionDepth;
            continue;
        }
        if (t.type == HtmlToken::Type::EndTag && t.name == u"figcaption") {
            captionDepth = qMax(0, captionDepth - 1);
            continue;
        }
        if (captionDepth > 0 || t.name == u"figure")
            continue;
        switch (t.type) {
        case HtmlToken::Type::Text:
            out += HtmlEscape::text(t.text);
            break;
        case HtmlToken::Type::EndTag:
            out += u"</"_s + t.name + u'>';
            break;
        case HtmlToken::Type::StartTag: {
            if (t.name == u"img") {
                const QUuid id = imageByPath.value(HtmlTokens::attribute(t, u"src"_s).trimmed());
                if (id.isNull())
                    break;
                out += u"<img src=\"image:"_s + id.toString(QUuid::WithoutBraces) + u"\" alt=\""_s
                    + HtmlEscape::attribute(HtmlTokens::attribute(t, u"alt"_s)) + u"\">"_s;
                break;
            }
            QString tag = u'<' + t.name;
            for (const HtmlAttribute &attr : t.attributes) {
                const QString &name = attr.name;
                const QString &value = attr.value;
                bool plainName = !name.isEmpty();
                for (const QChar c : name) {
                    if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':'))
                        plainName = false;
                }
                if (plainName)
                    tag += u' ' + name + u"=\""_s + HtmlEscape::attribute(value) + u'"';
            }
            out += tag + u'>';
            break;
        }
        }
    }
    return out;
}

} // namespace

std::optional<ArticleImage> NinjsReader::inspectImage(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    ArticleImage image;
    if (format == "jpeg")
        image.mimeType = u"image/jpeg"_s;
    else if (format == "png")
        image.mimeType = u"image/png"_s;
    else if (format == "webp")
        image.mimeType = u"image/webp"_s;
    else if (format == "gif")
        image.mimeType = u"image/gif"_s;
    else {
        *error = tr("it is not a JPEG, PNG, WebP or GIF image.");
        return std::nullopt;
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *error = tr("its size cannot be read.");
        return std::nullopt;
    }
    if (qint64(size.width()) * size.height() * 4
        > qint64(BundleLimits::ImageAllocationLimitMiB) * 1024 * 1024) {
        *error = tr("it declares %1 × %2 pixels, more than may be decoded (%3 MB).")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(BundleLimits::ImageAllocationLimitMiB);
        return std::nullopt;
    }
    image.data = data;
    image.pixelSize = size;
    return image;
}

std::optional<Article> NinjsReader::read(const QJsonObject &ninjs,
                                         const QHash<QString, QByteArray> &files, QString *error,
                                         QStringList *notes)
{
    QStringList dummyNotes;
    if (!notes)
        notes = &dummyNotes;
    Article a;
    a.id = QUuid::createUuid();
    a.status = ArticleStatus::Draft;
    ArticleMetadata &m = a.meta;

    const QJsonArray headlines = ninjs.value(u"headlines"_s).toArray();
    const QJsonArray descriptions = ninjs.value(u"descriptions"_s).toArray();
    m.headline = textWithRole(headlines, u"main"_s);
    if (m.headline.isEmpty())
        m.headline = firstText(headlines, { u"sub"_s });
    if (m.headline.isEmpty())
        m.headline = ninjs.value(u"title"_s).toString().trimmed();
    if (m.headline.isEmpty())
        m.headline = ninjs.value(u"slugline"_s).toString().trimmed();
    m.lead = textWithRole(descriptions, u"summary"_s);
    if (m.lead.isEmpty())
        m.lead = textWithRole(headlines, u"sub"_s);
    if (m.lead.isEmpty())
        m.lead = firstText(descriptions, { u"seo"_s, u"alt"_s });
    m.seoDescription = textWithRole(descriptions, u"seo"_s);
    m.slug = ninjs.value(u"slugline"_s).toString().trimmed();
    m.language = ninjs.value(u"language"_s).toString().trimmed();
    m.dateline = ninjs.value(u"located"_s).toString().trimmed();
    for (const QString &part : ninjs.value(u"by"_s).toString().split(u',')) {
        if (!part.trimmed().isEmpty())
            m.byline << part.trimmed();
    }
    for (const QJsonValue &v : ninjs.value(u"subjects"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            continue;
        if (s.value(u"rel"_s).toString() == u"section" && m.section.isEmpty())
            m.section = name;
        else if (!m.tags.contains(name))
            m.tags << name;
    }
    const QJsonArray sources = ninjs.value(u"infoSources"_s).toArray();
    for (const QJsonValue &v : sources) {
        if (v.toObject().value(u"role"_s).toString() == u"source") {
            m.source = v.toObject().value(u"name"_s).toString().trimmed();
            break;
        }
    }
    if (m.source.isEmpty() && !sources.isEmpty())
        m.source = sources.first().toObject().value(u"name"_s).toString().trimmed();
    const QString embargo = ninjs.value(u"embargoedUntil"_s).toString();
    if (!embargo.isEmpty()) {
        m.embargo = QDateTime::fromString(embargo, Qt::ISODate).toUTC();
        if (!m.embargo.isValid())
            *notes << tr("The embargo time “%1” could not be read and was left out.").arg(embargo);
    }
    for (const QString &key : { u"people"_s, u"places"_s, u"organisations"_s, u"events"_s }) {
        if (!ninjs.value(key).toArray().isEmpty())
            *notes << tr("“%1” is not kept by Newsroom and was left out.").arg(key);
    }

    // Images: each picture association with a rendition among the bundle's files.
    QHash<QString, QUuid> imageByPath;
    const QJsonArray associations = ninjs.value(u"associations"_s).toArray();
    for (const QJsonValue &v : associations) {
        const QJsonObject assoc = v.toObject();
        const QJsonArray renditions = assoc.value(u"renditions"_s).toArray();
        QString href;
        int widest = -1;
        for (const QJsonValue &r : renditions) {
            const QJsonObject ro = r.toObject();
            const QString h = ro.value(u"href"_s).toString();
            if (!files.contains(h))
                continue;
            const int width = ro.value(u"name"_s).toString() == u"original"
                ? std::numeric_limits<int>::max()
                : ro.value(u"width"_s).toInt();
            if (width > widest) {
                widest = width;
                href = h;
            }
        }
        const QString name = assoc.value(u"name"_s).toString();
        if (href.isEmpty()) {
            if (!renditions.isEmpty())
                *notes << tr("The associated item “%1” is not in the bundle and was not fetched.")
                              .arg(name);
            continue;
        }
        QString why;
        auto image = inspectImage(files.value(href), &why);
        if (!image) {
            *error = tr("The image %1 is refused: %2").arg(href, why);
            return std::nullopt;
        }
        image->id = QUuid::createUuid();
        const QJsonArray texts = assoc.value(u"descriptions"_s).toArray();
        image->caption = textWithRole(texts, u"caption"_s);
        image->altText = textWithRole(texts, u"alt"_s);
        image->credit = assoc.value(u"by"_s).toString().trimmed();
        if (image->credit.isEmpty())
            image->credit = assoc.value(u"infoSources"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"name"_s)
                                .toString()
                                .trimmed();
        if (assoc.value(u"rel"_s).toString() == u"featured" || name == u"featured")
            m.featuredImage = image->id;
        for (const QJsonValue &r : renditions)
            imageByPath.insert(r.toObject().value(u"href"_s).toString(), image->id);
        a.images.append(*image);
    }

    // The body: rich text if there is any, else plain text as paragraphs.
    const QJsonArray bodies = ninjs.value(u"bodies"_s).toArray();
    QString html;
    QString plain;
    for (const QJsonValue &v : bodies) {
        const QJsonObject b = v.toObject();
        const QString type = b.value(u"contentType"_s).toString().toLower();
        const QString value = b.value(u"value"_s).toString();
        if (html.isEmpty()
            && (type == u"text/html" || type == u"application/xhtml+xml"
                || (type.isEmpty() && b.value(u"role"_s).toString() == u"richtext"))) {
            html = value;
        } else if (plain.isEmpty() && (type.isEmpty() || type == u"text/plain")) {
            plain = value;
        }
    }
    const QString prepared = !html.isEmpty() ? prepareHtml(html, imageByPath) : plainToHtml(plain);
    CanonicalBody::Report report;
    a.body = CanonicalBody::sanitise(prepared, &report);
    for (const QString &dropped : std::as_const(report.dropped))
        *notes << tr("Removed from the body: %1").arg(dropped);

    if (m.headline.isEmpty()) {
        m.headline = tr("Imported article");
        *notes << tr("The item had no headline.");
    }
    return a;
}
