#include "workflow/Sodium.h"

#include <QTest>

class tst_Sodium : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialises() { QVERIFY(Sodium::initialise()); }

    void wipeEmptiesTheSecret()
    {
        QByteArray secret("hunter2");
        secret.detach();
        Sodium::wipe(secret);
        QVERIFY(secret.isEmpty());
        QByteArray empty;
        Sodium::wipe(empty);
        QVERIFY(empty.isEmpty());
    }

    void wipeLeavesSharedCopiesIntact()
    {
        QByteArray secret("hunter2");
        secret.detach();
        const QByteArray other = secret; // another holder of the same buffer
        Sodium::wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(other, QByteArray("hunter2"));
    }

    void equalComparesContent()
    {
        QVERIFY(Sodium::equal("abc", "abc"));
        QVERIFY(!Sodium::equal("abc", "abd"));
        QVERIFY(!Sodium::equal("abc", "abcd"));
        QVERIFY(Sodium::equal({}, {}));
    }

    void randomBytesDiffer()
    {
        const QByteArray a = Sodium::randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != Sodium::randomBytes(32));
        QVERIFY(Sodium::randomBytes(0).isEmpty());
    }
};

QTEST_MAIN(tst_Sodium)
#include "tst_Sodium.moc"
