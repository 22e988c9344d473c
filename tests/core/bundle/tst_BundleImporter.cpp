#include "article/CanonicalBody.h"
#include "bundle/BundleBuilder.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleLimits.h"
#include "bundle/BundleWriter.h"

#include "BundleTestSupport.h"

#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

namespace {

// Everything under a folder, with sizes: to show that a refused import changed nothing.
QStringList snapshot(const QString &path)
{
    QStringList out;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << it.filePath() + u' ' + QString::number(it.fileInfo().size());
    }
    out.sort();
    return out;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A PNG header claiming width × height pixels, with a correct IHDR checksum, and no pixels.
QByteArray pngHeader(quint32 width, quint32 height)
{
    auto be32 = [](quint32 v) {
        QByteArray b;
        b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
        return b;
    };
    const QByteArray ihdr
        = "IHDR"_ba + be32(width) + be32(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    // libpng reads up to the first IDAT chunk before it tells the size: give it one.
    const QByteArray idat = "IDAT"_ba + QByteArray(8, '\0');
    return "\x89PNG\r\n\x1a\n"_ba + be32(13) + ihdr + be32(ZipScanner::crc32(ihdr)) + be32(8) + idat
        + be32(ZipScanner::crc32(idat)) + be32(0) + "IEND"_ba + be32(ZipScanner::crc32("IEND"));
}

} // namespace

class tst_BundleImporter : public QObject
{
    Q_OBJECT

    KeyPair m_key;
    BundleFiles m_bundle;
    Article m_article;

    QString refusal(const QString &path)
    {
        const QString parent = QFileInfo(path).absolutePath();
        const QStringList before = snapshot(parent);
        QString error;
        const auto result = BundleImporter::importPath(path, &error);
        if (result)
            return u"imported"_s;
        if (snapshot(parent) != before)
            return u"the import changed the file system"_s;
        return error;
    }

    QString zipOf(const QString &dir, const RawZip &zip)
    {
        const QString path = dir + u"/hostile.zip"_s;
        writeFile(path, zip.bytes());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = makeKeyPair();
        m_article = cyrillicArticle();
        m_bundle = *BundleBuilder::build(request(m_article, m_key), nullptr);
    }

