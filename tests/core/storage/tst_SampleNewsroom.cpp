#include "article/CanonicalBody.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SampleNewsroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void articlesCoverLanguagesAndStates()
    {
        const auto list = SampleNewsroom::articles();
        QVERIFY(list.size() >= 10);
        QSet<QString> languages;
        QSet<int> statuses;
        QSet<QString> slugs;
        for (const Article &a : list) {
            languages.insert(a.meta.language);
            statuses.insert(int(a.status));
            slugs.insert(a.meta.slug);
            QVERIFY2(CanonicalBody::isCanonical(a.body), qPrintable(a.meta.slug));
            QVERIFY2(SampleNewsroom::sections().contains(a.meta.section),
                     qPrintable(a.meta.section));
        }
        QCOMPARE(languages, (QSet<QString> { u"ru"_s, u"be"_s, u"en"_s }));
        for (ArticleStatus s : allStatuses())
            QVERIFY2(statuses.contains(int(s)), qPrintable(statusName(s)));
        QCOMPARE(slugs.size(), list.size());
    }

    void populatesAStore()
    {
        QTemporaryDir dir;
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(dir.filePath(u"s.sqlite"_s), options);
        QVERIFY(store);
        auto n = SampleNewsroom::populate(**store, u"officer"_s);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, int(SampleNewsroom::articles().size()));
        auto count = (*store)->countArticles({});
        QVERIFY(count);
        QCOMPARE(*count, *n);
        auto byStatus = (*store)->countByStatus({});
        QVERIFY(byStatus);
        QCOMPARE(byStatus->value(ArticleStatus::InReview), 2);
        SearchRequest req;
        req.text = u"CSTO"_s;
        auto hits = (*store)->search(req);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().article.language, u"en"_s);
    }
};

QTEST_MAIN(tst_SampleNewsroom)
#include "tst_SampleNewsroom.moc"
