#include "article/ImageImport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QImage picture(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    return image;
}
} // namespace

class tst_ImageImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPngAndJpegWithNewIds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = writeFile(dir, u"a.png"_s, encode(picture(64, 48), "PNG"));
        const QString jpg = writeFile(dir, u"b.jpg"_s, encode(picture(32, 16), "JPEG"));
        QString error;
        const auto a = ImageImport::fromFile(png, &error);
        QVERIFY2(a.has_value(), qPrintable(error));
        QCOMPARE(a->mimeType, u"image/png"_s);
        QCOMPARE(a->pixelSize, QSize(64, 48));
        QVERIFY(!a->id.isNull());
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(a->data, file.readAll()); // the original bytes, unchanged

        const auto b = ImageImport::fromFile(jpg, &error);
        QVERIFY2(b.has_value(), qPrintable(error));
        QCOMPARE(b->mimeType, u"image/jpeg"_s);
        QCOMPARE(b->pixelSize, QSize(32, 16));
        QVERIFY(b->id != a->id);
    }

    void refusesTooLargeFileBeforeReadingIt()
    {
        QTemporaryDir dir;
        const QString png = writeFile(dir, u"big.png"_s, encode(picture(64, 64), "PNG"));
        ImageImport::Limits limits;
        limits.maxFileBytes = 100;
        QString error;
        QVERIFY(!ImageImport::fromFile(png, &error, limits).has_value());
        QVERIFY2(error.contains(u"big.png"_s), qPrintable(error));
    }

    void refusesWhatIsNotAnImage()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"notes.png"_s, "<script>alert(1)</script>");
        QString error;
        QVERIFY(!ImageImport::fromFile(path, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY(!ImageImport::fromFile(dir.filePath(u"missing.png"_s), &error).has_value());
        QVERIFY(!ImageImport::fromData(QByteArray(), &error).has_value());
    }

    void refusesTruncatedImage()
    {
        QString error;
        // (A truncated JPEG may still decode partially; PNG's checksums do not allow that.)
        QByteArray png = encode(picture(200, 200), "PNG");
        png.truncate(png.size() / 2);
        QVERIFY(!ImageImport::fromData(png, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void refusesOversizedDimensions()
    {
        ImageImport::Limits limits;
        limits.maxSide = 1000;
        QString error;
        QVERIFY(
            !ImageImport::fromData(encode(picture(1200, 10), "PNG"), &error, limits).has_value());
        QVERIFY2(error.contains(u"1200"_s), qPrintable(error));
    }

    void decodingRespectsTheAllocationLimit()
    {
        // 4000 × 4000 grey = 16 MB decoded, from a small file.
        QImage grey(4000, 4000, QImage::Format_Grayscale8);
        grey.fill(128);
        const QByteArray png = encode(grey, "PNG");
        QVERIFY(png.size() < 1024 * 1024);
        ImageImport::Limits limits;
        limits.allocationLimitMB = 8;
        QString error;
        QVERIFY(!ImageImport::fromData(png, &error, limits).has_value());
        QVERIFY2(error.contains(u"4000 × 4000"_s), qPrintable(error));
        QVERIFY(ImageImport::decodeForDisplay(png, 4000, limits).isNull());
        limits.allocationLimitMB = 64;
        QVERIFY2(ImageImport::fromData(png, &error, limits).has_value(), qPrintable(error));
    }

    void decodesScaledForDisplay()
    {
        const QByteArray png = encode(picture(1600, 800), "PNG");
        const QImage shown = ImageImport::decodeForDisplay(png, 400);
        QCOMPARE(shown.size(), QSize(400, 200));
        QCOMPARE(ImageImport::decodeForDisplay(png, 4000).size(), QSize(1600, 800));
    }
};

QTEST_GUILESS_MAIN(tst_ImageImport)
#include "tst_ImageImport.moc"
