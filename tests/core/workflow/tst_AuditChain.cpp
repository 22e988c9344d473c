#include "workflow/AuditChain.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kStart = QDateTime(QDate(2024, 9, 2), QTime(10, 0), QTimeZone::UTC);

QList<AuditRecord> makeLog(int rows)
{
    QList<AuditRecord> log;
    qint64 seq = 0;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 0; i < rows; ++i) {
        AuditRecord r;
        r.time = kStart.addMSecs(i * 1500);
        r.actor = i % 2 ? u"anna"_s : u"пётр"_s;
        r.action = i % 3 ? u"submit"_s : u"sign_in"_s;
        r.subject = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.details = u"{\"row\":%1}"_s.arg(i);
        r = AuditChain::chain(r, seq, prev);
        seq = r.sequence;
        prev = r.hash;
        log << r;
    }
    return log;
}

AuditChain::Verification verify(const QList<AuditRecord> &log,
                                std::optional<AuditAnchor> anchor = std::nullopt)
{
    AuditChain::Verifier v(anchor);
    for (const AuditRecord &r : log) {
        if (!v.add(r))
            break;
    }
    return v.finish();
}
} // namespace

class tst_AuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUntouchedLogIsIntact()
    {
        const QList<AuditRecord> log = makeLog(20);
        QCOMPARE(log.first().sequence, 1);
        QCOMPARE(log.first().previousHash, AuditChain::genesisHash());
        QCOMPARE(log.at(7).previousHash, log.at(6).hash);
        const AuditChain::Verification v = verify(log);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.rowsChecked, 20);
        QCOMPARE(v.firstBrokenRow, 0);
        QVERIFY(v.head.has_value());
        QCOMPARE(v.head->sequence, 20);
        QCOMPARE(v.head->hash, log.last().hash);
    }

    void anEmptyLogIsIntact()
    {
        const AuditChain::Verification v = verify({});
        QVERIFY(v.intact);
        QCOMPARE(v.rowsChecked, 0);
        QVERIFY(!v.head.has_value());
    }

    // The serialisation is a file format: old logs must keep verifying. Hashes from an
    // independent computation (Python hashlib over the documented byte layout).
    void theHashFormatIsStable()
    {
        AuditRecord r;
        r.time = QDateTime(QDate(2024, 9, 2), QTime(10, 0, 0, 123), QTimeZone::UTC);
        r.actor = u"анна"_s;
        r.action = u"sign_in"_s;
        r.subject = u"анна"_s;
        r.details = u"{\"ok\":true}"_s;
        r = AuditChain::chain(r, 0, AuditChain::genesisHash());
        QCOMPARE(r.hash.toHex(),
                 QByteArray("51e8d530e80e315c2054dce6962a8197ff43c1e8283fc29152fb275019c20a84"));
        AuditRecord s;
        s.time = QDateTime(QDate(2024, 9, 2), QTime(10, 0, 1), QTimeZone::UTC);
        s.actor = u"анна"_s;
        s.action = u"submit"_s;
        s.subject = u"{0b3f}"_s;
        s = AuditChain::chain(s, r.sequence, r.hash);
        QCOMPARE(s.sequence, 2);
        QCOMPARE(s.hash.toHex(),
                 QByteArray("c248e0ccab79519209146245feff07c721e0a8c06dcca2f7e3be79e8504e276f"));
    }

    void timeIsKeptToTheMillisecond()
    {
        AuditRecord r;
        r.time = QDateTime(QDate(2024, 9, 2), QTime(13, 0, 0, 5), QTimeZone(3 * 3600));
        r = AuditChain::chain(r, 0, AuditChain::genesisHash());
        QCOMPARE(r.time.timeSpec(), Qt::UTC);
        QCOMPARE(r.time, QDateTime(QDate(2024, 9, 2), QTime(10, 0, 0, 5), QTimeZone::UTC));
    }

    void fieldBoundariesCannotBeShifted()
    {
        AuditRecord a, b;
        a.actor = u"ab"_s;
        a.action = u"c"_s;
        b.actor = u"a"_s;
        b.action = u"bc"_s;
        QVERIFY(AuditChain::canonicalContent(a) != AuditChain::canonicalContent(b));
        a.actor = u"a\n1:b"_s;
        a.action = QString();
        b.actor = u"a"_s;
        b.action = u"b"_s;
        QVERIFY(AuditChain::canonicalContent(a) != AuditChain::canonicalContent(b));
    }

    void changingAnyFieldOfAnyRowIsFound_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("field");
        for (int row : { 0, 5, 9 }) {
            for (const char *field : { "time", "actor", "action", "subject", "details" })
                QTest::addRow("row %d %s", row + 1, field) << row << QString::fromLatin1(field);
        }
    }

    void changingAnyFieldOfAnyRowIsFound()
    {
        QFETCH(int, row);
        QFETCH(QString, field);
        QList<AuditRecord> log = makeLog(10);
        AuditRecord &r = log[row];
        if (field == u"time")
            r.time = r.time.addMSecs(1);
        else if (field == u"actor")
            r.actor = u"mallory"_s;
        else if (field == u"action")
            r.action = u"approve"_s;
        else if (field == u"subject")
            r.subject += u'x';
        else
            r.details.clear();
        const AuditChain::Verification v = verify(log);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, row + 1);
        QCOMPARE(v.rowsChecked, row);
        QVERIFY(v.problem.contains(QString::number(row + 1)));
    }

    void rehashingAChangedRowBreaksTheNextOne()
    {
        QList<AuditRecord> log = makeLog(10);
        log[3].actor = u"mallory"_s;
        log[3].hash = AuditChain::computeHash(log[3].previousHash, log[3]);
        const AuditChain::Verification v = verify(log);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, 5);
    }

    void deletingARowIsFound_data()
    {
        QTest::addColumn<int>("row");
        QTest::addRow("first") << 0;
        QTest::addRow("middle") << 4;
        QTest::addRow("last but one") << 8;
    }

    void deletingARowIsFound()
    {
        QFETCH(int, row);
        QList<AuditRecord> log = makeLog(10);
        log.removeAt(row);
        const AuditChain::Verification v = verify(log);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, row + 1);
        QVERIFY(v.problem.contains(u"missing"_s));
    }

    // Renumbering after a deletion (so no gap shows) still breaks the hashes.
    void deletingAndRenumberingIsFound()
    {
        QList<AuditRecord> log = makeLog(10);
        log.removeAt(4);
        for (qsizetype i = 4; i < log.size(); ++i)
            log[i].sequence = i + 1;
        const AuditChain::Verification v = verify(log);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, 5);
    }

    void cuttingTheEndIsOnlyFoundWithAnAnchor()
    {
        const QList<AuditRecord> log = makeLog(10);
        const AuditAnchor anchor { 10, log.last().hash };
        QVERIFY(verify(log, anchor).intact);

        const QList<AuditRecord> cut = log.mid(0, 7);
        QVERIFY(verify(cut).intact);
        const AuditChain::Verification v = verify(cut, anchor);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, 8);
        QVERIFY(v.problem.contains(u"end"_s));
        QVERIFY(!verify({}, anchor).intact);

        // An older anchor is reached by a longer log.
        QVERIFY(verify(log, AuditAnchor { 5, log.at(4).hash }).intact);
    }

    void anAnchorThatDoesNotMatchIsReported()
    {
        const QList<AuditRecord> log = makeLog(10);
        const AuditChain::Verification v = verify(log, AuditAnchor { 6, log.at(4).hash });
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenRow, 6);
        QVERIFY(v.problem.contains(u"anchor"_s));
    }

    void anchorsParseAndPrint()
    {
        const QByteArray hash = QByteArray::fromHex(
            "c248e0ccab79519209146245feff07c721e0a8c06dcca2f7e3be79e8504e276f");
        const auto a = AuditAnchor::parse(
            u"42:C248E0CCAB79519209146245FEFF07C721E0A8C06DCCA2F7E3BE79E8504E276F"_s);
        QVERIFY(a.has_value());
        QCOMPARE(a->sequence, 42);
        QCOMPARE(a->hash, hash);
        QCOMPARE(a->toString(),
                 u"42:c248e0ccab79519209146245feff07c721e0a8c06dcca2f7e3be79e8504e276f"_s);
        QCOMPARE(AuditAnchor::parse(a->toString()), a);
        const QString hex = QString::fromLatin1(hash.toHex());
        QVERIFY(!AuditAnchor::parse(u"0:"_s + hex));
        QVERIFY(!AuditAnchor::parse(u"-1:"_s + hex));
        QVERIFY(!AuditAnchor::parse(u"x:"_s + hex));
        QVERIFY(!AuditAnchor::parse(u"5:"_s + hex.left(63)));
        QVERIFY(!AuditAnchor::parse(u"5:"_s + hex + u'0'));
        QVERIFY(!AuditAnchor::parse(u"5"_s));
        QVERIFY(!AuditAnchor::parse(QString()));
    }
};

QTEST_MAIN(tst_AuditChain)
#include "tst_AuditChain.moc"
