#include "bundle/Minisign.h"

#include "BundleTestSupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

class tst_Minisign : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(NEWSROOM_SOURCE_DIR "/tests/core/bundle/data/minisign/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return f.readAll();
    }

    // minisign's unencrypted secret key file (-W): "Ed", kdf "\0\0", "B2", salt[32], opslimit[8],
    // memlimit[8], then key id[8], the Ed25519 secret key[64] and a checksum[32].
    static std::pair<QByteArray, QByteArray> minisignSecretKey()
    {
        const QByteArray raw
            = QByteArray::fromBase64(fixture(u"test.key"_s).split('\n').at(1).trimmed());
        return { raw.mid(54, 8), raw.mid(62, 64) };
    }

private Q_SLOTS:
    void readsSignaturesMadeByMinisign_data()
    {
        QTest::addColumn<QString>("signatureFile");
        QTest::newRow("prehashed ED") << u"message.txt.minisig"_s;
        QTest::newRow("legacy Ed") << u"message.txt.legacy.minisig"_s;
    }
    void readsSignaturesMadeByMinisign()
    {
        QFETCH(QString, signatureFile);
        QString error;
        const auto key = Minisign::parsePublicKey(fixture(u"test.pub"_s), &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(Minisign::keyIdText(key->keyId), u"4B1978994C271475"_s);
        const auto sig = Minisign::parseSignature(fixture(signatureFile), &error);
        QVERIFY2(sig, qPrintable(error));
        const QByteArray message = fixture(u"message.txt"_s);
        QCOMPARE(Minisign::verify(message, *sig, *key), Minisign::Verdict::Valid);
        QCOMPARE(Minisign::verify(message + "!", *sig, *key), Minisign::Verdict::MessageModified);
    }

    void writesWhatMinisignWrites()
    {
        // Ed25519 is deterministic: the same key, message and comments give the same lines.
        const auto [keyId, secretKey] = minisignSecretKey();
        const QByteArray expected = fixture(u"message.txt.minisig"_s);
        const QByteArray ours = Minisign::sign(fixture(u"message.txt"_s), secretKey, keyId,
                                               "timestamp:1741168800\tfile:message.txt\thashed"_ba,
                                               "signature from minisign secret key"_ba);
        QCOMPARE(ours, expected);
        const auto key = Minisign::parsePublicKey(fixture(u"test.pub"_s), nullptr);
        QVERIFY(key);
        QCOMPARE(Minisign::publicKeyFile(*key), fixture(u"test.pub"_s));
    }

    void publicKeyAcceptsTheBareKeyLine()
    {
        const QByteArray line = fixture(u"test.pub"_s).split('\n').at(1);
        QString error;
        const auto key = Minisign::parsePublicKey(line, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->key.size(), Minisign::PublicKeySize);
    }

    void refusesMalformedKeysAndSignatures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isKey");
        QTest::newRow("empty key") << QByteArray() << true;
        QTest::newRow("key: bad base64") << "untrusted comment: x\nRWR***\n"_ba << true;
        QTest::newRow("key: short") << "untrusted comment: x\nRWR1FCdM\n"_ba << true;
        QTest::newRow("sig: three lines")
            << "untrusted comment: a\nRUR1\ntrusted comment: b\n"_ba << false;
        QTest::newRow("sig: no prefix")
            << "comment: a\nRUR1\ntrusted comment: b\nAAAA\n"_ba << false;
        QTest::newRow("sig: short")
            << "untrusted comment: a\nRUR1\ntrusted comment: b\nAAAA\n"_ba << false;
    }
    void refusesMalformedKeysAndSignatures()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isKey);
        QString error;
        if (isKey)
            QVERIFY(!Minisign::parsePublicKey(text, &error));
        else
            QVERIFY(!Minisign::parseSignature(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void tellsWhatWasChanged()
    {
        const KeyPair k = makeKeyPair();
        const Minisign::PublicKey key = Minisign::publicKeyFromRaw(k.publicKey);
        const QByteArray message = "Манифест"_ba;
        const QByteArray text = Minisign::sign(message, k.secretKey, key.keyId, "tc"_ba, "uc"_ba);
        auto sig = *Minisign::parseSignature(text, nullptr);
        QCOMPARE(Minisign::verify(message, sig, key), Minisign::Verdict::Valid);

        auto changedComment = sig;
        changedComment.trustedComment = "tC"_ba;
        QCOMPARE(Minisign::verify(message, changedComment, key),
                 Minisign::Verdict::TrustedCommentModified);
        auto changedSignature = sig;
        changedSignature.signature[10] = char(changedSignature.signature[10] ^ 1);
        QCOMPARE(Minisign::verify(message, changedSignature, key),
                 Minisign::Verdict::TrustedCommentModified);
        // The untrusted comment is, as its name says, not covered.
        auto changedUntrusted = sig;
        changedUntrusted.untrustedComment = "anything"_ba;
        QCOMPARE(Minisign::verify(message, changedUntrusted, key), Minisign::Verdict::Valid);

        const Minisign::PublicKey other = Minisign::publicKeyFromRaw(makeKeyPair().publicKey);
        QCOMPARE(Minisign::verify(message, sig, other), Minisign::Verdict::KeyIdMismatch);
        // Another key that claims the same id still fails.
        QCOMPARE(Minisign::verify(message, sig, { key.keyId, other.key }),
                 Minisign::Verdict::TrustedCommentModified);
    }

    void refusesToSignWithABadKeyOrMultilineComments()
    {
        const KeyPair k = makeKeyPair();
        const QByteArray id = Minisign::deriveKeyId(k.publicKey);
        QVERIFY(Minisign::sign("m"_ba, k.secretKey.left(32), id, "t"_ba, "u"_ba).isEmpty());
        QVERIFY(Minisign::sign("m"_ba, k.secretKey, id, "t\nx"_ba, "u"_ba).isEmpty());
        QVERIFY(Minisign::sign("m"_ba, k.secretKey, id, "t"_ba, "u\rx"_ba).isEmpty());
        QVERIFY(!Minisign::sign("m"_ba, k.secretKey, id, "t"_ba, "u"_ba).isEmpty());
    }

    void keyIdIsStablePerKey()
    {
        const KeyPair a = makeKeyPair();
        const KeyPair b = makeKeyPair();
        // A fixed vector: the documented derivation (first 8 bytes of BLAKE2b-128), computed
        // independently with Python's hashlib.blake2b(bytes(range(32)), digest_size=16).
        QByteArray known(32, Qt::Uninitialized);
        for (int i = 0; i < known.size(); ++i)
            known[i] = char(i);
        QCOMPARE(Minisign::deriveKeyId(known).toHex(), "f39a2cad58411cd4"_ba);
        QVERIFY(Minisign::deriveKeyId(a.publicKey) != Minisign::deriveKeyId(b.publicKey));
        QCOMPARE(Minisign::deriveKeyId(a.publicKey).size(), Minisign::KeyIdSize);
    }
};

QTEST_MAIN(tst_Minisign)
#include "tst_Minisign.moc"
