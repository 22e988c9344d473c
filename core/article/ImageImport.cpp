#include "ImageImport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
// The formats an article may carry (see ArticleImage::mimeType).
QString mimeTypeForFormat(const QByteArray &format)
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
} // namespace

std::optional<ArticleImage> ImageImport::fromFile(const QString &path, QString *error,
                                                  const Limits &limits)
{
    const auto fail = [error](const QString &message) -> std::optional<ArticleImage> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("“%1” is not a file.").arg(info.fileName()));
    // Checked before reading, so that a huge file is never loaded into memory.
    if (info.size() > limits.maxFileBytes) {
        const QLocale locale;
        return fail(tr("“%1” is %2; images up to %3 can be inserted.")
                        .arg(info.fileName(), locale.formattedDataSize(info.size()),
                             locale.formattedDataSize(limits.maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString()));
    return fromData(file.read(limits.maxFileBytes + 1), error, limits);
}

std::optional<ArticleImage> ImageImport::fromData(const QByteArray &data, QString *error,
                                                  const Limits &limits)
{
    const auto fail = [error](const QString &message) -> std::optional<ArticleImage> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.size() > limits.maxFileBytes) {
        const QLocale locale;
        return fail(
            tr("The image is larger than %1.").arg(locale.formattedDataSize(limits.maxFileBytes)));
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.allocationLimitMB);
    reader.setDecideFormatFromContent(true);
    const QString mimeType = mimeTypeForFormat(reader.format());
    if (mimeType.isEmpty())
        return fail(tr("This is not a JPEG, PNG, WebP or GIF image."));
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > limits.maxSide || size.height() > limits.maxSide)) {
        return fail(tr("The image is %1 × %2 pixels; at most %3 pixels a side are accepted.")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(limits.maxSide));
    }
    // Said here in words; the reader's allocation limit below enforces it for every format.
    if (size.isValid()
        && qint64(size.width()) * size.height() * 4
            > qint64(limits.allocationLimitMB) * 1024 * 1024) {
        return fail(
            tr("The image is %1 × %2 pixels, too large to open (more than %3 MB of memory).")
                .arg(size.width())
                .arg(size.height())
                .arg(limits.allocationLimitMB));
    }
    // Decoding the whole picture proves the file is intact (and within the allocation limit).
    const QImage image = reader.read();
    if (image.isNull())
        return fail(tr("The image cannot be decoded: %1").arg(reader.errorString()));

    ArticleImage result;
    result.id = QUuid::createUuid();
    result.data = data;
    result.mimeType = mimeType;
    result.pixelSize = image.size();
    if (error)
        error->clear();
    return result;
}

QImage ImageImport::decodeForDisplay(const QByteArray &data, int maxWidth, const Limits &limits)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.allocationLimitMB);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > limits.maxSide || size.height() > limits.maxSide))
        return {};
    if (size.isValid() && size.width() > maxWidth && maxWidth > 0)
        reader.setScaledSize(size.scaled(maxWidth, size.height(), Qt::KeepAspectRatio));
    return reader.read();
}
