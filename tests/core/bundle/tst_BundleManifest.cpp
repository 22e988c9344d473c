#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"

#include "BundleTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_BundleManifest : public QObject
{
    Q_OBJECT

    static BundleManifest sample()
    {
        BundleManifest m;
        m.generatorVersion = u"0.1.0"_s;
        m.exportedAt = QDateTime(QDate(2025, 3, 5), QTime(12, 0), QTimeZone::UTC);
        m.articleId = QUuid::createUuid();
        m.articleVersion = 7;
        m.slug = u"v-kopyle"_s;
        m.contentHash = QString(64, u'c');
        m.embargoed = true;
        m.approval = { u"olga"_s,
                       QDateTime(QDate(2025, 3, 5), QTime(11, 0, 0, 123), QTimeZone::UTC),
                       7,
                       makeKeyPair().publicKey,
                       QByteArray(64, 's'),
                       QString(64, u'c') };
        m.auditHead = { 1234, QByteArray(32, '\xab') };
        m.files = { BundleManifest::entryFor(u"index.html"_s, "<p>x</p>"),
                    BundleManifest::entryFor(u"images/a.jpg"_s, "jpeg") };
        return m;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const BundleManifest m = sample();
        QString error;
        const auto back = BundleManifest::fromJson(m.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, m);
        QCOMPARE(back->approval.approvedAt.time().msec(), 123);
    }

    void carriesAMinisignKeyLine()
    {
        const BundleManifest m = sample();
        const QJsonObject approval
            = QJsonDocument::fromJson(m.toJson()).object().value(u"approval"_s).toObject();
        const auto key = Minisign::parsePublicKey(
            approval.value(u"minisignPublicKey"_s).toString().toLatin1(), nullptr);
        QVERIFY(key);
        QCOMPARE(key->key, m.approval.publicKey);
    }

    void entryFor()
    {
        const auto e = BundleManifest::entryFor(u"a"_s, "abc");
        QCOMPARE(e.size, 3);
        QCOMPARE(e.sha256, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void refusesBadStructure_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << u"format"_s << QJsonValue(u"zip"_s) << u"format"_s;
        QTest::newRow("newer version") << u"formatVersion"_s << QJsonValue(2) << u"version 2"_s;
        QTest::newRow("files not an array") << u"files"_s << QJsonValue(u"x"_s) << u"files"_s;
        QTest::newRow("no approval") << u"approval"_s << QJsonValue() << u"approval"_s;
        QTest::newRow("bad time") << u"exportedAt"_s << QJsonValue(u"yesterday"_s)
                                  << u"exportedAt"_s;
    }
    void refusesBadStructure()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject o = QJsonDocument::fromJson(sample().toJson()).object();
        if (value.isNull())
            o.remove(member);
        else
            o.insert(member, value);
        QString error;
        QVERIFY(!BundleManifest::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void refusesBadHashesAndKeys()
    {
        QJsonObject o = QJsonDocument::fromJson(sample().toJson()).object();
        QJsonObject approval = o.value(u"approval"_s).toObject();
        approval.insert(u"publicKey"_s, u"c2hvcnQ="_s);
        o.insert(u"approval"_s, approval);
        QString error;
        QVERIFY(!BundleManifest::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY(error.contains(u"publicKey"_s));
        o = QJsonDocument::fromJson(sample().toJson()).object();
        QJsonObject article = o.value(u"article"_s).toObject();
        article.insert(u"contentHash"_s, u"XYZ"_s);
        o.insert(u"article"_s, article);
        QVERIFY(!BundleManifest::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY(error.contains(u"contentHash"_s));
    }

    void signatureNamesTheManifest()
    {
        const KeyPair k = makeKeyPair();
        const QByteArray json = sample().toJson();
        const QByteArray sig = BundleManifest::sign(json, k.secretKey, u"olga\nadmin"_s,
                                                    QDateTime::fromSecsSinceEpoch(1741168800));
        const auto parsed = Minisign::parseSignature(sig, nullptr);
        QVERIFY(parsed);
        QVERIFY(parsed->trustedComment.startsWith(
            "timestamp:1741168800\tfile:manifest.json\thashed\tsha256:"));
        QVERIFY(parsed->trustedComment.endsWith("\tsupervisor:olga admin"));
        QCOMPARE(Minisign::verify(json, *parsed, Minisign::publicKeyFromRaw(k.publicKey)),
                 Minisign::Verdict::Valid);
        QVERIFY(BundleManifest::sign(json, "bad"_ba, u"x"_s, QDateTime::currentDateTimeUtc())
                    .isEmpty());
    }
};

QTEST_MAIN(tst_BundleManifest)
#include "tst_BundleManifest.moc"
