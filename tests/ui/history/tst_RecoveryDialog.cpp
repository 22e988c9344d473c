// Recovery after a simulated crash: the unsaved text left in the recovery slot is offered at the
// next start; restore hands it to the editor, compare shows it against the saved version, and
// discard asks once more before deleting.

#include "history/DiffView.h"
#include "history/RecoveryDialog.h"

#include "../ReviewFixture.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

class tst_RecoveryDialog : public QObject
{
    Q_OBJECT

    ReviewFixture f;
    QUuid m_id;
    QUuid m_new;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        const Article a = f.write(f.anna, u"Урожай"_s, u"Собрано 50 тысяч тонн зерна."_s);
        QVERIFY(!a.id.isNull());
        m_id = a.id;
        // anna types on (autosaved into her slot), then the program dies.
        Article typing = a;
        typing.body = CanonicalBody::fromPlainText(u"Собрано 50 тысяч тонн зерна и рапса."_s);
        QVERIFY(f.store->saveRecovery(typing, u"anna"_s));
        // And a new article never saved at all.
        Article fresh = f.draft(u"Новая статья"_s, u"Черновик без сохранения."_s);
        m_new = fresh.id;
        QVERIFY(f.store->saveRecovery(fresh, u"anna"_s));
        QVERIFY(f.reopen()); // the restart
    }

    void offersTheSlotsAndRestoresTheUnsavedText()
    {
        RecoveryDialog dialog(*f.store, u"anna"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.count(), 2);
        // Other users' slots are theirs.
        QCOMPARE(RecoveryDialog(*f.store, u"boris"_s).count(), 0);

        QSignalSpy restore(&dialog, &RecoveryDialog::restoreRequested);
        for (int row = 0; row < dialog.count(); ++row) {
            if (dialog.list()->item(row)->text().contains(u"Урожай"_s))
                dialog.selectRow(row);
        }
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QCOMPARE(restore.size(), 1);
        const RecoveryState state = restore.at(0).at(0).value<RecoveryState>();
        QCOMPARE(state.article.id, m_id);
        QCOMPARE(state.info.baseVersion, 1);
        QCOMPARE(CanonicalBody::plainText(state.article.body),
                 u"Собрано 50 тысяч тонн зерна и рапса."_s);
        QCOMPARE(dialog.count(), 1); // the other one is still offered
        QVERIFY(dialog.isVisible());
        // Restoring is not saving: the slot stays until the editor saves.
        QVERIFY(f.store->recovery(m_id, u"anna"_s));
    }

    void compareShowsTheUnsavedChanges()
    {
        RecoveryDialog dialog(*f.store, u"anna"_s);
        for (int row = 0; row < dialog.count(); ++row) {
            if (dialog.list()->item(row)->text().contains(u"Урожай"_s))
                dialog.selectRow(row);
        }
        QTest::mouseClick(dialog.compareButton(), Qt::LeftButton);
        QVERIFY(dialog.diffView()->summaryText().contains(u"saved version 1"_s));
        QVERIFY(dialog.diffView()->bodyView()->toPlainText().contains(u"и рапса"_s));
    }

    void discardAsksOnceMore()
    {
        RecoveryDialog dialog(*f.store, u"anna"_s);
        dialog.show();
        for (int row = 0; row < dialog.count(); ++row) {
            if (dialog.list()->item(row)->text().contains(u"Новая"_s))
                dialog.selectRow(row);
        }
        QTest::mouseClick(dialog.discardButton(), Qt::LeftButton);
        QVERIFY(dialog.discardConfirmation()->isVisible());
        QVERIFY(!dialog.discardButton()->isEnabled());
        QVERIFY(f.store->recovery(m_new, u"anna"_s)); // not yet
        // "Keep it" (here: choosing another row) takes the question back.
        dialog.cancelDiscard();
        QVERIFY(!dialog.discardConfirmation()->isVisible());
        QVERIFY(f.store->recovery(m_new, u"anna"_s));
        QTest::mouseClick(dialog.discardButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.confirmDiscardButton(), Qt::LeftButton);
        QVERIFY(!f.store->recovery(m_new, u"anna"_s));
        QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
        QCOMPARE(dialog.count(), 1);
        QVERIFY(f.store->recovery(m_id, u"anna"_s)); // only the one chosen
    }

    void savedWorkIsNotOffered()
    {
        // Saving the recovered text removes its slot; nothing is offered for it any more.
        Result<RecoveryState> state = f.store->recovery(m_id, u"anna"_s);
        QVERIFY(state);
        QVERIFY(f.wf->saveArticle(f.anna, state->article, state->info.baseVersion));
        Result<QList<RecoveryInfo>> offered = RecoveryDialog::offered(*f.store, u"anna"_s);
        QVERIFY(offered);
        QCOMPARE(offered->size(), 1);
        QCOMPARE(offered->at(0).articleId, m_new);
        // A slot holding just what is stored (typing undone) has nothing to recover.
        QVERIFY(f.store->saveRecovery(*f.store->article(m_id), u"anna"_s));
        QCOMPARE(RecoveryDialog::offered(*f.store, u"anna"_s)->size(), 1);
    }
};

QTEST_MAIN(tst_RecoveryDialog)
#include "tst_RecoveryDialog.moc"
