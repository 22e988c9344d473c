#include "bundle/NinjsCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_NinjsCheck : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

private Q_SLOTS:
    void iptcExamplesPass_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("002") << u"002_renditions_example.json"_s;
        QTest::newRow("003") << u"003_associations_example.json"_s;
        QTest::newRow("004") << u"004_simple_text_article.json"_s;
        QTest::newRow("005") << u"005_complex_text_article.json"_s;
    }
    void iptcExamplesPass()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(NEWSROOM_SHARED_DIR "/spec/ninjs-examples/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList problems = NinjsCheck::check(parse(f.readAll()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no uri") << R"({"type":"text"})"_ba << u"required “uri”"_s;
        QTest::newRow("unknown member")
            << R"({"uri":"a:b","keywords":[]})"_ba << u"unknown member “keywords”"_s;
        QTest::newRow("bad type") << R"({"uri":"a:b","type":"article"})"_ba
                                  << u"article.json.type must be one of"_s;
        QTest::newRow("bad pubStatus")
            << R"({"uri":"a:b","pubStatus":"live"})"_ba << u"pubStatus"_s;
        QTest::newRow("bad date") << R"({"uri":"a:b","versionCreated":"2025-03-05 10:00"})"_ba
                                  << u"versionCreated"_s;
        QTest::newRow("headline without value")
            << R"({"uri":"a:b","headlines":[{"role":"main"}]})"_ba
            << u"headlines[0] lacks the required “value”"_s;
        QTest::newRow("string width")
            << R"({"uri":"a:b","renditions":[{"name":"x","width":"10"}]})"_ba
            << u"renditions[0].width"_s;
        QTest::newRow("association without uri")
            << R"({"uri":"a:b","associations":[{"name":"x"}]})"_ba
            << u"associations[0] lacks the required “uri”"_s;
        QTest::newRow("nested association problem")
            << R"({"uri":"a:b","associations":[{"name":"x","uri":"a:c","pubStatus":1}]})"_ba
            << u"associations[0].pubStatus"_s;
        QTest::newRow("urgency") << R"({"uri":"a:b","urgency":12})"_ba << u"urgency"_s;
        QTest::newRow("uri with space") << R"({"uri":"a b"})"_ba << u"article.json.uri"_s;
    }
    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList problems = NinjsCheck::check(parse(json));
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    }

    void dateTimes()
    {
        QVERIFY(NinjsCheck::isDateTime(u"2025-03-05T10:00:00Z"_s));
        QVERIFY(NinjsCheck::isDateTime(u"2025-03-05T10:00:00.123+03:00"_s));
        QVERIFY(!NinjsCheck::isDateTime(u"2025-03-05"_s));
        QVERIFY(!NinjsCheck::isDateTime(u"2025-13-05T10:00:00Z"_s));
        QVERIFY(!NinjsCheck::isDateTime(u"2025-03-05T10:00:00"_s));
    }
};

QTEST_MAIN(tst_NinjsCheck)
#include "tst_NinjsCheck.moc"
