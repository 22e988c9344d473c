#include "workflow/ApprovalSignature.h"
#include "workflow/SigningKeys.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
ApprovalStatement statementFor(const QByteArray &content)
{
    ApprovalStatement s;
    s.articleId = QUuid(u"{6f1c6c1e-2b0e-4d38-9a53-1f7f3b0d9a11}"_s);
    s.version = 7;
    s.contentHash = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    s.supervisor = u"ольга"_s;
    s.time = QDateTime(QDate(2024, 9, 2), QTime(10, 15, 30, 250), QTimeZone::UTC);
    return s;
}
} // namespace

class tst_ApprovalSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMessageLayoutIsFixed()
    {
        ApprovalStatement s = statementFor("x");
        s.contentHash = QByteArray(32, '\x01');
        QCOMPARE(ApprovalSignature::message(s),
                 QByteArray("newsroom-approval-1\n"
                            "6f1c6c1e-2b0e-4d38-9a53-1f7f3b0d9a11\n"
                            "7\n"
                            "0101010101010101010101010101010101010101010101010101010101010101\n"
                            "10:")
                     + u"ольга"_s.toUtf8() + QByteArray("\n2024-09-02T10:15:30.250Z\n"));
    }

    void verifiesWithThePublicKeyAndFailsAfterOneContentByteChanges()
    {
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray content = u"<p>Урожай собран.</p>"_s.toUtf8();
        const ApprovalStatement s = statementFor(content);
        const QByteArray signature = ApprovalSignature::sign(s, pair.secretKey);
        QVERIFY(ApprovalSignature::verify(s, signature, pair.publicKey));

        QByteArray changed = content;
        changed[4] = char(changed.at(4) ^ 0x01);
        QVERIFY(!ApprovalSignature::verify(statementFor(changed), signature, pair.publicKey));
        QVERIFY(!ApprovalSignature::verify(s, signature, SigningKeys::generate().publicKey));
    }

    void everyFieldIsCovered_data()
    {
        QTest::addColumn<ApprovalStatement>("other");
        const ApprovalStatement s = statementFor("c");
        ApprovalStatement o = s;
        o.articleId = QUuid::createUuid();
        QTest::addRow("article") << o;
        o = s;
        o.version = 8;
        QTest::addRow("version") << o;
        o = s;
        o.supervisor = u"ольгa"_s; // Latin a
        QTest::addRow("supervisor") << o;
        o = s;
        o.time = o.time.addMSecs(1);
        QTest::addRow("time") << o;
    }

    void everyFieldIsCovered()
    {
        QFETCH(ApprovalStatement, other);
        const SigningKeyPair pair = SigningKeys::generate();
        const QByteArray signature = ApprovalSignature::sign(statementFor("c"), pair.secretKey);
        QVERIFY(!ApprovalSignature::verify(other, signature, pair.publicKey));
    }
};

QTEST_MAIN(tst_ApprovalSignature)
#include "tst_ApprovalSignature.moc"
