// A conflict between two windows on the same article ends with neither text lost: keep mine
// (saved on top of theirs), take theirs (mine kept as a recovery copy), or decide later.

#include "history/ConflictDialog.h"
#include "history/DiffView.h"

#include "../ReviewFixture.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

    ReviewFixture f;
    Article m_mine; // window 1's text, based on version 1
    QString m_theirText;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        const Article a = f.write(f.anna, u"Урожай"_s, u"Собрано 50 тысяч тонн зерна."_s);
        QVERIFY(!a.id.isNull());
        // Two windows open version 1; window 2 saves first.
        m_theirText = u"Собрано 50 тысяч тонн зерна и рапса."_s;
        QVERIFY(f.edit(f.anna, a.id, m_theirText));
        m_mine = a;
        m_mine.meta.headline = u"Рекордный урожай"_s;
        m_mine.body = CanonicalBody::fromPlainText(u"Собрано 52 тысячи тонн зерна."_s);
        // Window 1's save is refused as a conflict.
        Result<SaveResult> refused = f.wf->saveArticle(f.anna, m_mine, 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);
    }

    void showsWhatTheyChangedThenMineAgainstTheirs()
    {
        ConflictDialog dialog(*f.wf, f.anna, m_mine);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.theirs().version, 2);
        // Their change: "и рапса" inserted; the headline untouched on their side.
        QTextBrowser *body = dialog.diffView()->bodyView();
        QVERIFY2(body->toPlainText().contains(u"и рапса"_s), qPrintable(body->toPlainText()));
        QCOMPARE(dialog.diffView()->metadataTable()->rowCount(), 0);
        // Compare: theirs against mine shows my headline and my words.
        QTest::mouseClick(dialog.compareButton(), Qt::LeftButton);
        QCOMPARE(dialog.diffView()->metadataTable()->rowCount(), 1);
        QCOMPARE(dialog.diffView()->metadataTable()->item(0, 2)->text(), u"Рекордный урожай"_s);
        QVERIFY(body->toPlainText().contains(u"52 тысячи"_s));
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::None);
    }

    void keepMineSavesOnTopOfTheirs()
    {
        ConflictDialog dialog(*f.wf, f.anna, m_mine);
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::KeptMine);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedVersion(), 3);
        Result<Article> now = f.store->article(m_mine.id);
        QCOMPARE(now->meta.headline, u"Рекордный урожай"_s);
        QCOMPARE(CanonicalBody::plainText(now->body), u"Собрано 52 тысячи тонн зерна."_s);
        // Theirs is still there, as version 2.
        QCOMPARE(CanonicalBody::plainText(f.store->articleRevision(m_mine.id, 2)->body),
                 m_theirText);
    }

    void takeTheirsKeepsMineAsARecoveryCopy()
    {
        ConflictDialog dialog(*f.wf, f.anna, m_mine);
        QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::TookTheirs);
        QCOMPARE(CanonicalBody::plainText(dialog.theirs().body), m_theirText);
        QCOMPARE(f.store->revisions(m_mine.id)->size(), 2); // nothing saved over theirs
        Result<RecoveryState> kept = f.store->recovery(m_mine.id, u"anna"_s);
        QVERIFY(kept);
        QCOMPARE(kept->article.meta.headline, u"Рекордный урожай"_s);
        QCOMPARE(CanonicalBody::plainText(kept->article.body), u"Собрано 52 тысячи тонн зерна."_s);
        QCOMPARE(kept->info.baseVersion, 1);
    }

    void decidingLaterChangesNothing()
    {
        ConflictDialog dialog(*f.wf, f.anna, m_mine);
        dialog.show();
        dialog.reject();
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::None);
        QCOMPARE(f.store->revisions(m_mine.id)->size(), 2);
        QVERIFY(!f.store->recovery(m_mine.id, u"anna"_s));
    }

    void aSecondConflictIsShownAndChosenAgain()
    {
        ConflictDialog dialog(*f.wf, f.anna, m_mine);
        // A third window saves while the dialog is open.
        QVERIFY(f.edit(f.anna, m_mine.id, u"Третий текст."_s));
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::None);
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(dialog.theirs().version, 3);
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::KeptMine);
        QCOMPARE(dialog.savedVersion(), 4);
    }
};

QTEST_MAIN(tst_ConflictDialog)
#include "tst_ConflictDialog.moc"
