#include "bundle/JsonGuard.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_JsonGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depth_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("scalar") << "42"_ba << 0;
        QTest::newRow("object") << "{\"a\":1}"_ba << 1;
        QTest::newRow("nested") << "{\"a\":[{\"b\":[]}]}"_ba << 4;
        QTest::newRow("brackets in strings") << "{\"a\":\"[[[{{{\"}"_ba << 1;
        QTest::newRow("escaped quote in string") << "{\"a\":\"\\\"[[[\"}"_ba << 1;
        QTest::newRow("escaped backslash before quote") << "[\"\\\\\",[[]]]"_ba << 3;
        QTest::newRow("siblings") << "[[],[],[[]]]"_ba << 3;
    }
    void depth()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QCOMPARE(JsonGuard::depth(json), depth);
    }

    void refusesDeepJsonBeforeParsing()
    {
        QString error;
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(!JsonGuard::parse(deep, u"x.json"_s, &error, 64));
        QVERIFY(error.contains(u"deeper than 64"_s));
        const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
        QVERIFY(JsonGuard::parse(ok, u"x.json"_s, &error, 64));
        QVERIFY(!JsonGuard::parse("{\"a\":"_ba, u"x.json"_s, &error, 64));
        QVERIFY(error.contains(u"not valid JSON"_s));
    }
};

QTEST_MAIN(tst_JsonGuard)
#include "tst_JsonGuard.moc"
