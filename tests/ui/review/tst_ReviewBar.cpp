// The review bar on a real store: a supervisor approves an officer's article through the
// password prompt; their own article cannot be approved (disabled with the reason, and the core
// refuses when called directly); open comments block approval; request changes needs a comment.

#include "review/ReviewBar.h"

#include "../ReviewFixture.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// Answers the next modal input dialog (named objectName) with text, once it is up.
void answerDialog(const QString &objectName, const QString &text, bool accept = true)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName) {
            qWarning("no %s dialog", qPrintable(objectName));
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
            return;
        }
        // The dialog keeps a hidden line edit beside its plain text edit: type into the shown one.
        auto *plain = dialog->findChild<QPlainTextEdit *>();
        if (plain && plain->isVisible())
            QTest::keyClicks(plain, text);
        else if (auto *line = dialog->findChild<QLineEdit *>())
            QTest::keyClicks(line, text);
        accept ? dialog->accept() : dialog->reject();
    });
}

} // namespace

class tst_ReviewBar : public QObject
{
    Q_OBJECT

    ReviewFixture f;

    QUuid submitted(const WorkflowSession &author)
    {
        const Article a = f.write(author, u"Урожай"_s, u"Собран рекордный урожай зерна."_s);
        if (a.id.isNull() || !f.wf->perform(author, a.id, WorkflowAction::Submit))
            return {};
        return a.id;
    }

    int auditRows(const QString &action)
    {
        QSqlQuery q(f.store->database());
        q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }

    void supervisorApprovesWithThePassword()
    {
        const QUuid id = submitted(f.anna);
        QVERIFY(!id.isNull());
        ReviewBar bar(*f.wf);
        bar.setSession(f.boris);
        bar.setArticle(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(bar.approveButton()->isEnabled());
        QVERIFY(bar.requestChangesButton()->isEnabled());
        QSignalSpy approved(&bar, &ReviewBar::approved);

        // A wrong password: refused by the core, shown, nothing changes.
        answerDialog(u"passwordPrompt"_s, u"not-it"_s);
        QTest::mouseClick(bar.approveButton(), Qt::LeftButton);
        QCOMPARE(approved.size(), 0);
        QVERIFY(bar.messageText().contains(u"password"_s));
        QCOMPARE(f.store->article(id)->status, ArticleStatus::InReview);
        // Cancelled: nothing.
        answerDialog(u"passwordPrompt"_s, u"boris-pw"_s, false);
        QTest::mouseClick(bar.approveButton(), Qt::LeftButton);
        QCOMPARE(approved.size(), 0);

        answerDialog(u"passwordPrompt"_s, u"boris-pw"_s);
        QTest::mouseClick(bar.approveButton(), Qt::LeftButton);
        QCOMPARE(approved.size(), 1);
        QCOMPARE(f.store->article(id)->status, ArticleStatus::Approved);
        QCOMPARE(auditRows(u"approve"_s), 1);
        QVERIFY(bar.messageText().contains(u"Approved"_s));
        // Approved now: nothing more to approve, and the bar says why.
        QVERIFY(!bar.approveButton()->isEnabled());
        QVERIFY(!bar.approveButton()->toolTip().isEmpty());
    }

    void noApprovingOnesOwnArticle()
    {
        const QUuid id = submitted(f.vera); // vera is officer and supervisor
        QVERIFY(!id.isNull());
        ReviewBar bar(*f.wf);
        bar.setSession(f.vera);
        bar.setArticle(id);
        bar.resize(640, 120);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(!bar.approveButton()->isEnabled());
        QVERIFY(!bar.requestChangesButton()->isEnabled());
        QVERIFY2(bar.approveButton()->toolTip().contains(u"own"_s),
                 qPrintable(bar.approveButton()->toolTip()));
        QVERIFY(bar.reasonText().contains(u"own"_s));
        // Clicking a disabled button does nothing; and the core refuses when called directly.
        QTest::mouseClick(bar.approveButton(), Qt::LeftButton);
        Result<Approval> direct = f.wf->approve(f.vera, "vera-pw", id);
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind, StoreError::Kind::PermissionDenied);
        QCOMPARE(f.store->article(id)->status, ArticleStatus::InReview);
        QCOMPARE(auditRows(u"approve"_s), 0);
    }

    void openCommentsBlockApproval()
    {
        const QUuid id = submitted(f.anna);
        QVERIFY(f.wf->addComment(f.boris, id, u"Источник?"_s, u"рекордный"_s));
        ReviewBar bar(*f.wf);
        bar.setSession(f.boris);
        bar.setArticle(id);
        bar.resize(640, 120);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(!bar.approveButton()->isEnabled());
        QVERIFY2(bar.approveButton()->toolTip().contains(u"review comments"_s),
                 qPrintable(bar.approveButton()->toolTip()));
        QVERIFY(bar.requestChangesButton()->isEnabled());
        saveShot(&bar, u"review-bar.png"_s);
        // The core refuses likewise.
        Result<Approval> direct = f.wf->approve(f.boris, "boris-pw", id);
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind, StoreError::Kind::Invalid);
        QVERIFY(!direct.error().items.isEmpty());
        // Resolved: approvable.
        const qint64 comment = f.wf->comments(id)->at(0).id;
        QVERIFY(f.wf->resolveComment(f.boris, comment));
        bar.refresh();
        QVERIFY(bar.approveButton()->isEnabled());
    }

    void requestChangesNeedsAComment()
    {
        const QUuid id = submitted(f.anna);
        ReviewBar bar(*f.wf);
        bar.setSession(f.boris);
        bar.setArticle(id);
        QSignalSpy requested(&bar, &ReviewBar::changesRequested);
        bar.setCommentPrompt([](QWidget *) { return std::optional<QString>(u"   "_s); });
        QTest::mouseClick(bar.requestChangesButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
        QVERIFY(bar.messageText().contains(u"comment is required"_s));
        QCOMPARE(f.store->article(id)->status, ArticleStatus::InReview);

        ReviewBar real(*f.wf);
        real.setSession(f.boris);
        real.setArticle(id);
        QSignalSpy realRequested(&real, &ReviewBar::changesRequested);
        answerDialog(u"commentPrompt"_s, u"Please check the figures."_s);
        QTest::mouseClick(real.requestChangesButton(), Qt::LeftButton);
        QCOMPARE(realRequested.size(), 1);
        QCOMPARE(f.store->article(id)->status, ArticleStatus::ChangesRequested);
        // The officer sees the comment.
        Result<QList<ReviewComment>> comments = f.wf->comments(id);
        QCOMPARE(comments->size(), 1);
        QCOMPARE(comments->at(0).text, u"Please check the figures."_s);
        QCOMPARE(comments->at(0).author, u"boris"_s);
    }

    void officerSeesNoReviewActions()
    {
        const QUuid id = submitted(f.anna);
        ReviewBar bar(*f.wf);
        bar.setSession(f.gleb);
        bar.setArticle(id);
        QVERIFY(!bar.approveButton()->isEnabled());
        QVERIFY(!bar.approveButton()->toolTip().isEmpty());
        ReviewBar nobody(*f.wf);
        nobody.setArticle(id);
        QVERIFY(!nobody.approveButton()->isEnabled());
        QVERIFY(nobody.reasonText().contains(u"Sign in"_s));
    }
};

QTEST_MAIN(tst_ReviewBar)
#include "tst_ReviewBar.moc"
