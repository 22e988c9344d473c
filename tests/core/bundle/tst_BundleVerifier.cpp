#include "bundle/BundleBuilder.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"

#include "BundleTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

using Problem = BundleVerifier::Problem;

class tst_BundleVerifier : public QObject
{
    Q_OBJECT

    KeyPair m_olga;
    KeyPair m_pavel; // another supervisor
    BundleFiles m_bundle;

    static QString describe(const BundleVerifier::Report &report)
    {
        QStringList lines;
        for (const auto &f : report.findings)
            lines << QString::number(int(f.problem)) + u": "_s + f.message;
        return lines.join(u'\n');
    }

    static bool onlyProblem(const BundleVerifier::Report &report, Problem problem)
    {
        if (report.findings.isEmpty())
            return false;
        for (const auto &f : report.findings) {
            if (f.problem != problem)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_olga = makeKeyPair();
        m_pavel = makeKeyPair();
        const auto files = BundleBuilder::build(request(cyrillicArticle(), m_olga), nullptr);
        QVERIFY(files);
        m_bundle = *files;
    }

    void aFreshBundleVerifies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("directory") << u"slug"_s;
        QTest::newRow("zip") << u"slug.zip"_s;
    }
    void aFreshBundleVerifies()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(BundleWriter::write(m_bundle, dir.filePath(name), nullptr));
        const auto withoutKey = BundleVerifier::verifyPath(dir.filePath(name));
        QVERIFY2(withoutKey.ok(), qPrintable(describe(withoutKey)));
        const auto withKey = BundleVerifier::verifyPath(
            dir.filePath(name), Minisign::publicKeyFromRaw(m_olga.publicKey));
        QVERIFY2(withKey.ok(), qPrintable(describe(withKey)));
        QVERIFY(withKey.manifest);
        QCOMPARE(withKey.manifest->approval.supervisor, u"olga"_s);
    }

    void oneChangedByteInAnyFileIsFound()
    {
        int checked = 0;
        for (const BundleFile &f : std::as_const(m_bundle)) {
            if (f.path == BundleManifest::FileName || f.path == BundleManifest::SignatureFileName)
                continue;
            for (const qsizetype at : { qsizetype(0), f.data.size() / 2, f.data.size() - 1 }) {
                BundleFiles files = m_bundle;
                QByteArray &data = fileIn(files, f.path);
                data[at] = char(data[at] ^ 0x01);
                const auto report = BundleVerifier::verify(files);
                QVERIFY2(report.has(Problem::FileChanged),
                         qPrintable(f.path + u": "_s + describe(report)));
                QVERIFY2(report.findings.first().message.contains(f.path),
                         qPrintable(describe(report)));
                ++checked;
            }
        }
        QVERIFY(checked >= 3 * 6);
    }

    void everyChangedByteOfTheManifestIsFound()
    {
        const QByteArray manifest = fileIn(m_bundle, BundleManifest::FileName);
        for (qsizetype at = 0; at < manifest.size(); ++at) {
            BundleFiles files = m_bundle;
            QByteArray &data = fileIn(files, BundleManifest::FileName);
            data[at] = char(data[at] ^ 0x01);
            for (const bool withKey : { false, true }) {
                const auto report = BundleVerifier::verify(
                    files,
                    withKey ? std::optional(Minisign::publicKeyFromRaw(m_olga.publicKey))
                            : std::nullopt);
                if (!onlyProblem(report, Problem::ManifestChanged))
                    QFAIL(qPrintable(u"byte %1 of %2 (key given: %3): "_s.arg(at)
                                         .arg(manifest.size())
                                         .arg(withKey)
                                     + describe(report)));
            }
        }
    }

    void everyChangedByteOfTheSignatureIsFound()
    {
        const QByteArray signature = fileIn(m_bundle, BundleManifest::SignatureFileName);
        for (qsizetype at = 0; at < signature.size(); ++at) {
            BundleFiles files = m_bundle;
            QByteArray &data = fileIn(files, BundleManifest::SignatureFileName);
            data[at] = char(data[at] ^ 0x01);
            for (const bool withKey : { false, true }) {
                const auto report = BundleVerifier::verify(
                    files,
                    withKey ? std::optional(Minisign::publicKeyFromRaw(m_olga.publicKey))
                            : std::nullopt);
                if (!onlyProblem(report, Problem::SignatureChanged))
                    QFAIL(qPrintable(u"byte %1 of %2 (key given: %3): "_s.arg(at)
                                         .arg(signature.size())
                                         .arg(withKey)
                                     + describe(report)));
            }
        }
    }

    void anotherSupervisorsKeyIsTheWrongKey()
    {
        const auto report
            = BundleVerifier::verify(m_bundle, Minisign::publicKeyFromRaw(m_pavel.publicKey));
        QVERIFY2(onlyProblem(report, Problem::WrongKey), qPrintable(describe(report)));
        QVERIFY(report.findings.first().message.contains(u"olga"_s));
    }

    void aBundleReSignedByAnotherKeyIsTheWrongKey()
    {
        // Pavel rewrites the bundle as if he had approved it.
        BundleFiles files = m_bundle;
        fileIn(files, u"index.html"_s).replace("Копыле", "Минске");
        resign(files, m_pavel.secretKey,
               [&](BundleManifest &m) { m.approval.publicKey = m_pavel.publicKey; });
        const auto report
            = BundleVerifier::verify(files, Minisign::publicKeyFromRaw(m_olga.publicKey));
        QVERIFY2(onlyProblem(report, Problem::WrongKey), qPrintable(describe(report)));
        // Without a key, Olga's approval signature still gives him away…
        QVERIFY(onlyProblem(BundleVerifier::verify(files), Problem::ApprovalMismatch));
        // …unless he signs the approval too: then only a key tells who approved it.
        resign(files, m_pavel.secretKey, [&](BundleManifest &m) {
            m.approval.supervisor = u"pavel"_s;
            m.approval.signature
                = ApprovalSignature::sign({ m.articleId, m.approval.articleVersion,
                                            QByteArray::fromHex(m.approval.contentHash.toLatin1()),
                                            m.approval.supervisor, m.approval.approvedAt },
                                          m_pavel.secretKey);
        });
        QVERIFY(BundleVerifier::verify(files).ok());
        QVERIFY(
            onlyProblem(BundleVerifier::verify(files, Minisign::publicKeyFromRaw(m_olga.publicKey)),
                        Problem::WrongKey));
    }

    void missingAndExtraFiles()
    {
        BundleFiles files = m_bundle;
        files.removeIf([](const BundleFile &f) { return f.path == u"article.css"; });
        files.append({ u"images/extra.jpg"_s, "x" });
        const auto report = BundleVerifier::verify(files);
        QVERIFY(report.has(Problem::FileMissing));
        QVERIFY(report.has(Problem::UnexpectedFile));
        QCOMPARE(report.findings.size(), 2);
    }

    void approvalMustCoverTheContent()
    {
        BundleFiles files = m_bundle;
        resign(files, m_olga.secretKey,
               [](BundleManifest &m) { m.approval.contentHash = QString(64, u'f'); });
        const auto report = BundleVerifier::verify(files);
        QVERIFY2(onlyProblem(report, Problem::ApprovalMismatch), qPrintable(describe(report)));

        // The approval's own signature (workflow/ApprovalSignature) is checked too: an approval
        // moved to another version of the article does not verify.
        BundleFiles moved = m_bundle;
        resign(moved, m_olga.secretKey, [](BundleManifest &m) { ++m.approval.articleVersion; });
        const auto movedReport = BundleVerifier::verify(moved);
        QVERIFY2(onlyProblem(movedReport, Problem::ApprovalMismatch),
                 qPrintable(describe(movedReport)));
        QVERIFY(movedReport.findings.first().message.contains(u"does not verify"_s));
    }

    void articleJsonMustBeNinjs()
    {
        BundleFiles files = m_bundle;
        QJsonObject o = QJsonDocument::fromJson(fileIn(files, u"article.json"_s)).object();
        o.remove(u"uri"_s);
        o.insert(u"pubStatus"_s, u"maybe"_s);
        fileIn(files, u"article.json"_s) = QJsonDocument(o).toJson();
        resign(files, m_olga.secretKey);
        const auto report = BundleVerifier::verify(files);
        QVERIFY2(onlyProblem(report, Problem::SchemaInvalid), qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 2);
    }

    void notABundle()
    {
        QVERIFY(BundleVerifier::verify({ { u"index.html"_s, "x" } }).has(Problem::Unreadable));
        BundleFiles files = m_bundle;
        files.removeIf(
            [](const BundleFile &f) { return f.path == BundleManifest::SignatureFileName; });
        QVERIFY(onlyProblem(BundleVerifier::verify(files), Problem::SignatureMissing));
        QTemporaryDir dir;
        QVERIFY(
            BundleVerifier::verifyPath(dir.filePath(u"nothing.zip"_s)).has(Problem::Unreadable));
    }
};

QTEST_MAIN(tst_BundleVerifier)
#include "tst_BundleVerifier.moc"
