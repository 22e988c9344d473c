// The review queue model: in-review articles oldest first; a new submission appears on refresh
// (no restart) and the count follows.

#include "review/ReviewQueueModel.h"

#include "../ReviewFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

class tst_ReviewQueueModel : public QObject
{
    Q_OBJECT

    ReviewFixture f;

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }

    void newSubmissionsAppearOnRefresh()
    {
        const Article first = f.write(f.anna, u"Первая"_s, u"Текст."_s);
        const Article second = f.write(f.gleb, u"Вторая"_s, u"Текст."_s);
        QVERIFY(f.wf->perform(f.gleb, second.id, WorkflowAction::Submit));
        ReviewQueueModel model(*f.store);
        QSignalSpy count(&model, &ReviewQueueModel::countChanged);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ReviewQueueModel::Headline)).toString(), u"Вторая"_s);
        QCOMPARE(model.data(model.index(0, ReviewQueueModel::SubmittedBy)).toString(), u"gleb"_s);

        QThread::msleep(5); // a later submission time than the first
        QVERIFY(f.wf->perform(f.anna, first.id, WorkflowAction::Submit));
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.at(0).at(0).toInt(), 2);
        QCOMPARE(model.articleId(0), second.id); // oldest first
        QCOMPARE(model.articleId(1), first.id);
        QCOMPARE(model.data(model.index(1, 0), ReviewQueueModel::ArticleIdRole).toUuid(), first.id);
        QCOMPARE(model.headerData(ReviewQueueModel::Author, Qt::Horizontal).toString(),
                 u"Author"_s);
    }
};

QTEST_MAIN(tst_ReviewQueueModel)
#include "tst_ReviewQueueModel.moc"
