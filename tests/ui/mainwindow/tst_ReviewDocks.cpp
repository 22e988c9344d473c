// The supervisor's side wired into the main window (issue 7), on a real SQLite newsroom and the
// real widgets: two windows act as two users; the prompts are answered as a user would.

#include "article/CanonicalBody.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "history/ConflictDialog.h"
#include "history/DiffView.h"
#include "history/HistoryView.h"
#include "history/RecoveryDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ReviewDocks.h"
#include "review/CommentPanel.h"
#include "review/ReviewBar.h"
#include "review/ReviewQueueModel.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Answers the next modal dialogs as they open: an input dialog gets `text` (the password
// prompt or the change request's comment), a conflict dialog and a recovery dialog get `act`.
class ModalDriver : public QObject
{
public:
    QString text;
    std::function<void(QWidget *)> act;
    QStringList seen;

    ModalDriver()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

private:
    void poll()
    {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || w == m_handled)
            return;
        m_handled = w;
        seen << w->objectName();
        if (auto *input = qobject_cast<QInputDialog *>(w)) {
            input->setTextValue(text);
            input->accept();
        } else if (act) {
            act(w);
        }
    }

    QTimer m_timer;
    QPointer<QWidget> m_handled;
};

QString shotsFolder()
{
    const QString folder = qEnvironmentVariable("NEWSROOM_SHOTS");
    if (!folder.isEmpty())
        QDir().mkpath(folder);
    return folder;
}

} // namespace

