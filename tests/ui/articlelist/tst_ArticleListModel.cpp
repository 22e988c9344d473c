#include "article/CanonicalBody.h"
#include "articlelist/ArticleListModel.h"
#include "articlelist/ArticleListView.h"
#include "storage/sqlite/SqliteStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ArticleListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

    static Article makeArticle(int i)
    {
        Article a;
        a.id = QUuid::createUuid();
        a.status = i % 3 == 0 ? ArticleStatus::InReview : ArticleStatus::Draft;
        a.meta.headline = u"Article %1 harvest"_s.arg(i, 4, 10, QLatin1Char('0'));
        a.meta.slug = u"article-%1"_s.arg(i);
        a.meta.section = i % 2 ? u"Economy"_s : u"Society"_s;
        a.meta.language = u"en"_s;
        a.meta.byline = { u"Officer %1"_s.arg(i % 5) };
        // The store keeps canonical bodies only.
        a.body = CanonicalBody::sanitise(i == 1234 ? u"<p>The unique zanzibar marker.</p>"_s
                                                   : u"<p>Plain text.</p>"_s);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(m_dir.filePath(u"list.sqlite"_s), options);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        auto tx = m_store->transaction();
        QVERIFY(tx);
        for (int i = 0; i < 2000; ++i) {
            auto saved = m_store->saveArticle(makeArticle(i), 0, u"officer"_s);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        }
        QVERIFY(tx->commit());
    }

    void fetchesLazily()
    {
        ArticleListModel model(m_store.get());
        model.setPageSize(100);
        model.refresh();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        int fetches = 2;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(model.rowCount(), 2000);
        QVERIFY(fetches >= 20);
        // Every article once: keyset paging neither skips nor repeats.
        QSet<QUuid> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.articleId(r));
        QCOMPARE(ids.size(), 2000);
    }

    void viewFetchesOnlyWhatItShows()
    {
        ArticleListModel model(m_store.get());
        model.setPageSize(100);
        model.refresh();
        ArticleListView view;
        view.resize(600, 300);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY2(model.rowCount() < 2000, qPrintable(QString::number(model.rowCount())));
        view.scrollToBottom();
        QTRY_VERIFY(model.rowCount() > 100);
    }

    void sortRequeries()
    {
        ArticleListModel model(m_store.get());
        model.sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::HeadlineColumn).data().toString(),
                 u"Article 0000 harvest"_s);
        model.sort(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::HeadlineColumn).data().toString(),
                 u"Article 1999 harvest"_s);
    }

    void filtersByStatusInTheQuery()
    {
        ArticleListModel model(m_store.get());
        model.setPageSize(1000);
        ArticleFilter f;
        f.statuses = { ArticleStatus::InReview };
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 667); // i % 3 == 0 for i in 0…1999
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(ArticleStatus(model.index(r, 0).data(ArticleListModel::StatusRole).toInt()),
                     ArticleStatus::InReview);
    }

    void searchShowsHitsWithSnippets()
    {
        ArticleListModel model(m_store.get());
        model.setSearchText(u"zanzibar"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ArticleListModel::HeadlineColumn).data().toString(),
                 u"Article 1234 harvest"_s);
        QVERIFY2(model.snippet(0).contains(u"zanzibar"_s), qPrintable(model.snippet(0)));
        model.setSearchText({});
        QCOMPARE(model.rowCount(), 200);
    }

    void enterOpensTheCurrentArticle()
    {
        ArticleListModel model(m_store.get());
        ArticleListView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy open(&view, &ArticleListView::openRequested);
        view.setFocus();
        view.setCurrentIndex(model.index(0, 1));
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toUuid(), model.articleId(1));
    }

    void refreshShowsChanges()
    {
        ArticleListModel model(m_store.get());
        ArticleFilter fresh;
        fresh.section = u"Fresh"_s;
        model.setFilter(fresh);
        QCOMPARE(model.rowCount(), 0);
        Article a = makeArticle(5000);
        a.meta.headline = u"Freshly saved"_s;
        a.meta.slug = u"freshly-saved"_s;
        a.meta.section = u"Fresh"_s;
        QVERIFY(m_store->saveArticle(a, 0, u"officer"_s));
        QCOMPARE(model.rowCount(), 0); // the model shows what it read until told to refresh
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(a.id), 0);
    }
};

QTEST_MAIN(tst_ArticleListModel)
#include "tst_ArticleListModel.moc"
