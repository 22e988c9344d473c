#include "workflow/PasswordHasher.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

    // Cheap hashes for everything that is not about the production cost itself.
    const PasswordHasher fast { Argon2Cost::insecureForTestsOnly() };

private Q_SLOTS:
    void productionCostMeetsOwasp()
    {
        const Argon2Cost production = Argon2Cost::production();
        QVERIFY(production.atLeast(Argon2Cost::owaspMinimum()));
        QVERIFY(production.opsLimit >= 2);
        QVERIFY(production.memLimit >= 19u * 1024u * 1024u);
        QCOMPARE(PasswordHasher().cost(), production);
        QVERIFY(!Argon2Cost::insecureForTestsOnly().atLeast(Argon2Cost::owaspMinimum()));
    }

    // The cost that actually ends up in the stored string, not just the one we asked for.
    void productionHashRecordsTheProductionCost()
    {
        const PasswordHasher production;
        const QByteArray encoded = production.hash("correct horse battery staple");
        QVERIFY(encoded.startsWith("$argon2id$v=19$"));
        const std::optional<Argon2Cost> stored = PasswordHasher::costOf(encoded);
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, Argon2Cost::production());
        QVERIFY(stored->atLeast(Argon2Cost::owaspMinimum()));
        QVERIFY(encoded.contains(",p=1$"));
        QVERIFY(production.verify(encoded, "correct horse battery staple"));
        QVERIFY(!production.needsRehash(encoded));
    }

    void verifiesTheRightPasswordOnly()
    {
        const QByteArray encoded = fast.hash("s3cret-пароль");
        QVERIFY(!encoded.isEmpty());
        QVERIFY(!encoded.contains("s3cret"));
        QVERIFY(fast.verify(encoded, "s3cret-пароль"));
        QVERIFY(!fast.verify(encoded, "s3cret-парол"));
        QVERIFY(!fast.verify(encoded, "S3cret-пароль"));
        QVERIFY(!fast.verify(encoded, QByteArray()));
    }

    void hashesAreSalted()
    {
        const QByteArray a = fast.hash("same");
        const QByteArray b = fast.hash("same");
        QVERIFY(a != b);
        QVERIFY(fast.verify(a, "same"));
        QVERIFY(fast.verify(b, "same"));
    }

    void aHashVerifiesWhateverCostTheVerifierHas()
    {
        const PasswordHasher other({ 3, Argon2Cost::insecureForTestsOnly().memLimit * 2 });
        const QByteArray encoded = fast.hash("pw");
        QVERIFY(other.verify(encoded, "pw"));
    }

    void needsRehashWhenTheCostChanges()
    {
        const QByteArray cheap = fast.hash("pw");
        QVERIFY(!fast.needsRehash(cheap));
        QVERIFY(PasswordHasher().needsRehash(cheap));
        QVERIFY(
            PasswordHasher({ 2, Argon2Cost::insecureForTestsOnly().memLimit }).needsRehash(cheap));
        QVERIFY(fast.needsRehash("not a hash"));
        QVERIFY(fast.needsRehash(QByteArray()));
    }

    void garbageNeverVerifies_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        const QByteArray good = fast.hash("pw");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("text") << QByteArray("pw");
        QTest::addRow("truncated") << good.left(good.size() - 5);
        QTest::addRow("nul inside") << QByteArray(good).insert(10, '\0');
        QTest::addRow("argon2i") << QByteArray(good).replace("$argon2id$", "$argon2i$");
        QTest::addRow("too long") << QByteArray(200, 'a');
    }

    void garbageNeverVerifies()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!fast.verify(encoded, "pw"));
    }

    void costOfReadsTheEncodedParameters()
    {
        const auto cost
            = PasswordHasher::costOf("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                     "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
        QVERIFY(cost.has_value());
        QCOMPARE(cost->opsLimit, 2ULL);
        QCOMPARE(cost->memLimit, std::size_t(19) * 1024 * 1024);
        QCOMPARE(*cost, Argon2Cost::owaspMinimum());
        QVERIFY(!PasswordHasher::costOf("$argon2i$v=19$m=19456,t=2,p=1$a$b").has_value());
        QVERIFY(!PasswordHasher::costOf("$argon2id$v=19$m=x,t=2,p=1$a$b").has_value());
        QVERIFY(!PasswordHasher::costOf("$argon2id$v=19$t=2,p=1$a$b").has_value());
        QVERIFY(!PasswordHasher::costOf("plain").has_value());
    }
};

QTEST_MAIN(tst_PasswordHasher)
#include "tst_PasswordHasher.moc"
