#pragma once

// Small builders shared by the storage tests.

#include "article/Article.h"
#include "storage/Result.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

inline QByteArray pngBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline ArticleImage testImage(QColor colour, const QString &caption)
{
    ArticleImage img;
    img.id = QUuid::createUuid();
    img.data = pngBytes(8, 6, colour);
    img.mimeType = QStringLiteral("image/png");
    img.pixelSize = QSize(8, 6);
    img.caption = caption;
    img.altText = caption + QStringLiteral(" (alt)");
    img.credit = QStringLiteral("Photo desk");
    return img;
}

inline Article newArticle(const QString &headline, const QString &body = {})
{
    Article a;
    a.id = QUuid::createUuid();
    a.meta.headline = headline;
    a.meta.lead = QStringLiteral("Lead of ") + headline;
    a.meta.section = QStringLiteral("news");
    a.meta.language = QStringLiteral("ru");
    a.meta.byline = { QStringLiteral("Anna Petrova") };
    a.body = body.isEmpty() ? QStringLiteral("<p>Body of ") + headline + QStringLiteral("</p>\n")
                            : body;
    return a;
}

// The error message of a failed result, for QVERIFY2 (which evaluates its message either way).
template<typename R> QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}
