// The SQLite search index's own rules: what a typed query becomes in FTS5 syntax, and the
// definition it is built with.

#include "storage/sqlite/SqliteSearchIndex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SqliteSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchExpressionQuotesEveryWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("words") << u"урожай  Копыль"_s << u"\"урожай\" \"Копыль\""_s;
        QTest::newRow("prefix") << u"урож*"_s << u"\"урож\"*"_s;
        QTest::newRow("phrase") << u"\"собран урожай\""_s << u"\"собран урожай\""_s;
        QTest::newRow("phrase prefix") << u"\"собран урож\"*"_s << u"\"собран урож\"*"_s;
        QTest::newRow("quote inside") << u"a\"b"_s << u"\"a\" \"b\""_s;
        QTest::newRow("operators") << u"NOT OR"_s << u"\"NOT\" \"OR\""_s;
        QTest::newRow("punctuation only") << u"- ( ) *"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void matchExpressionQuotesEveryWord()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QCOMPARE(SqliteSearchIndex::matchExpression(typed), match);
    }

    void markersAreRemovedFromIndexedText()
    {
        const QString text
            = u"a"_s + SqliteSearchIndex::openMarker() + u"b"_s + SqliteSearchIndex::closeMarker();
        QCOMPARE(SqliteSearchIndex::removeMarkers(text), u"ab"_s);
    }

    void definitionNamesTheTokenizer()
    {
        QVERIFY(SqliteSearchIndex::createTableSql().contains(SqliteSearchIndex::tokenizer()));
        QVERIFY(SqliteSearchIndex::createTableSql().contains(u"fts5"_s));
    }
};

QTEST_MAIN(tst_SqliteSearchIndex)
#include "tst_SqliteSearchIndex.moc"