    void importsOurBundle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("directory") << u"slug"_s;
        QTest::newRow("zip") << u"slug.zip"_s;
    }
    void importsOurBundle()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(BundleWriter::write(m_bundle, dir.filePath(name), nullptr));
        QString error;
        const auto result = BundleImporter::importPath(dir.filePath(name), &error);
        QVERIFY2(result, qPrintable(error));
        const Article &a = result->article;
        QVERIFY(a.id != m_article.id); // a new draft
        QCOMPARE(a.status, ArticleStatus::Draft);
        QCOMPARE(a.meta.headline, m_article.meta.headline);
        QCOMPARE(a.meta.lead, m_article.meta.lead);
        QCOMPARE(a.meta.byline, m_article.meta.byline);
        QCOMPARE(a.meta.section, m_article.meta.section);
        QCOMPARE(a.meta.tags, m_article.meta.tags);
        QCOMPARE(a.meta.dateline, m_article.meta.dateline);
        QCOMPARE(a.meta.language, m_article.meta.language);
        QCOMPARE(a.meta.source, m_article.meta.source);
        QCOMPARE(a.meta.slug, m_article.meta.slug);
        QCOMPARE(a.meta.seoDescription, m_article.meta.seoDescription);
        QVERIFY(a.meta.editorsNote.isEmpty()); // never exported
        QCOMPARE(a.images.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(a.images.at(i).data, m_article.images.at(i).data); // the originals
            QCOMPARE(a.images.at(i).caption, m_article.images.at(i).caption);
            QCOMPARE(a.images.at(i).altText, m_article.images.at(i).altText);
            QCOMPARE(a.images.at(i).credit, m_article.images.at(i).credit);
            QCOMPARE(a.images.at(i).pixelSize, m_article.images.at(i).pixelSize);
        }
        QCOMPARE(a.meta.featuredImage, a.images.at(0).id);
        // The body is canonical, refers to the new image ids, and reads as before.
        QVERIFY(CanonicalBody::isCanonical(a.body));
        QVERIFY2(a.body.contains(u"image:"_s + a.images.at(1).id.toString(QUuid::WithoutBraces)),
                 qPrintable(a.body));
        QCOMPARE(CanonicalBody::plainText(a.body),
                 CanonicalBody::plainText(CanonicalBody::sanitise(m_article.body)));
    }

    void importsTheIptcExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("headline");
        QTest::newRow("002") << u"002_renditions_example.json"_s << u""_s;
        QTest::newRow("003")
            << u"003_associations_example.json"_s
            << u"Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations"_s;
        QTest::newRow("004") << u"004_simple_text_article.json"_s << u"*"_s;
        QTest::newRow("005") << u"005_complex_text_article.json"_s
                             << u"Captain of wrecked cruise ship on trial in Italy"_s;
    }
    void importsTheIptcExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, headline);
        QString error;
        const auto result = BundleImporter::importPath(
            QStringLiteral(NEWSROOM_SHARED_DIR "/spec/ninjs-examples/") + file, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(!result->article.meta.headline.isEmpty());
        if (headline != u"*" && !headline.isEmpty())
            QCOMPARE(result->article.meta.headline, headline);
        QVERIFY(CanonicalBody::isCanonical(result->article.body));
        if (file.startsWith(u"005"_s)) {
            QCOMPARE(result->article.meta.byline,
                     QStringList { u"Paulo Santalucia and Frances d'Emilio"_s });
            QCOMPARE(result->article.meta.dateline, u"Grossetto, Italy"_s);
            QCOMPARE(result->article.meta.language, u"en"_s);
            QVERIFY(result->article.body.startsWith(u"<p>GROSSETO, Italy (AP)"_s));
            QVERIFY(result->notes.join(u' ').contains(u"people"_s));
        }
        if (file.startsWith(u"003"_s)) // remote pictures are never fetched
            QVERIFY(result->article.images.isEmpty());
    }

    void hostileHtmlInABodyIsSanitised()
    {
        const QString body = u"<p onclick=\"x()\">ok<script>alert(1)</script>"
                             "<a href=\"javascript:alert(1)\">l</a>"
                             "<img src=\"http://evil/x.png\" onerror=\"alert(1)\"></p>"_s;
        const QByteArray json
            = QJsonDocument(QJsonObject {
                                { u"uri"_s, u"urn:x"_s },
                                { u"headlines"_s,
                                  QJsonArray { QJsonObject { { u"role"_s, u"main"_s },
                                                             { u"value"_s, u"H"_s } } } },
                                { u"bodies"_s,
                                  QJsonArray { QJsonObject { { u"contentType"_s, u"text/html"_s },
                                                             { u"value"_s, body } } } },
                            })
                  .toJson();
        QString error;
        const auto result = BundleImporter::importNinjs(json, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(CanonicalBody::isCanonical(result->article.body));
        QVERIFY(!result->article.body.contains(u"script"_s));
        QVERIFY(!result->article.body.contains(u"javascript"_s));
        QVERIFY(!result->article.body.contains(u"onclick"_s));
        QVERIFY(!result->article.body.contains(u"evil"_s));
        QVERIFY(result->article.body.contains(u"ok"_s));
        QVERIFY(!result->notes.isEmpty());
    }

    // Each refusal the issue lists, each through the public entry point, each changing nothing.

    void refusesAbsolutePaths()
    {
        QTemporaryDir dir;
        RawZip zip;
        zip.add(RawZip::stored("/tmp/evil", "x"));
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"absolute path"_s));
    }

    void refusesDotDot()
    {
        QTemporaryDir dir;
        RawZip zip;
        zip.add(RawZip::stored("images/../../evil", "x"));
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"“..”"_s));
    }

    void refusesSymlinksInAZip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"links.zip"_s);
        {
            KZip zip(path);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            for (const BundleFile &f : std::as_const(m_bundle))
                QVERIFY(zip.writeFile(f.path, f.data));
            QVERIFY(zip.writeSymLink(u"images/passwd"_s, u"/etc/passwd"_s));
            QVERIFY(zip.close());
        }
        QVERIFY(refusal(path).contains(u"symbolic link"_s));
    }

    void refusesSymlinksAndOtherEntriesInADirectory()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"slug"_s);
        QVERIFY(BundleWriter::write(m_bundle, bundle, nullptr));
        QVERIFY(QFile::link(u"/etc/passwd"_s, bundle + u"/images/passwd"_s));
        QVERIFY(refusal(bundle).contains(u"symbolic link"_s));
        QVERIFY(QFile::remove(bundle + u"/images/passwd"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(bundle + u"/pipe"_s).constData(), 0600), 0);
        QVERIFY(refusal(bundle).contains(u"not a regular file"_s));
    }

    void refusesNamesThatAreNotUtf8()
    {
        QTemporaryDir dir;
        RawZip zip;
        zip.add(RawZip::stored("images/\xff\xfe.jpg", "x"));
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"not valid UTF-8"_s));
        // The same in a directory, with the raw bytes in the file name.
        const QString bundle = dir.filePath(u"slug"_s);
        QVERIFY(BundleWriter::write(m_bundle, bundle, nullptr));
        const QByteArray raw = QFile::encodeName(bundle) + "/\xff\xfe.txt";
        FILE *f = std::fopen(raw.constData(), "w");
        QVERIFY(f);
        std::fclose(f);
        QVERIFY(refusal(bundle).contains(u"not valid UTF-8"_s));
        QCOMPARE(::unlink(raw.constData()), 0); // QTemporaryDir cannot name it to remove it
    }

    void refusesTooManyEntries()
    {
        QTemporaryDir dir;
        RawZip zip;
        for (int i = 0; i <= BundleLimits::MaxEntries; ++i)
            zip.add(RawZip::stored("f" + QByteArray::number(i), "x"));
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"1001 entries"_s));
    }

    void refusesALargeEntry()
    {
        QTemporaryDir dir;
        RawZip zip;
        RawZip::Options o = RawZip::deflated("index.html", QByteArray(1000, 'x'));
        o.size = quint32(BundleLimits::MaxEntrySize + 1); // declared 50 MB + 1 byte
        zip.add(o);
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"at most 50 MB"_s));
    }

    void refusesALargeTotal()
    {
        QTemporaryDir dir;
        RawZip zip;
        for (int i = 0; i < 11; ++i) {
            RawZip::Options o;
            o.name = "part" + QByteArray::number(i);
            o.method = 8;
            o.size = quint32(48 * 1024 * 1024);
            o.data = QByteArray(48 * 1024 * 1024 / 96, 'z');
            zip.add(o);
        }
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"more than 500 MB"_s));
    }

    void refusesAHighCompressionRatio()
    {
        QTemporaryDir dir;
        RawZip zip;
        zip.add(RawZip::deflated("article.json", QByteArray(2 * 1024 * 1024, ' ')));
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"compressed more than 100"_s));
    }

    void refusesAnEntryLargerThanDeclared()
    {
        // The central directory says 100 bytes; the data inflates to far more.
        QTemporaryDir dir;
        RawZip zip;
        RawZip::Options o = RawZip::deflated("index.html", QByteArray(20000, 'a') + "b");
        o.size = 100;
        zip.add(o);
        QVERIFY(refusal(zipOf(dir.path(), zip)).contains(u"larger than its declared size"_s));
    }

    void refusesAnImageBeyondTheAllocationLimit()
    {
        QTemporaryDir dir;
        BundleFiles files = m_bundle;
        const QByteArray huge = pngHeader(30000, 30000); // 3.6 GB of pixels, 57 bytes of file
        const QString path = u"images/huge.png"_s;
        fileIn(files, path) = huge;
        QJsonObject ninjs = QJsonDocument::fromJson(fileIn(files, u"article.json"_s)).object();
        QJsonArray assoc = ninjs.value(u"associations"_s).toArray();
        assoc.append(QJsonObject {
            { u"name"_s, u"huge"_s },
            { u"uri"_s, u"urn:uuid:6f1c1b1e-0000-4000-8000-000000000001"_s },
            { u"type"_s, u"picture"_s },
            { u"renditions"_s,
              QJsonArray { QJsonObject { { u"name"_s, u"original"_s },
                                         { u"href"_s, path },
                                         { u"contentType"_s, u"image/png"_s } } } },
        });
        ninjs.insert(u"associations"_s, assoc);
        fileIn(files, u"article.json"_s) = QJsonDocument(ninjs).toJson();
        resign(files, m_key.secretKey); // a consistent, signed bundle: only the image is wrong
        QVERIFY(BundleWriter::write(files, dir.filePath(u"slug.zip"_s), nullptr));
        const QString why = refusal(dir.filePath(u"slug.zip"_s));
        QVERIFY2(why.contains(u"30000 × 30000"_s), qPrintable(why));
    }

    void refusesJsonNestedDeeperThan64()
    {
        QTemporaryDir dir;
        // A plain ninjs file: 65 levels.
        const QByteArray deep
            = "{\"uri\":\"x\",\"a\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}";
        writeFile(dir.filePath(u"deep.json"_s), deep);
        QVERIFY(refusal(dir.filePath(u"deep.json"_s)).contains(u"deeper than 64"_s));
        // 64 levels are fine.
        const QByteArray ok = "{\"uri\":\"x\",\"headlines\":[{\"value\":\"h\"}],\"a\":"
            + QByteArray(62, '[') + QByteArray(62, ']') + "}";
        writeFile(dir.filePath(u"ok.json"_s), ok);
        QCOMPARE(refusal(dir.filePath(u"ok.json"_s)), u"imported"_s);
        // Inside a signed bundle.
        BundleFiles files = m_bundle;
        QByteArray &json = fileIn(files, u"article.json"_s);
        json.insert(json.lastIndexOf('}'), ",\"x\":" + QByteArray(70, '[') + QByteArray(70, ']'));
        resign(files, m_key.secretKey);
        QVERIFY(BundleWriter::write(files, dir.filePath(u"slug"_s), nullptr));
        QVERIFY(refusal(dir.filePath(u"slug"_s)).contains(u"deeper than 64"_s));
    }

    void refusesManifestHashesThatDoNotMatch()
    {
        QTemporaryDir dir;
        BundleFiles files = m_bundle;
        fileIn(files, u"index.html"_s).replace("Копыле", "Минске");
        QVERIFY(BundleWriter::write(files, dir.filePath(u"slug.zip"_s), nullptr));
        const QString why = refusal(dir.filePath(u"slug.zip"_s));
        QVERIFY2(why.contains(u"index.html has been changed"_s), qPrintable(why));
    }

    void refusesWhatIsNeitherBundleNorNinjs()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"notes.txt"_s), "hello");
        QVERIFY(refusal(dir.filePath(u"notes.txt"_s)).contains(u"neither"_s));
        writeFile(dir.filePath(u"broken.json"_s), "{\"uri\": ");
        QVERIFY(refusal(dir.filePath(u"broken.json"_s)).contains(u"not valid JSON"_s));
        QVERIFY(refusal(dir.filePath(u"missing"_s)).contains(u"does not exist"_s));
    }
};

QTEST_MAIN(tst_BundleImporter)
#include "tst_BundleImporter.moc"
