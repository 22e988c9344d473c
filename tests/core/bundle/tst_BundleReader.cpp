#include "bundle/BundleBuilder.h"
#include "bundle/BundleLimits.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"

#include "BundleTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_BundleReader : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
    }

private Q_SLOTS:
    void readsDirectoriesAndZipsAlike()
    {
        QTemporaryDir dir;
        const auto files = BundleBuilder::build(request(latinArticle(), makeKeyPair()), nullptr);
        QVERIFY(files);
        QVERIFY(BundleWriter::write(*files, dir.filePath(u"a"_s), nullptr));
        QVERIFY(BundleWriter::write(*files, dir.filePath(u"a.zip"_s), nullptr));
        QString error;
        const auto fromDir = BundleReader::read(dir.filePath(u"a"_s), &error);
        QVERIFY2(fromDir, qPrintable(error));
        const auto fromZip = BundleReader::read(dir.filePath(u"a.zip"_s), &error);
        QVERIFY2(fromZip, qPrintable(error));
        QCOMPARE(*fromDir, *fromZip);
        QCOMPARE(fromDir->size(), files->size());
    }

    void zipDataMustMatchTheDirectory_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("inflates beyond its size") << 0 << u"larger than its declared size"_s;
        QTest::newRow("inflates short of its size") << 1 << u"shorter than its declared size"_s;
        QTest::newRow("checksum") << 2 << u"checksum"_s;
        QTest::newRow("not deflate data") << 3 << u""_s;
    }
    void zipDataMustMatchTheDirectory()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        RawZip zip;
        RawZip::Options o = RawZip::deflated("index.html", QByteArray(3000, 'a') + "end");
        switch (which) {
        case 0:
            o.size = 1000;
            break;
        case 1:
            o.size = 5000;
            break;
        case 2:
            o.crc ^= 1;
            break;
        case 3:
            o.data = QByteArray(200, '\xff');
            break;
        }
        zip.add(o);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"x.zip"_s), zip.bytes());
        QString error;
        QVERIFY(!BundleReader::readZip(dir.filePath(u"x.zip"_s), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void directoryLimits()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"b"_s);
        QVERIFY(QDir().mkpath(bundle + u"/images"_s));
        for (int i = 0; i < BundleLimits::MaxEntries; ++i)
            writeFile(bundle + u"/images/"_s + QString::number(i), "x");
        QString error;
        QVERIFY(!BundleReader::readDirectory(bundle, &error)); // 1000 files + the images folder
        QVERIFY2(error.contains(u"more than 1000 entries"_s), qPrintable(error));
        QVERIFY(QFile::remove(bundle + u"/images/0"_s));
        QVERIFY2(BundleReader::readDirectory(bundle, &error), qPrintable(error));

        // A sparse file declares its size without taking the disk.
        QFile big(bundle + u"/big.bin"_s);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(BundleLimits::MaxEntrySize + 1));
        big.close();
        QVERIFY(QFile::remove(bundle + u"/images/1"_s));
        QVERIFY(!BundleReader::readDirectory(bundle, &error));
        QVERIFY2(error.contains(u"larger than 50 MB"_s), qPrintable(error));
    }

    void notAZip()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"x.zip"_s), "PK but nothing else");
        QString error;
        QVERIFY(!BundleReader::read(dir.filePath(u"x.zip"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!BundleReader::read(dir.filePath(u"missing.zip"_s), &error));
        writeFile(dir.filePath(u"empty.zip"_s), "");
        QVERIFY(!BundleReader::read(dir.filePath(u"empty.zip"_s), &error));
    }
};

QTEST_MAIN(tst_BundleReader)
#include "tst_BundleReader.moc"
