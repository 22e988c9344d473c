#pragma once

#include "Article.h"

#include <QCoreApplication>
#include <QImage>

#include <optional>

struct ImageLimits
{
    qint64 maxFileBytes = 20 * 1024 * 1024;
    int allocationLimitMB = 256; // for the decoded pixels
    int maxSide = 12000; // pixels, either side
};

// Reads an image file into an ArticleImage, refusing what is too big or not a picture we publish:
// the file is size-checked before it is read and decoded with QImageReader::setAllocationLimit, so
// a hostile or oversized file costs neither memory nor a crash. Also decodes a stored image for
// display, scaled down.
class ImageImport
{
    Q_DECLARE_TR_FUNCTIONS(ImageImport)

public:
    using Limits = ImageLimits;

    // A new image with a fresh QUuid, or nothing and *error says why.
    static std::optional<ArticleImage> fromFile(const QString &path, QString *error,
                                                const Limits &limits = {});
    static std::optional<ArticleImage> fromData(const QByteArray &data, QString *error,
                                                const Limits &limits = {});

    // The stored image decoded for display, no wider than maxWidth (aspect kept). Null on failure.
    static QImage decodeForDisplay(const QByteArray &data, int maxWidth, const Limits &limits = {});
};
