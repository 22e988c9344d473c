// The history view on a real store: the timeline of revisions and state changes, approvals,
// comparing two revisions and restoring one (after a confirmation, as a new revision).

#include "history/DiffView.h"
#include "history/HistoryView.h"

#include "../ReviewFixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class tst_HistoryView : public QObject
{
    Q_OBJECT

    ReviewFixture f;
    QUuid m_id;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        const Article a = f.write(f.anna, u"Урожай"_s, u"Собрано 50 тысяч тонн зерна."_s);
        QVERIFY(!a.id.isNull());
        m_id = a.id;
        QVERIFY(f.edit(f.anna, m_id, u"Собрано 52 тысячи тонн зерна."_s));
        QVERIFY(f.wf->perform(f.anna, m_id, WorkflowAction::Submit));
        QVERIFY(f.wf->approve(f.boris, "boris-pw", m_id));
    }

    void showsTimelineApprovalsAndTheLatestChange()
    {
        HistoryView view(*f.wf);
        view.setSession(f.anna);
        view.setArticle(m_id);
        view.resize(800, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QStringList what;
        for (int i = 0; i < view.timeline()->topLevelItemCount(); ++i)
            what.append(view.timeline()->topLevelItem(i)->text(2));
        QCOMPARE(what.size(), 4);
        QVERIFY(what.at(0).startsWith(u"Version 1: Урожай"_s));
        QVERIFY(what.at(1).startsWith(u"Version 2"_s));
        QVERIFY2(what.at(2).contains(u"anna"_s), qPrintable(what.join(u'|')));
        QVERIFY(view.timeline()->topLevelItem(2)->text(3).contains(u"in_review"_s));
        QVERIFY(view.timeline()->topLevelItem(3)->text(1) == u"boris"_s);
        QCOMPARE(view.approvals()->topLevelItemCount(), 1);
        QCOMPARE(view.approvals()->topLevelItem(0)->text(1), u"boris"_s);
        QVERIFY(view.approvals()->topLevelItem(0)->text(3).startsWith(u"valid"_s));
        QCOMPARE(view.approvals()->topLevelItem(0)->text(4), u"in force"_s);

        // By default: the current version against the one before.
        QCOMPARE(view.fromBox()->currentData().toInt(), 1);
        QCOMPARE(view.toBox()->currentData().toInt(), 2);
        QVERIFY(view.diffView()->bodyView()->toPlainText().contains(u"52 тысячи"_s));
        // The current version cannot be restored onto itself.
        QVERIFY(!view.restoreButton()->isEnabled());
    }

    void restoreAfterConfirmingMakesANewRevision()
    {
        HistoryView view(*f.wf);
        view.setSession(f.anna);
        view.setArticle(m_id);
        QSignalSpy restored(&view, &HistoryView::restored);
        QStringList asked;
        bool answer = false;
        view.setConfirm([&](QWidget *, const QString &q) {
            asked.append(q);
            return answer;
        });
        view.toBox()->setCurrentIndex(view.toBox()->findData(1));
        QVERIFY(view.restoreButton()->isEnabled());

        // Declined: nothing happens.
        QTest::mouseClick(view.restoreButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(restored.size(), 0);
        QCOMPARE(f.store->revisions(m_id)->size(), 2);

        answer = true;
        QTest::mouseClick(view.restoreButton(), Qt::LeftButton);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.at(0).at(1).toInt(), 3);
        Result<Article> now = f.store->article(m_id);
        QCOMPARE(CanonicalBody::plainText(now->body), u"Собрано 50 тысяч тонн зерна."_s);
        QCOMPARE(now->status, ArticleStatus::Draft); // the edit voided the approval
        QVERIFY(view.message().contains(u"restored as version 3"_s));
        // The view reloaded: three revisions to pick from, a voided approval, a restore line.
        QCOMPARE(view.toBox()->count(), 3);
        QVERIFY(view.approvals()->topLevelItem(0)->text(4).startsWith(u"voided"_s));
        bool restoreLine = false;
        for (int i = 0; i < view.timeline()->topLevelItemCount(); ++i)
            restoreLine = restoreLine
                || view.timeline()->topLevelItem(i)->text(2).contains(u"Version 1 restored"_s);
        QVERIFY(restoreLine);
    }

    void refusalsAreShown()
    {
        // gleb may not edit anna's article: the core refuses, the view says why.
        HistoryView view(*f.wf);
        view.setSession(f.gleb);
        view.setArticle(m_id);
        view.setConfirm([](QWidget *, const QString &) { return true; });
        view.toBox()->setCurrentIndex(view.toBox()->findData(1));
        QVERIFY(!view.restoreSelected());
        QVERIFY(!view.message().isEmpty());
        QCOMPARE(f.store->revisions(m_id)->size(), 2);
        // Nobody signed in: the button says so.
        HistoryView anonymous(*f.wf);
        anonymous.setArticle(m_id);
        anonymous.toBox()->setCurrentIndex(anonymous.toBox()->findData(1));
        QVERIFY(!anonymous.restoreButton()->isEnabled());
        QVERIFY(!anonymous.restoreButton()->toolTip().isEmpty());
    }

    void compareAnyTwo()
    {
        HistoryView view(*f.wf);
        view.setArticle(m_id);
        view.fromBox()->setCurrentIndex(view.fromBox()->findData(2));
        view.toBox()->setCurrentIndex(view.toBox()->findData(1));
        QTest::mouseClick(view.compareButton(), Qt::LeftButton);
        QVERIFY(view.diffView()->summaryText().contains(u"version 2"_s));
        QVERIFY(view.diffView()->bodyView()->toPlainText().contains(u"50 тысяч"_s));
    }
};

QTEST_MAIN(tst_HistoryView)
#include "tst_HistoryView.moc"
