#include "workflow/KeyVault.h"
#include "workflow/SigningKeys.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_KeyVault : public QObject
{
    Q_OBJECT

    const KeyVault vault { Argon2Cost::insecureForTestsOnly() };

private Q_SLOTS:
    void productionVaultUsesTheProductionCost()
    {
        QCOMPARE(KeyVault().cost(), Argon2Cost::production());
    }

    void sealedKeyOpensWithThePasswordAndSigns()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray sealed = vault.seal(pair.secretKey, "supervisor's password");
        QVERIFY(sealed.startsWith("nrkey1$"));
        QVERIFY(!sealed.contains(pair.secretKey));
        QVERIFY(!sealed.contains(pair.secretKey.toBase64()));
        QVERIFY(!sealed.contains(pair.secretKey.toHex()));

        QByteArray opened;
        QVERIFY(vault.open(sealed, "supervisor's password", &opened));
        QCOMPARE(opened, pair.secretKey);
        const QByteArray signature = SigningKeys::sign("content", opened);
        QVERIFY(SigningKeys::verify("content", signature, pair.publicKey));
    }

    void wrongPasswordDoesNotOpen()
    {
        const QByteArray sealed = vault.seal(SigningKeys::generate().secretKey, "right");
        QByteArray opened = "left over";
        QVERIFY(!vault.open(sealed, "wrong", &opened));
        QVERIFY(opened.isEmpty());
        QVERIFY(!vault.open(sealed, QByteArray(), &opened));
    }

    void eachSealIsFresh()
    {
        const QByteArray key = SigningKeys::generate().secretKey;
        const QByteArray a = vault.seal(key, "pw");
        const QByteArray b = vault.seal(key, "pw");
        QVERIFY(a != b);
        // Salt and nonce both differ, not only one of them.
        QVERIFY(a.split('$').at(3) != b.split('$').at(3));
        QVERIFY(a.split('$').at(4) != b.split('$').at(4));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<int>("field");
        QTest::addRow("salt") << 3;
        QTest::addRow("nonce") << 4;
        QTest::addRow("ciphertext") << 5;
    }

    void tamperingIsDetected()
    {
        QFETCH(int, field);
        const QByteArray sealed = vault.seal(SigningKeys::generate().secretKey, "pw");
        QList<QByteArray> parts = sealed.split('$');
        QByteArray raw = QByteArray::fromBase64(parts.at(field));
        raw[3] = char(raw.at(3) ^ 0x01);
        parts[field] = raw.toBase64();
        QByteArray opened;
        QVERIFY(!vault.open(parts.join('$'), "pw", &opened));
        QVERIFY(opened.isEmpty());
    }

    void malformedOrHostileStringsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sealed");
        const QByteArray good = vault.seal(SigningKeys::generate().secretKey, "pw");
        QList<QByteArray> parts = good.split('$');
        const auto with = [&parts](int i, const QByteArray &v) {
            QList<QByteArray> p = parts;
            p[i] = v;
            return p.join('$');
        };
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("other tag") << with(0, "nrkey9");
        QTest::addRow("missing field") << QByteArray(good).left(good.lastIndexOf('$'));
        QTest::addRow("bad number") << with(1, "two");
        QTest::addRow("bad base64") << with(5, "!!!");
        QTest::addRow("short nonce") << with(4, QByteArray("abc").toBase64());
        QTest::addRow("absurd memory") << with(2, "1099511627776");
        QTest::addRow("absurd iterations") << with(1, "100000");
    }

    void malformedOrHostileStringsAreRefused()
    {
        QFETCH(QByteArray, sealed);
        QByteArray opened;
        QVERIFY(!vault.open(sealed, "pw", &opened));
    }

    void aVaultOpensWhatAnotherCostSealed()
    {
        const KeyVault costlier({ 2, Argon2Cost::insecureForTestsOnly().memLimit * 4 });
        const QByteArray key = SigningKeys::generate().secretKey;
        const QByteArray sealed = costlier.seal(key, "pw");
        QCOMPARE(sealed.split('$').at(1), QByteArray("2"));
        QByteArray opened;
        QVERIFY(vault.open(sealed, "pw", &opened));
        QCOMPARE(opened, key);
    }

    void resealMovesTheKeyToTheNewPassword()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray sealed = vault.seal(pair.secretKey, "old");
        QVERIFY(vault.reseal(sealed, "not old", "new").isEmpty());
        const QByteArray resealed = vault.reseal(sealed, "old", "new пароль");
        QVERIFY(!resealed.isEmpty());
        QByteArray opened;
        QVERIFY(!vault.open(resealed, "old", &opened));
        QVERIFY(vault.open(resealed, "new пароль", &opened));
        QCOMPARE(opened, pair.secretKey);
    }
};

QTEST_MAIN(tst_KeyVault)
#include "tst_KeyVault.moc"
