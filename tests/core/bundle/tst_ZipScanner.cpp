#include "bundle/BundleLimits.h"
#include "bundle/ZipScanner.h"

#include "BundleTestSupport.h"

#include <KZip>

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_ZipScanner : public QObject
{
    Q_OBJECT

    static QString refusal(const QByteArray &zip)
    {
        QString error;
        if (ZipScanner::scan(zip, &error))
            return u"accepted"_s;
        return error;
    }

private Q_SLOTS:
    void crc32()
    {
        QCOMPARE(ZipScanner::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(ZipScanner::crc32(""), 0u);
    }

    void acceptsWhatKZipWrites()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        KZip zip(&buffer);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"index.html"_s, "<p>x</p>"));
        QVERIFY(zip.writeDir(u"images"_s));
        QVERIFY(zip.writeFile(u"images/a.jpg"_s, QByteArray(5000, 'j')));
        QVERIFY(zip.writeFile(u"Тексты/заметка.txt"_s, "ю"));
        QVERIFY(zip.close());
        QString error;
        const auto entries = ZipScanner::scan(bytes, &error);
        QVERIFY2(entries, qPrintable(error));
        QStringList names;
        for (const auto &e : *entries)
            names << e.name + (e.isDirectory ? u"/"_s : u""_s);
        QCOMPARE(names,
                 (QStringList { u"index.html"_s, u"images/"_s, u"images/a.jpg"_s,
                                u"Тексты/заметка.txt"_s }));
    }

    void refusesNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("absolute") << "/etc/passwd"_ba << u"absolute"_s;
        QTest::newRow("windows absolute") << "C:/Windows/x"_ba << u"absolute"_s;
        QTest::newRow("dot-dot") << "images/../../x"_ba << u"“..”"_s;
        QTest::newRow("dot-dot alone") << ".."_ba << u"“..”"_s;
        QTest::newRow("backslash") << "images\\..\\x"_ba << u"backslash"_s;
        QTest::newRow("invalid UTF-8") << "images/\xff\xfe.jpg"_ba << u"not valid UTF-8"_s;
        QTest::newRow("overlong UTF-8 slash") << "a\xc0\xaf"
                                                 "b"_ba
                                              << u"not valid UTF-8"_s;
        QTest::newRow("control character") << "a\nb"_ba << u"control character"_s;
        QTest::newRow("empty component") << "images//a"_ba << u"empty"_s;
        QTest::newRow("dot component") << "./a"_ba << u"empty or “.”"_s;
    }
    void refusesNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, reason);
        RawZip zip;
        zip.add(RawZip::stored("index.html", "x"));
        zip.add(RawZip::stored(name, "y"));
        const QString error = refusal(zip.bytes());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesEntries_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("symbolic link") << 0 << u"symbolic link"_s;
        QTest::newRow("character device") << 1 << u"not a regular file"_s;
        QTest::newRow("fifo") << 2 << u"not a regular file"_s;
        QTest::newRow("encrypted") << 3 << u"encrypted"_s;
        QTest::newRow("unknown method") << 4 << u"compression method"_s;
        QTest::newRow("zip64 size") << 5 << u"Zip64"_s;
        QTest::newRow("too large") << 6 << u"MB uncompressed"_s;
        QTest::newRow("ratio") << 7 << u"compressed more than 100"_s;
        QTest::newRow("duplicate") << 8 << u"occurs twice"_s;
        QTest::newRow("local name differs") << 9 << u"disagrees"_s;
        QTest::newRow("file used as folder") << 10 << u"also a file"_s;
        QTest::newRow("stored size lies") << 11 << u"disagrees with its size"_s;
    }
    void refusesEntries()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        RawZip zip;
        zip.add(RawZip::stored("index.html", "x"));
        RawZip::Options o = RawZip::stored("entry", "data");
        switch (which) {
        case 0:
            o.externalAttributes = 0120777u << 16;
            o.data = o.name = "link";
            break;
        case 1:
            o.externalAttributes = 0020644u << 16;
            break;
        case 2:
            o.externalAttributes = 0010644u << 16;
            break;
        case 3:
            o.flags = 1;
            break;
        case 4:
            o.method = 12; // bzip2
            break;
        case 5:
            o.size = 0xFFFFFFFF;
            break;
        case 6:
            o.size = quint32(BundleLimits::MaxEntrySize + 1);
            o.method = 8;
            break;
        case 7:
            o = RawZip::deflated("bomb", QByteArray(1024 * 1024, '\0'));
            break;
        case 8:
            o.name = "index.html";
            break;
        case 9:
            o.localName = "other";
            break;
        case 10:
            zip.add(RawZip::stored("images", "x"));
            o.name = "images/a.jpg";
            break;
        case 11:
            o.size = 100;
            break;
        }
        zip.add(o);
        const QString error = refusal(zip.bytes());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusesTooManyEntries()
    {
        RawZip zip;
        for (int i = 0; i <= BundleLimits::MaxEntries; ++i)
            zip.add(RawZip::stored("f" + QByteArray::number(i), "x"));
        QVERIFY(refusal(zip.bytes()).contains(u"1001 entries"_s));
        RawZip exactly;
        for (int i = 0; i < BundleLimits::MaxEntries; ++i)
            exactly.add(RawZip::stored("f" + QByteArray::number(i), "x"));
        QCOMPARE(refusal(exactly.bytes()), u"accepted"_s);
    }

    void refusesMoreThanTheTotal()
    {
        // Eleven entries of 48 MB each, compressed 96 : 1 (the scanner reads sizes, not data).
        RawZip zip;
        const qint64 each = 48LL * 1024 * 1024;
        for (int i = 0; i < 11; ++i) {
            RawZip::Options o;
            o.name = "part" + QByteArray::number(i);
            o.method = 8;
            o.size = quint32(each);
            o.data = QByteArray(int(each / 96), char('a' + i));
            zip.add(o);
        }
        const QString error = refusal(zip.bytes());
        QVERIFY2(error.contains(u"more than 500 MB"_s), qPrintable(error));
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a zip") << QByteArray(100, 'x');
        RawZip ok;
        ok.add(RawZip::stored("a", "b"));
        QTest::newRow("truncated") << ok.bytes().left(ok.bytes().size() - 5);
        QByteArray badOffset = ok.bytes();
        badOffset[badOffset.size() - 6] = char(0x7f);
        QTest::newRow("directory outside") << badOffset;
    }
    void refusesDamage()
    {
        QFETCH(QByteArray, zip);
        QVERIFY(refusal(zip) != u"accepted"_s);
    }
};

QTEST_MAIN(tst_ZipScanner)
#include "tst_ZipScanner.moc"
