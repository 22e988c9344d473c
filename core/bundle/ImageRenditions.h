#pragma once

#include "article/Article.h"
#include "bundle/BundleImage.h"

#include <QCoreApplication>

#include <optional>

// Turns an article image into the files of a bundle: the original, unchanged, and web renditions
// 1200 and 600 pixels wide (only those narrower than the original), each named by the SHA-256 of
// its bytes. Renditions are JPEG (quality 85) for photographs and PNG for images with
// transparency; they are decoded with EXIF orientation applied and carry no metadata (no GPS
// position from a phone's photo).
class ImageRenditions
{
    Q_DECLARE_TR_FUNCTIONS(ImageRenditions)

public:
    static constexpr int RenditionWidths[] = { 1200, 600 };

    // Returns nullopt and sets *error when the image cannot be read: not an image, a type we do
    // not publish, or larger than the decoder may allocate (see BundleLimits).
    static std::optional<BundleImage> make(const ArticleImage &image, QString *error);

    // The file name extension for a published MIME type, or an empty string.
    static QString extensionFor(const QString &mimeType);
};
