#include "ImageRenditions.h"

#include "bundle/BundleLimits.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

using namespace Qt::Literals::StringLiterals;

namespace {

QString mimeForFormat(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return u"image/jpeg"_s;
    if (format == "png")
        return u"image/png"_s;
    if (format == "webp")
        return u"image/webp"_s;
    if (format == "gif")
        return u"image/gif"_s;
    return {};
}

QString pathFor(const QByteArray &data, const QString &mimeType)
{
    return u"images/"_s
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
        + u'.' + ImageRenditions::extensionFor(mimeType);
}

QByteArray encode(const QImage &image, const QByteArray &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(85);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    } else {
        writer.setCompression(9);
    }
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

QString ImageRenditions::extensionFor(const QString &mimeType)
{
    if (mimeType == u"image/jpeg")
        return u"jpg"_s;
    if (mimeType == u"image/png")
        return u"png"_s;
    if (mimeType == u"image/webp")
        return u"webp"_s;
    if (mimeType == u"image/gif")
        return u"gif"_s;
    return {};
}

std::optional<BundleImage> ImageRenditions::make(const ArticleImage &image, QString *error)
{
    const QString label
        = image.caption.isEmpty() ? image.id.toString(QUuid::WithoutBraces) : image.caption;
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Image “%1”: %2").arg(label, why);
        return std::nullopt;
    };

    QImageReader::setAllocationLimit(BundleLimits::ImageAllocationLimitMiB);
    QBuffer buffer;
    buffer.setData(image.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QString mimeType = mimeForFormat(reader.format());
    if (mimeType.isEmpty())
        return fail(tr("not a JPEG, PNG, WebP or GIF image."));
    const QSize declared = reader.size();
    if (!declared.isValid())
        return fail(tr("the image size cannot be read."));
    if (qint64(declared.width()) * declared.height() * 4
        > qint64(BundleLimits::ImageAllocationLimitMiB) * 1024 * 1024) {
        return fail(tr("%1 × %2 pixels is too large to process.")
                        .arg(declared.width())
                        .arg(declared.height()));
    }
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return fail(tr("the image cannot be decoded (%1).").arg(reader.errorString()));

    BundleImage out;
    out.id = image.id;
    out.caption = image.caption;
    out.altText = image.altText;
    out.credit = image.credit;
    out.files.append(
        { u"original"_s, pathFor(image.data, mimeType), mimeType, decoded.size(), image.data });

    const bool alpha = decoded.hasAlphaChannel();
    const QByteArray format = alpha ? "png"_ba : "jpeg"_ba;
    const QString renditionMime = alpha ? u"image/png"_s : u"image/jpeg"_s;
    for (const int width : RenditionWidths) {
        if (decoded.width() <= width)
            continue;
        QImage scaled = decoded.scaledToWidth(width, Qt::SmoothTransformation);
        if (!alpha)
            scaled = scaled.convertToFormat(QImage::Format_RGB888);
        const QByteArray bytes = encode(scaled, format);
        if (bytes.isEmpty())
            return fail(tr("the %1 pixel rendition cannot be written.").arg(width));
        out.files.append({ u"w"_s + QString::number(width), pathFor(bytes, renditionMime),
                           renditionMime, scaled.size(), bytes });
    }
    return out;
}
