#include "workflow/SigningKeys.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SigningKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesDistinctKeysOfTheRightSize()
    {
        const SigningKeyPair a = SigningKeys::generate();
        const SigningKeyPair b = SigningKeys::generate();
        QCOMPARE(a.publicKey.size(), 32);
        QCOMPARE(a.secretKey.size(), 64);
        QVERIFY(a.publicKey != b.publicKey);
        QVERIFY(a.secretKey != b.secretKey);
        // libsodium's secret key carries the public key in its second half.
        QCOMPARE(a.secretKey.mid(32), a.publicKey);
    }

    void signatureVerifiesWithThePublicKey()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray content
            = u"Урожай-2024: в Копыльском районе убрано 80% зерновых"_s.toUtf8();
        const QByteArray signature = SigningKeys::sign(content, pair.secretKey);
        QCOMPARE(signature.size(), 64);
        QVERIFY(SigningKeys::verify(content, signature, pair.publicKey));
    }

    void oneChangedByteOfContentBreaksTheSignature_data()
    {
        QTest::addColumn<int>("position");
        for (int p : { 0, 1, 17, 40, 63 })
            QTest::addRow("byte %d", p) << p;
    }

    void oneChangedByteOfContentBreaksTheSignature()
    {
        QFETCH(int, position);
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray content = QByteArray("0123456789abcdef").repeated(4);
        const QByteArray signature = SigningKeys::sign(content, pair.secretKey);
        QByteArray changed = content;
        changed[position] = char(changed.at(position) ^ 0x01);
        QVERIFY(SigningKeys::verify(content, signature, pair.publicKey));
        QVERIFY(!SigningKeys::verify(changed, signature, pair.publicKey));
        QVERIFY(!SigningKeys::verify(content + ' ', signature, pair.publicKey));
        QVERIFY(!SigningKeys::verify(content.chopped(1), signature, pair.publicKey));
    }

    void anotherKeyOrAChangedSignatureFails()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        const SigningKeyPair other = SigningKeys::generate();
        const QByteArray content = "approved content";
        QByteArray signature = SigningKeys::sign(content, pair.secretKey);
        QVERIFY(!SigningKeys::verify(content, signature, other.publicKey));
        signature[10] = char(signature.at(10) ^ 0x80);
        QVERIFY(!SigningKeys::verify(content, signature, pair.publicKey));
    }

    void malformedInputIsRefused()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        QVERIFY(SigningKeys::sign("x", pair.secretKey.left(32)).isEmpty());
        QVERIFY(SigningKeys::sign("x", {}).isEmpty());
        const QByteArray signature = SigningKeys::sign("x", pair.secretKey);
        QVERIFY(!SigningKeys::verify("x", signature.left(63), pair.publicKey));
        QVERIFY(!SigningKeys::verify("x", signature, pair.publicKey.left(31)));
        QVERIFY(!SigningKeys::verify("x", {}, {}));
    }

    void fingerprintIsShortGroupedHex()
    {
        const SigningKeyPair a = SigningKeys::generate();
        const SigningKeyPair b = SigningKeys::generate();
        const QString fa = SigningKeys::fingerprint(a.publicKey);
        QVERIFY(QRegularExpression(u"^([0-9a-f]{4} ){7}[0-9a-f]{4}$"_s).match(fa).hasMatch());
        QCOMPARE(SigningKeys::fingerprint(a.publicKey), fa);
        QVERIFY(SigningKeys::fingerprint(b.publicKey) != fa);
    }
};

QTEST_MAIN(tst_SigningKeys)
#include "tst_SigningKeys.moc"
