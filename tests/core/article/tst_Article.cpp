#include "article/Article.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Article : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNamesRoundTrip()
    {
        const QList<ArticleStatus> statuses = allStatuses();
        QCOMPARE(statuses.size(), 6);
        QSet<QString> names;
        for (ArticleStatus status : statuses) {
            const QString name = statusName(status);
            QVERIFY(!name.isEmpty());
            names.insert(name);
            ArticleStatus back = ArticleStatus::Archived;
            if (status == ArticleStatus::Archived)
                back = ArticleStatus::Draft;
            QVERIFY(statusFromName(name, &back));
            QCOMPARE(back, status);
        }
        QCOMPARE(names.size(), statuses.size());
    }

    void statusNamesAreTheStoredOnes()
    {
        // These strings are stored in databases and bundles: they must never change.
        QCOMPARE(statusName(ArticleStatus::Draft), u"draft"_s);
        QCOMPARE(statusName(ArticleStatus::InReview), u"in_review"_s);
        QCOMPARE(statusName(ArticleStatus::ChangesRequested), u"changes_requested"_s);
        QCOMPARE(statusName(ArticleStatus::Approved), u"approved"_s);
        QCOMPARE(statusName(ArticleStatus::Published), u"published"_s);
        QCOMPARE(statusName(ArticleStatus::Archived), u"archived"_s);
        QCOMPARE(allStatuses().first(), ArticleStatus::Draft);
    }

    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Draft"_s;
        QTest::newRow("spaces") << u" draft"_s;
        QTest::newRow("display form") << u"in review"_s;
        QTest::newRow("unknown") << u"deleted"_s;
    }

    void unknownNamesAreRefused()
    {
        QFETCH(QString, name);
        ArticleStatus status = ArticleStatus::Approved;
        QVERIFY(!statusFromName(name, &status));
        QCOMPARE(status, ArticleStatus::Approved); // untouched
    }

    void imageLookup()
    {
        Article article;
        ArticleImage a;
        a.id = QUuid::createUuid();
        a.caption = u"a"_s;
        ArticleImage b;
        b.id = QUuid::createUuid();
        b.caption = u"b"_s;
        article.images = { a, b };
        QVERIFY(article.image(b.id));
        QCOMPARE(article.image(b.id)->caption, u"b"_s);
        QCOMPARE(article.image(a.id)->caption, u"a"_s);
        QVERIFY(!article.image(QUuid::createUuid()));
        QVERIFY(!article.image(QUuid()));
    }
};

QTEST_MAIN(tst_Article)
#include "tst_Article.moc"