class tst_ReviewDocks : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_admin, m_anna, m_boris, m_vera;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = m_wf->signIn(name, name.toUtf8() + "-pw");
        return s ? *s : WorkflowSession {};
    }

    Article draft(const QString &headline, const QString &text)
    {
        Article a;
        a.id = QUuid::createUuid();
        a.meta.headline = headline;
        a.meta.lead = u"Аграрии Копыльского района завершили уборку зерновых."_s;
        a.meta.section = u"news"_s;
        a.meta.language = u"ru"_s;
        a.meta.byline = { u"Анна Петрова"_s };
        a.body = CanonicalBody::fromPlainText(text);
        return a;
    }

    // Written and submitted by `author`.
    QUuid submitted(const WorkflowSession &author, const QString &headline, const QString &text)
    {
        const Article a = draft(headline, text);
        if (!m_wf->saveArticle(author, a, 0))
            return {};
        if (!m_wf->perform(author, a.id, WorkflowAction::Submit))
            return {};
        return a.id;
    }

    ArticleStatus status(const QUuid &id)
    {
        Result<Article> a = m_store->article(id);
        return a ? a->status : ArticleStatus::Draft;
    }

    std::unique_ptr<MainWindow> window(const WorkflowSession &session)
    {
        auto w = std::make_unique<MainWindow>();
        w->setExternalChangeInterval(0);
        w->setWorkflow(m_wf.get(), session);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return {};
        return w;
    }

    QStringList auditActions()
    {
        QStringList actions;
        if (Result<QList<AuditRecord>> records = m_wf->auditRecords()) {
            for (const AuditRecord &r : *records)
                actions << r.action;
        }
        return actions;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_wf.reset();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(u"config"_s));
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(path(u"newsroom.sqlite"_s), options);
        QVERIFY(opened);
        m_store = std::move(*opened);
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"));
        m_admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(m_admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"vera"_s, {}, Role::Officer | Role::Supervisor, "vera-pw"));
        m_anna = signIn(u"anna"_s);
        m_boris = signIn(u"boris"_s);
        m_vera = signIn(u"vera"_s);
        QVERIFY(!m_vera.user.isEmpty());
    }

    void supervisorApprovesOfficersArticle()
    {
        const QUuid id = submitted(m_anna, u"Уборка завершена"_s, u"Урожай выше прошлогоднего."_s);
        QVERIFY(!id.isNull());
        auto w = window(m_boris);
        QVERIFY(w);
        ReviewDocks *review = w->reviewDocks();
        QVERIFY(review);
        QCOMPARE(review->queueModel()->rowCount(), 1);
        QVERIFY2(review->queueLabel()->text().contains(u"1"_s),
                 qPrintable(review->queueLabel()->text()));

        QCOMPARE(review->queueModel()->articleId(0), id);
        QVERIFY(w->openArticle(id));
        QCOMPARE(w->currentArticle().id, id);
        QVERIFY(w->isReadOnly());
        QVERIFY(review->reviewBar()->isVisible());
        QVERIFY(review->reviewBar()->approveButton()->isEnabled());

        ModalDriver driver;
        driver.text = u"boris-pw"_s;
        QTest::mouseClick(review->reviewBar()->approveButton(), Qt::LeftButton);
        QCOMPARE(driver.seen, QStringList { u"passwordPrompt"_s });
        QCOMPARE(status(id), ArticleStatus::Approved);
        QVERIFY(auditActions().contains(u"approve"_s));
        QCOMPARE(w->currentArticle().status, ArticleStatus::Approved);
        QVERIFY(!review->reviewBar()->isVisible());
        QCOMPARE(review->queueModel()->rowCount(), 0);
    }

    void ownArticleCannotBeApproved()
    {
        const QUuid id = submitted(m_vera, u"Своя статья"_s, u"Текст своей статьи."_s);
        QVERIFY(!id.isNull());
        auto w = window(m_vera);
        QVERIFY(w);
        QVERIFY(w->openArticle(id));
        ReviewBar *bar = w->reviewDocks()->reviewBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->approveButton()->isEnabled());
        QVERIFY(!bar->approveButton()->toolTip().isEmpty());
        QVERIFY(!bar->reasonText().isEmpty());
        // And the core refuses when asked directly.
        QVERIFY(!m_wf->approve(m_vera, "vera-pw", id));
        QCOMPARE(status(id), ArticleStatus::InReview);
    }

    void requestChangesThenTheOfficerSeesAndResubmits()
    {
        const QUuid id
            = submitted(m_anna, u"Нужна правка"_s, u"Урожай собран. Даты в тексте нет."_s);
        QVERIFY(!id.isNull());
        auto w = window(m_boris);
        QVERIFY(w);
        QVERIFY(w->openArticle(id));
        ReviewDocks *review = w->reviewDocks();
        // A passage comment too, on a selected passage, highlighted in the editor.
        BodyTextEdit *edit = w->editor()->textEdit();
        QTextCursor c(edit->document());
        const int at = edit->toPlainText().indexOf(u"Даты в тексте нет"_s);
        QVERIFY(at >= 0);
        c.setPosition(at);
        c.setPosition(at + 17, QTextCursor::KeepAnchor);
        edit->setTextCursor(c);
        CommentPanel *panel = review->commentPanel();
        QTest::keyClicks(panel->input(), u"A date is needed here."_s);
        QVERIFY(panel->passageButton()->isEnabled());
        QTest::mouseClick(panel->passageButton(), Qt::LeftButton);
        QCOMPARE(panel->openPassages().size(), 1);
        QCOMPARE(edit->extraSelections().size(), 1);
        // The mark is not in the body.
        QVERIFY(!m_store->article(id)->body.contains(u"background"_s));
        if (const QString shots = shotsFolder(); !shots.isEmpty()) {
            w->resize(1500, 900);
            QTest::qWait(50);
            w->grab().save(QDir(shots).filePath(u"review-window.png"_s));
        }

        ModalDriver driver;
        driver.text = u"Добавьте дату уборки."_s;
        QTest::mouseClick(review->reviewBar()->requestChangesButton(), Qt::LeftButton);
        QCOMPARE(driver.seen, QStringList { u"commentPrompt"_s });
        QCOMPARE(status(id), ArticleStatus::ChangesRequested);

        // The officer signs in again: the notification, the threads, an edit, a resubmit.
        m_anna = signIn(u"anna"_s);
        auto officer = window(m_anna);
        QVERIFY(officer);
        QVERIFY2(!officer->reviewDocks()->notificationTexts().isEmpty(),
                 "no notification of the change request");
        QVERIFY(officer->openArticle(id));
        QVERIFY(!officer->isReadOnly());
        QTreeWidget *threads = officer->reviewDocks()->commentPanel()->threads();
        QString all;
        for (QTreeWidgetItemIterator it(threads); *it; ++it)
            all += (*it)->text(0) + (*it)->toolTip(0) + u'\n';
        QVERIFY2(all.contains(u"A date is needed here."_s), qPrintable(all));
        QCOMPARE(officer->editor()->textEdit()->extraSelections().size(), 1);

        BodyTextEdit *body = officer->editor()->textEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" Harvest finished on 5 August."_s);
        QVERIFY(officer->save());

        // Resolved in the panel, then resubmitted; back in the supervisor's queue.
        CommentPanel *officersPanel = officer->reviewDocks()->commentPanel();
        Result<QList<ReviewComment>> comments = m_wf->comments(id);
        QVERIFY(comments);
        for (const ReviewComment &rc : *comments) {
            if (rc.parentId != 0 || rc.resolved)
                continue;
            officersPanel->selectComment(rc.id);
            QVERIFY(officersPanel->resolveButton()->isEnabled());
            QTest::mouseClick(officersPanel->resolveButton(), Qt::LeftButton);
        }
        QCOMPARE(*m_wf->unresolvedComments(id), 0);
        // Resubmitted through the window's own action (Article ▸ Submit for Review), which
        // saves unsaved typing first.
        auto *submit = officer->findChild<QAction *>(u"actionSubmit"_s);
        QVERIFY(submit);
        QTest::keyClicks(body, u" More."_s);
        QVERIFY(submit->isEnabled());
        submit->trigger();
        QCOMPARE(status(id), ArticleStatus::InReview);
        QVERIFY(m_store->article(id)->body.contains(u"More."_s));
        QVERIFY(!submit->isEnabled()); // in review now: nothing to submit
        QVERIFY(officer->findChild<QAction *>(u"actionWithdraw"_s)->isEnabled());
        w->reviewDocks()->refresh();
        QCOMPARE(w->reviewDocks()->queueModel()->rowCount(), 1);
    }

    void conflictBetweenTwoWindowsKeepsBothTexts()
    {
        const Article a = draft(u"Общая статья"_s, u"Исходный текст."_s);
        QVERIFY(m_wf->saveArticle(m_anna, a, 0));
        auto first = window(m_anna);
        auto second = window(m_anna);
        QVERIFY(first && second);
        QVERIFY(first->openArticle(a.id));
        QVERIFY(second->openArticle(a.id));

        BodyTextEdit *one = first->editor()->textEdit();
        one->moveCursor(QTextCursor::End);
        QTest::keyClicks(one, u" Edit of the first window."_s);
        QVERIFY(first->save());

        BodyTextEdit *two = second->editor()->textEdit();
        two->moveCursor(QTextCursor::End);
        QTest::keyClicks(two, u" Edit of the second window."_s);
        ModalDriver driver;
        QString shown;
        driver.act = [&shown](QWidget *w) {
            if (auto *d = qobject_cast<ConflictDialog *>(w)) {
                shown = d->diffView()->bodyView()->toPlainText();
                QTest::mouseClick(d->keepMineButton(), Qt::LeftButton);
            }
        };
        QVERIFY(second->save());
        QVERIFY2(shown.contains(u"first"_s), qPrintable(shown));

        // Mine is the newest revision; theirs is the one before: neither text lost.
        Result<Article> now = m_store->article(a.id);
        QVERIFY(now);
        const QString text = CanonicalBody::plainText(now->body);
        QVERIFY2(text.contains(u"second window"_s), qPrintable(text));
        Result<QList<RevisionInfo>> revisions = m_store->revisions(a.id);
        QVERIFY(revisions);
        bool theirsKept = false;
        for (const RevisionInfo &r : *revisions) {
            if (Result<Article> at = m_store->articleRevision(a.id, r.version))
                theirsKept
                    = theirsKept || CanonicalBody::plainText(at->body).contains(u"first window"_s);
        }
        QVERIFY(theirsKept);
        QVERIFY(!second->isModified());

        // The history dock compares the first and the newest revision.
        ReviewDocks *review = second->reviewDocks();
        review->historyDock()->show();
        HistoryView *history = review->historyView();
        history->compare(1, now->version);
        const QString diff = history->diffView()->bodyView()->toPlainText();
        QVERIFY2(diff.contains(u"second"_s), qPrintable(diff));
        if (const QString shots = shotsFolder(); !shots.isEmpty()) {
            second->resize(1400, 950);
            QTest::qWait(50);
            second->grab().save(QDir(shots).filePath(u"history-diff.png"_s));
        }
    }

    void recoveryAfterACrashRestoresTheText()
    {
        const Article a = draft(u"Не сохранено"_s, u"Сохранённый текст."_s);
        QVERIFY(m_wf->saveArticle(m_anna, a, 0));
        {
            auto w = window(m_anna);
            QVERIFY(w);
            QVERIFY(w->openArticle(a.id));
            BodyTextEdit *body = w->editor()->textEdit();
            body->moveCursor(QTextCursor::End);
            QTest::keyClicks(body, u" Typed before the crash."_s);
            QVERIFY(w->isModified());
            // The autosave the window's throttle makes, then a crash: the window goes without
            // asking (no close event).
            Article state = *m_store->article(a.id);
            state.body = w->editor()->body();
            QVERIFY(m_store->saveRecovery(state, u"anna"_s));
        }
        auto w = window(m_anna);
        QVERIFY(w);
        ModalDriver driver;
        driver.act = [](QWidget *widget) {
            if (auto *d = qobject_cast<RecoveryDialog *>(widget)) {
                d->selectRow(0);
                QTest::mouseClick(d->restoreButton(), Qt::LeftButton);
            }
        };
        QCOMPARE(w->offerRecovery(), 1);
        QCOMPARE(w->currentArticle().id, a.id);
        QVERIFY(w->isModified());
        QVERIFY2(w->editor()->textEdit()->toPlainText().contains(u"Typed before the crash."_s),
                 qPrintable(w->editor()->textEdit()->toPlainText()));
        QVERIFY(w->save());
        QVERIFY(CanonicalBody::plainText(m_store->article(a.id)->body)
                    .contains(u"Typed before the crash."_s));
    }

    void switchUserKeepsTheWindow()
    {
        auto w = window(m_anna);
        QVERIFY(w);
        w->setSignIn(
            [this](QWidget *) { return std::optional<WorkflowSession>(signIn(u"boris"_s)); });
        QVERIFY(w->switchUser());
        QCOMPARE(w->session().user, u"boris"_s);
        QVERIFY(w->isVisible());
        QVERIFY(w->reviewDocks()->queueDock()->isVisible());
    }
};

QTEST_MAIN(tst_ReviewDocks)
#include "tst_ReviewDocks.moc"
