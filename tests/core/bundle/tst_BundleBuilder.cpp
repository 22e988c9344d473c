#include "bundle/BundleBuilder.h"
#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"

#include "BundleTestSupport.h"
#include "NewsroomVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_BundleBuilder : public QObject
{
    Q_OBJECT

    static QByteArray file(const BundleFiles &files, const QString &path)
    {
        for (const BundleFile &f : files) {
            if (f.path == path)
                return f.data;
        }
        return {};
    }

private Q_SLOTS:
    void buildsACompleteSignedBundle()
    {
        const KeyPair olga = makeKeyPair();
        const Article article = cyrillicArticle();
        const BundleRequest req = request(article, olga);
        QString error;
        const auto files = BundleBuilder::build(req, &error);
        QVERIFY2(files, qPrintable(error));

        QStringList paths;
        for (const BundleFile &f : *files)
            paths << f.path;
        // index.html, stylesheet, ninjs, 1600 px JPEG with 1200 and 600 renditions, 800 px PNG
        // with a 600 rendition, manifest and signature.
        QCOMPARE(paths.size(), 3 + 3 + 2 + 2);
        QCOMPARE(paths.first(), u"index.html"_s);
        QVERIFY(paths.contains(u"article.css"_s));
        QVERIFY(paths.contains(u"article.json"_s));
        QCOMPARE(paths.at(paths.size() - 2), BundleManifest::FileName);
        QCOMPARE(paths.last(), BundleManifest::SignatureFileName);
        QVERIFY(!file(*files, u"article.css"_s).isEmpty());

        const auto manifest
            = BundleManifest::fromJson(file(*files, BundleManifest::FileName), &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->files.size(), paths.size() - 2);
        for (const BundleManifest::Entry &entry : manifest->files)
            QCOMPARE(entry, BundleManifest::entryFor(entry.path, file(*files, entry.path)));
        QCOMPARE(manifest->contentHash, req.contentHash);
        QCOMPARE(manifest->approval, req.approval);
        QCOMPARE(manifest->auditHead, req.auditHead);
        QCOMPARE(manifest->generatorVersion, QStringLiteral(NEWSROOM_VERSION_STRING));
        QCOMPARE(manifest->articleId, article.id);
        QCOMPARE(manifest->slug, article.meta.slug);
        QVERIFY(!manifest->embargoed);

        const auto sig
            = Minisign::parseSignature(file(*files, BundleManifest::SignatureFileName), &error);
        QVERIFY2(sig, qPrintable(error));
        QCOMPARE(sig->algorithm, "ED"_ba);
        QCOMPARE(Minisign::verify(file(*files, BundleManifest::FileName), *sig,
                                  Minisign::publicKeyFromRaw(olga.publicKey)),
                 Minisign::Verdict::Valid);
        QVERIFY(sig->trustedComment.contains("supervisor:olga"));

        // The editor's note is internal.
        for (const BundleFile &f : *files)
            QVERIFY(!f.data.contains(article.meta.editorsNote.toUtf8()));
    }

    void imagesAreNamedByContentHash()
    {
        const auto files = BundleBuilder::build(request(cyrillicArticle(), makeKeyPair()), nullptr);
        QVERIFY(files);
        for (const BundleFile &f : *files) {
            if (!f.path.startsWith(u"images/"_s))
                continue;
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex());
            QCOMPARE(f.path.section(u'/', 1).section(u'.', 0, 0), hash);
        }
    }

    void embargoedBundleIsWithheld()
    {
        Article article = latinArticle();
        BundleRequest req = request(article, makeKeyPair());
        req.article.meta.embargo = req.exportedAt.addDays(1);
        req.embargoed = true;
        const auto files = BundleBuilder::build(req, nullptr);
        QVERIFY(files);
        const QJsonObject ninjs = QJsonDocument::fromJson(file(*files, u"article.json"_s)).object();
        QCOMPARE(ninjs.value(u"pubStatus"_s).toString(), u"withheld"_s);
        QCOMPARE(ninjs.value(u"embargoedUntil"_s).toString(),
                 req.article.meta.embargo.toString(Qt::ISODate));
        QVERIFY(
            BundleManifest::fromJson(file(*files, BundleManifest::FileName), nullptr)->embargoed);

        // Without the explicit request, or once the embargo has passed, it is a usable bundle.
        req.embargoed = false;
        QCOMPARE(
            QJsonDocument::fromJson(file(*BundleBuilder::build(req, nullptr), u"article.json"_s))
                .object()
                .value(u"pubStatus"_s)
                .toString(),
            u"usable"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("another supervisor's key") << 0;
        QTest::newRow("approval covers other content") << 1;
        QTest::newRow("not a key") << 2;
        QTest::newRow("broken image") << 3;
    }
    void refusals()
    {
        QFETCH(int, which);
        BundleRequest req = request(cyrillicArticle(), makeKeyPair());
        switch (which) {
        case 0:
            req.signingKey = makeKeyPair().secretKey;
            break;
        case 1:
            req.approval.contentHash = QString(64, u'0');
            break;
        case 2:
            req.signingKey = "short"_ba;
            break;
        case 3:
            req.article.images[0].data = "GIF89a... not really"_ba;
            break;
        }
        QString error;
        QVERIFY(!BundleBuilder::build(req, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_BundleBuilder)
#include "tst_BundleBuilder.moc"
