#include "bundle/BundleLimits.h"
#include "bundle/ImageRenditions.h"

#include "BundleTestSupport.h"

#include <QImageReader>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_ImageRenditions : public QObject
{
    Q_OBJECT

    static QSize sizeOf(const QByteArray &data, QByteArray *format = nullptr)
    {
        QBuffer b;
        b.setData(data);
        b.open(QIODevice::ReadOnly);
        QImageReader r(&b);
        if (format)
            *format = r.format();
        return r.size();
    }

private Q_SLOTS:
    void renditions_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QList<int>>("widths");
        QTest::newRow("wide JPEG") << 2400 << 1600 << "jpeg"_ba << QList<int> { 2400, 1200, 600 };
        QTest::newRow("medium PNG") << 1000 << 800 << "png"_ba << QList<int> { 1000, 600 };
        QTest::newRow("exactly 1200") << 1200 << 900 << "jpeg"_ba << QList<int> { 1200, 600 };
        QTest::newRow("small") << 600 << 400 << "jpeg"_ba << QList<int> { 600 };
        QTest::newRow("WebP") << 1300 << 700 << "webp"_ba << QList<int> { 1300, 1200, 600 };
    }
    void renditions()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QByteArray, format);
        QFETCH(QList<int>, widths);
        ArticleImage image = articleImage(width, height, u"c"_s, u"k"_s, format.constData());
        QString error;
        const auto made = ImageRenditions::make(image, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->files.size(), widths.size());
        QCOMPARE(made->original().data, image.data);
        QCOMPARE(made->original().mimeType, u"image/"_s + QString::fromLatin1(format));
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const BundleImageFile &f = made->files.at(i);
            QCOMPARE(f.pixelSize.width(), widths.at(i));
            QCOMPARE(f.pixelSize.height(), qRound(double(height) * widths.at(i) / width));
            QByteArray actualFormat;
            QCOMPARE(sizeOf(f.data, &actualFormat), f.pixelSize);
            if (i > 0) {
                QCOMPARE(f.rendition, u"w"_s + QString::number(widths.at(i)));
                QCOMPARE(actualFormat, "jpeg"_ba); // no transparency: JPEG
            }
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex());
            QVERIFY(f.path.startsWith(u"images/"_s + hash + u'.'));
        }
    }

    void transparencyStaysPng()
    {
        ArticleImage image;
        image.id = QUuid::createUuid();
        image.data = makeImage(1500, 500, "png", true);
        const auto made = ImageRenditions::make(image, nullptr);
        QVERIFY(made);
        QCOMPARE(made->files.size(), 3);
        QCOMPARE(made->files.at(1).mimeType, u"image/png"_s);
        QVERIFY(made->files.at(1).path.endsWith(u".png"_s));
    }

    void refusesWhatItCannotRead()
    {
        ArticleImage image;
        image.id = QUuid::createUuid();
        image.caption = u"Снимок"_s;
        image.data = "not an image at all";
        QString error;
        QVERIFY(!ImageRenditions::make(image, &error));
        QVERIFY(error.contains(u"Снимок"_s));
    }

    void refusesImagesBeyondTheAllocationLimit()
    {
        // A PNG header declaring 9000 × 9000 pixels (309 MiB decoded): refused before decoding.
        auto be32 = [](quint32 v) {
            QByteArray b;
            b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
            return b;
        };
        const QByteArray ihdr
            = "IHDR"_ba + be32(9000) + be32(9000) + QByteArray("\x08\x06\x00\x00\x00", 5);
        ArticleImage image;
        image.id = QUuid::createUuid();
        const QByteArray idat = "IDAT"_ba + QByteArray(8, '\0'); // libpng reads up to one
        image.data = "\x89PNG\r\n\x1a\n"_ba + be32(13) + ihdr + be32(ZipScanner::crc32(ihdr))
            + be32(8) + idat + be32(ZipScanner::crc32(idat));
        QString error;
        QVERIFY(!ImageRenditions::make(image, &error));
        QVERIFY2(error.contains(u"9000 × 9000"_s), qPrintable(error));
        QCOMPARE(QImageReader::allocationLimit(), BundleLimits::ImageAllocationLimitMiB);
    }
};

QTEST_MAIN(tst_ImageRenditions)
#include "tst_ImageRenditions.moc"
