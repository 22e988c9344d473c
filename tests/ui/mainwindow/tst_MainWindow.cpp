#include "article/CanonicalBody.h"
#include "articlelist/ArticleFilterBar.h"
#include "articlelist/ArticleListModel.h"
#include "articlelist/ArticleListView.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/LinkDialog.h"
#include "editor/SourceView.h"
#include "mainwindow/MainWindow.h"
#include "metadata/MetadataPanel.h"
#include "signin/SignInDialog.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
// The sample newsroom's people at a cost that keeps hundreds of hashes fast; the production
// cost is the application's (main.cpp) and never reachable from here.
const Argon2Cost kTestCost = Argon2Cost::insecureForTestsOnly();

// A newsroom on a temporary SQLite file with its workflow.
struct Newsroom
{
    QString path;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<Workflow> workflow;
};

// Answers the next modal dialog of type D with `fill`, from inside its exec().
template<typename D, typename F> void whenDialogOpens(F fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog)
            fill(dialog);
    });
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Newsroom open(const QString &name, bool sample)
    {
        Newsroom n;
        n.path = m_dir.filePath(name);
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(n.path, options);
        if (!store)
            return {};
        n.store = std::move(*store);
        n.workflow = std::make_unique<Workflow>(*n.store, kTestCost);
        if (sample && !SampleAccounts::populate(*n.workflow))
            return {};
        return n;
    }

    // Signs in through the real dialog: typed name and password, the button clicked, the
    // check on the dialog's worker thread.
    static std::optional<WorkflowSession> signIn(const Newsroom &n, const QString &user,
                                                 const QString &password)
    {
        const QString path = n.path;
        SignInDialog dialog(
            [path](const SignInRequest &r) { return r.runOnOwnConnection(path, kTestCost); });
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return {};
        QTest::keyClicks(dialog.userEdit(), user);
        QTest::keyClicks(dialog.passwordEdit(), password);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (!accepted.wait(10000))
            return {};
        return dialog.session();
    }

    static void grabTo(QWidget *w, const QString &path)
    {
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        QVERIFY2(shot.save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A configuration of our own: the window remembers its layout (Settings), and a layout
        // left by an earlier run would change what these tests see.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"config"_s));
    }

    void signInCreateFormatSaveReopenSearch()
    {
        Newsroom n = open(u"flow.sqlite"_s, true);
        QVERIFY(n.workflow);
        const auto session = signIn(n, u"officer"_s, u"officer-demo"_s);
        QVERIFY(session);
        QCOMPARE(session->user, u"officer"_s);

        MainWindow window;
        window.setSections(SampleNewsroom::sections());
        window.setWorkflow(n.workflow.get(), *session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.userLabel()->text().contains(u"officer"_s),
                 qPrintable(window.userLabel()->text()));
        const int before = window.listModel()->rowCount();

        // Create: Ctrl+N, a headline, a body typed and formatted through the editor's actions.
        QTest::keySequence(&window, QKeySequence::New);
        QVERIFY(!window.isReadOnly());
        QLineEdit *headline = window.metadataPanel()->headlineEdit();
        headline->selectAll();
        QTest::keyClicks(headline, u"Road works on Sovetskaya"_s);
        BodyTextEdit *body = window.editor()->textEdit();
        body->setFocus();
        body->selectAll();
        QTest::keyClicks(body, u"Traffic is limited until zanzibar September."_s);
        // Bold: select "limited".
        QTextCursor c = body->textCursor();
        c.setPosition(11);
        c.setPosition(18, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        QTest::keySequence(body, QKeySequence::Bold);
        // A list.
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        window.editor()->action(EditorActions::BulletList)->trigger();
        QTest::keyClicks(body, u"Detour via Partizanskaya"_s);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return); // an empty item ends the list
        window.editor()->action(EditorActions::Paragraph)->trigger();
        // A quote.
        window.editor()->action(EditorActions::BlockQuote)->trigger();
        QTest::keyClicks(body, u"We apologise for the inconvenience"_s);
        QTest::keyClick(body, Qt::Key_Return);
        window.editor()->action(EditorActions::BlockQuote)->trigger(); // out of the quote
        // A link through the link dialog.
        QTest::keyClicks(body, u"See the site"_s);
        c = body->textCursor();
        c.movePosition(QTextCursor::StartOfBlock);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        whenDialogOpens<LinkDialog>([](LinkDialog *d) {
            d->findChild<QLineEdit *>(u"linkUrl"_s)->setText(u"https://kopyl.gov.by/news"_s);
            d->accept();
        });
        window.editor()->action(EditorActions::Link)->trigger();

        QVERIFY(window.isModified());
        QCOMPARE(window.saveStateLabel()->text(), u"Unsaved changes"_s);
        QTRY_VERIFY(window.statsLabel()->text().contains(u"word"_s));

        QVERIFY2(window.editor()->body().contains(u"https://kopyl.gov.by/news"_s),
                 qPrintable(window.editor()->body()));
        // Back from the link dialog (the offscreen platform does not reactivate the window by
        // itself): shortcuts go to the active window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.saveAction()->isEnabled());
        QTest::keySequence(&window, QKeySequence::Save);
        QVERIFY(!window.isModified());
        QVERIFY2(window.saveStateLabel()->text().startsWith(u"Saved "_s),
                 qPrintable(window.saveStateLabel()->text()));
        const QUuid id = window.currentArticle().id;
        QCOMPARE(window.listModel()->rowCount(), before + 1);
        QVERIFY(window.listModel()->rowOf(id) >= 0);

        // Saved through the workflow: audited as the signed-in user.
        auto audit = n.workflow->auditRecords();
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [&](const AuditRecord &r) {
            return r.action == u"create"_s && r.actor == u"officer"_s;
        }));

        // Reopen in a fresh window: everything came back from the store.
        MainWindow again;
        again.setWorkflow(n.workflow.get(), *session);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.listView()->setFocus();
        again.listView()->setCurrentIndex(
            again.listModel()->index(again.listModel()->rowOf(id), 1));
        QTest::keyClick(again.listView(), Qt::Key_Return);
        QCOMPARE(again.currentArticle().id, id);
        QCOMPARE(again.metadataPanel()->headlineEdit()->text(), u"Road works on Sovetskaya"_s);
        QCOMPARE(again.metadataPanel()->slugEdit()->text(), u"road-works-on-sovetskaya"_s);
        const QString stored = again.editor()->body();
        QVERIFY2(stored.contains(u"<strong>limited</strong>"_s), qPrintable(stored));
        QVERIFY2(stored.contains(u"<ul>\n<li>Detour via Partizanskaya</li>\n</ul>"_s),
                 qPrintable(stored));
        QVERIFY2(stored.contains(u"<blockquote>"_s)
                     && stored.contains(u"We apologise for the inconvenience"_s),
                 qPrintable(stored));
        QVERIFY2(stored.contains(u"<a href=\"https://kopyl.gov.by/news\">See the site</a>"_s),
                 qPrintable(stored));
        QCOMPARE(stored, CanonicalBody::sanitise(stored));
        QVERIFY(!again.isModified());
        QVERIFY(!again.isReadOnly());

        // Search finds it (debounced box -> FTS).
        QTest::keyClicks(again.filterBar()->searchEdit(), u"zanzibar"_s);
        QTRY_COMPARE(again.listModel()->searchText(), u"zanzibar"_s);
        QCOMPARE(again.listModel()->rowCount(), 1);
        QCOMPARE(again.listModel()->articleId(0), id);
    }

    void hostilePasteAndSourceView()
    {
        Newsroom n = open(u"paste.sqlite"_s, true);
        QVERIFY(n.workflow);
        const auto session = signIn(n, u"officer"_s, u"officer-demo"_s);
        QVERIFY(session);
        MainWindow window;
        window.setWorkflow(n.workflow.get(), *session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newAction()->trigger();
        BodyTextEdit *body = window.editor()->textEdit();
        body->setFocus();
        body->selectAll();

        auto *mime = new QMimeData;
        mime->setHtml(u"<html><head><style>p{color:red}</style><script>steal()</script></head>"
                      u"<body><p style=\"font-family:Calibri\" onclick=\"evil()\">Hello <b "
                      u"style=\"font-size:30px\">world</b> <a href=\"javascript:alert(1)\">bad</a> "
                      u"<a href=\"https://kopyl.gov.by\" onmouseover=\"x()\">site</a></p>"
                      u"<img src=\"https://tracker.example/p.gif\" width=\"1\" height=\"1\">"
                      u"<ul><li>one</li><li>two</li></ul></body></html>"_s);
        mime->setText(u"Hello world"_s);
        QApplication::clipboard()->setMimeData(mime);
        QTest::keySequence(body, QKeySequence::Paste);
        QTest::keyClicks(window.metadataPanel()->headlineEdit(), u"Pasted"_s);
        QVERIFY(window.save());

        auto stored = n.store->article(window.currentArticle().id);
        QVERIFY(stored);
        for (const QString &bad :
             { u"script"_s, u"steal"_s, u"evil"_s, u"onclick"_s, u"onmouseover"_s, u"javascript"_s,
               u"style"_s, u"tracker"_s, u"<img"_s, u"font"_s, u"color"_s }) {
            QVERIFY2(!stored->body.contains(bad, Qt::CaseInsensitive),
                     qPrintable(bad + u" in "_s + stored->body));
        }
        QVERIFY2(stored->body.contains(u"<strong>world</strong>"_s), qPrintable(stored->body));
        QVERIFY2(stored->body.contains(u"<a href=\"https://kopyl.gov.by\">site</a>"_s),
                 qPrintable(stored->body));
        QVERIFY2(stored->body.contains(u"<ul>\n<li>one</li>\n<li>two</li>\n</ul>"_s),
                 qPrintable(stored->body));

        // Edit in the source view, switch back, save: the edit is in the article.
        window.editor()->action(EditorActions::SourceView)->trigger();
        QVERIFY(window.editor()->isSourceMode());
        SourceView *source = window.editor()->sourceView();
        QVERIFY(source->toPlainText().contains(u"<strong>world</strong>"_s));
        QTextCursor end = source->textCursor();
        end.movePosition(QTextCursor::End);
        source->setTextCursor(end);
        source->setFocus();
        QTest::keyClicks(source, u"<h2>From the source</h2>"_s);
        window.editor()->action(EditorActions::SourceView)->trigger();
        QVERIFY(!window.editor()->isSourceMode());
        QVERIFY(window.editor()->textEdit()->toPlainText().contains(u"From the source"_s));
        QVERIFY(window.isModified());
        QVERIFY(window.save());
        stored = n.store->article(window.currentArticle().id);
        QVERIFY(stored);
        QVERIFY2(stored->body.contains(u"<h2>From the source</h2>"_s), qPrintable(stored->body));
    }

    void filtersByStatusAndRespectsTheWorkflow()
    {
        Newsroom n = open(u"sample.sqlite"_s, true);
        QVERIFY(n.workflow);
        const auto officer = signIn(n, u"officer"_s, u"officer-demo"_s);
        QVERIFY(officer);
        MainWindow window;
        window.setSections(SampleNewsroom::sections());
        window.setWorkflow(n.workflow.get(), *officer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.listModel()->rowCount(), int(SampleNewsroom::articles().size()));
        QComboBox *status = window.filterBar()->statusCombo();
        QVERIFY2(status->itemText(0).contains(u"(10)"_s), qPrintable(status->itemText(0)));
        status->setCurrentIndex(status->findData(int(ArticleStatus::InReview)));
        QCOMPARE(window.listModel()->rowCount(), 2);
        for (int r = 0; r < window.listModel()->rowCount(); ++r)
            QCOMPARE(
                ArticleStatus(
                    window.listModel()->index(r, 0).data(ArticleListModel::StatusRole).toInt()),
                ArticleStatus::InReview);

        // Its author may not edit an article in review: editor and metadata are read-only.
        QVERIFY(window.openArticle(window.listModel()->articleId(0)));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(window.metadataPanel()->isReadOnly());
        QVERIFY(!window.saveAction()->isEnabled());
        QVERIFY(!window.stateLabel()->toolTip().isEmpty()); // the table's reason
        QTest::keyClicks(window.metadataPanel()->headlineEdit(), u"changed"_s);
        QVERIFY(!window.isModified());
        QCOMPARE(window.metadataPanel()->headlineEdit()->text(),
                 window.currentArticle().meta.headline);

        // A draft is editable for its author …
        const QUuid draft = SampleNewsroom::articles().at(4).id;
        QCOMPARE(SampleNewsroom::articles().at(4).status, ArticleStatus::Draft);
        QVERIFY(window.openArticle(draft));
        QVERIFY(!window.isReadOnly());

        // … but not for a supervisor, who neither writes nor creates articles.
        const auto supervisor = signIn(n, u"supervisor"_s, u"supervisor-demo"_s);
        QVERIFY(supervisor);
        MainWindow review;
        review.setWorkflow(n.workflow.get(), *supervisor);
        QVERIFY(review.openArticle(draft));
        QVERIFY(review.isReadOnly());
        QVERIFY(!review.newAction()->isEnabled());
    }

    void wrongPasswordIsRefused()
    {
        Newsroom n = open(u"wrong.sqlite"_s, true);
        QVERIFY(n.workflow);
        const QString path = n.path;
        SignInDialog dialog(
            [path](const SignInRequest &r) { return r.runOnOwnConnection(path, kTestCost); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.userEdit(), u"officer"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"guess"_s);
        QSignalSpy failed(&dialog, &SignInDialog::signInFailed);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), Workflow::wrongCredentialsMessage());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QCOMPARE(dialog.messageLabel()->text(), Workflow::wrongCredentialsMessage());
    }

    void refreshesWhenAnotherProcessSaves()
    {
        Newsroom n = open(u"shared.sqlite"_s, true);
        QVERIFY(n.workflow);
        MainWindow window;
        window.setWorkflow(n.workflow.get(), WorkflowSession { u"officer"_s, Role::Officer });
        window.setExternalChangeInterval(50);
        const int before = window.listModel()->rowCount();
        // A second connection stands for another process.
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto other = SqliteStore::open(n.path, options);
        QVERIFY(other);
        Article a;
        a.id = QUuid::createUuid();
        a.meta.headline = u"From elsewhere"_s;
        a.meta.slug = u"from-elsewhere"_s;
        a.body = CanonicalBody::sanitise(u"<p>x</p>"_s); // the store keeps canonical bodies only
        QVERIFY((*other)->saveArticle(a, 0, u"officer"_s));
        QTRY_COMPARE(window.listModel()->rowCount(), before + 1);
        QVERIFY(window.listModel()->rowOf(a.id) >= 0);
    }

    void conflictKeepsTheText()
    {
        Newsroom n = open(u"conflict.sqlite"_s, true);
        QVERIFY(n.workflow);
        const auto session = signIn(n, u"officer"_s, u"officer-demo"_s);
        QVERIFY(session);
        MainWindow window;
        window.setWorkflow(n.workflow.get(), *session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QUuid draft = SampleNewsroom::articles().at(4).id; // a draft
        QVERIFY(window.openArticle(draft));
        QVERIFY(!window.isReadOnly());
        // Someone else saves first.
        auto other = n.store->article(draft);
        QVERIFY(other);
        QVERIFY(n.workflow->saveArticle(*session, *other, other->version));
        window.editor()->textEdit()->setFocus();
        QTest::keyClicks(window.editor()->textEdit(), u"My precious words"_s);
        // The message box is modal; close it once it is up.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QApplication::activeModalWidget()->close();
        });
        QVERIFY(!window.save());
        QVERIFY(window.isModified());
        QVERIFY(window.editor()->textEdit()->toPlainText().contains(u"My precious words"_s));
    }

    void screenshots()
    {
        // Written where NEWSROOM_SCREENSHOT_DIR says (to look at), else into the temporary dir.
        const QString dir = qEnvironmentVariableIsEmpty("NEWSROOM_SCREENSHOT_DIR")
            ? m_dir.path()
            : qEnvironmentVariable("NEWSROOM_SCREENSHOT_DIR");
        Newsroom n = open(u"shots.sqlite"_s, true);
        QVERIFY(n.workflow);
        const auto session = signIn(n, u"officer"_s, u"officer-demo"_s);
        QVERIFY(session);
        for (const bool dark : { false, true }) {
            const QPalette saved = QApplication::palette();
            if (dark) {
                QPalette p;
                p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
                p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
                p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
                p.setColor(QPalette::HighlightedText, Qt::black);
                p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
                p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
                for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
                    p.setColor(QPalette::Disabled, role, QColor(0x78, 0x78, 0x78));
                QApplication::setPalette(p);
            }
            MainWindow window;
            window.setSections(SampleNewsroom::sections());
            window.setWorkflow(n.workflow.get(), *session);
            window.resize(1500, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // A draft of the officer's, editable, with its checklist marks.
            const int row = window.listModel()->rowOf(SampleNewsroom::articles().at(4).id);
            QVERIFY(row >= 0);
            window.listView()->setCurrentIndex(window.listModel()->index(row, 1));
            QVERIFY(window.openArticle(window.listModel()->articleId(row)));
            QTRY_VERIFY(!window.statsLabel()->text().isEmpty()); // the debounced word count
            QTest::qWait(200); // the spell checker made after the first paint
            grabTo(&window, dir + (dark ? u"/ui-dark.png"_s : u"/ui-light.png"_s));

            if (!dark) {
                const QString path = n.path;
                SignInDialog signInDialog(
                    [path](const SignInRequest &r) { return r.runOnOwnConnection(path); });
                QList<std::pair<QString, QString>> demo;
                for (const SampleAccounts::Account &a : SampleAccounts::accounts())
                    demo.append({ a.name, a.password });
                signInDialog.setDemoAccounts(demo);
                signInDialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&signInDialog));
                grabTo(&signInDialog, dir + u"/ui-signin.png"_s);
            }
            QApplication::setPalette(saved);
        }
    }

    void showsTitledWindowWithMenus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Newsroom"_s);
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        for (const QString &m : { u"&File"_s, u"&Edit"_s, u"F&ormat"_s, u"&Help"_s })
            QVERIFY2(menus.contains(m), qPrintable(menus.join(u',')));
    }

    void quitShortcutClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.quitAction()->shortcut().isEmpty());
        QSignalSpy triggered(window.quitAction(), &QAction::triggered);
        QTest::keySequence(&window, window.quitAction()->shortcut());
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
