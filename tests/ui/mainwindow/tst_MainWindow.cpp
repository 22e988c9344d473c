#include "article/CanonicalBody.h"
#include "articlelist/ArticleFilterBar.h"
#include "articlelist/ArticleListModel.h"
#include "articlelist/ArticleListView.h"
#include "mainwindow/BodyEditor.h"
#include "mainwindow/MainWindow.h"
#include "metadata/MetadataPanel.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<SqliteStore> openStore(const QString &name, bool sample)
    {
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(m_dir.filePath(name), options);
        if (!store)
            return {};
        if (sample && !SampleNewsroom::populate(**store, u"officer"_s))
            return {};
        return std::move(*store);
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
    }

    void createTypeSaveReopen()
    {
        auto store = openStore(u"a.sqlite"_s, false);
        QVERIFY(store);
        MainWindow window;
        window.setSections(SampleNewsroom::sections());
        window.setStore(store.get(), u"officer"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.listModel()->rowCount(), 0);

        window.newAction()->trigger();
        QTest::keyClicks(window.metadataPanel()->headlineEdit(), u"Road works on Sovetskaya"_s);
        QWidget *body = window.editor()->widget();
        body->setFocus();
        QTest::keyClicks(body, u"Traffic is limited until zanzibar September."_s);
        QVERIFY(window.isModified());
        QCOMPARE(window.saveStateLabel()->text(), u"Unsaved changes"_s);
        QTRY_VERIFY(window.statsLabel()->text().contains(u"word"_s));

        QTest::keySequence(&window, QKeySequence::Save);
        QVERIFY(!window.isModified());
        QVERIFY2(window.saveStateLabel()->text().startsWith(u"Saved "_s),
                 qPrintable(window.saveStateLabel()->text()));
        const QUuid id = window.currentArticle().id;
        QCOMPARE(window.listModel()->rowCount(), 1);
        QCOMPARE(window.listModel()->articleId(0), id);

        // Reopen in a fresh window: everything came back from the store.
        MainWindow again;
        again.setStore(store.get(), u"officer"_s);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.listView()->setFocus();
        again.listView()->setCurrentIndex(again.listModel()->index(0, 1));
        QTest::keyClick(again.listView(), Qt::Key_Return);
        QCOMPARE(again.currentArticle().id, id);
        QCOMPARE(again.metadataPanel()->headlineEdit()->text(), u"Road works on Sovetskaya"_s);
        QCOMPARE(again.metadataPanel()->slugEdit()->text(), u"road-works-on-sovetskaya"_s);
        QVERIFY2(again.editor()->plainText().contains(u"Traffic is limited until zanzibar"_s),
                 qPrintable(again.editor()->plainText()));
        QVERIFY(!again.isModified());

        // Search finds it (debounced box -> FTS).
        QTest::keyClicks(again.filterBar()->searchEdit(), u"zanzibar"_s);
        QTRY_COMPARE(again.listModel()->searchText(), u"zanzibar"_s);
        QCOMPARE(again.listModel()->rowCount(), 1);
        QCOMPARE(again.listModel()->articleId(0), id);
    }

    void filtersByStatusAndOpensReviewReadOnly()
    {
        auto store = openStore(u"sample.sqlite"_s, true);
        QVERIFY(store);
        MainWindow window;
        window.setSections(SampleNewsroom::sections());
        window.setStore(store.get(), u"officer"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.listModel()->rowCount(), int(SampleNewsroom::articles().size()));
        QComboBox *status = window.filterBar()->statusCombo();
        QVERIFY2(status->itemText(0).contains(u"(10)"_s), qPrintable(status->itemText(0)));
        status->setCurrentIndex(status->findData(int(ArticleStatus::InReview)));
        QCOMPARE(window.listModel()->rowCount(), 2);
        QVERIFY(window.openArticle(window.listModel()->articleId(0)));
        QVERIFY(window.isReadOnly());
        QVERIFY(!window.saveAction()->isEnabled());
        QTest::keyClicks(window.metadataPanel()->headlineEdit(), u"changed"_s);
        QVERIFY(!window.isModified());
        QCOMPARE(window.metadataPanel()->headlineEdit()->text(),
                 window.currentArticle().meta.headline);
    }

    void refreshesWhenAnotherProcessSaves()
    {
        auto store = openStore(u"shared.sqlite"_s, true);
        QVERIFY(store);
        MainWindow window;
        window.setStore(store.get(), u"officer"_s);
        window.setExternalChangeInterval(50);
        const int before = window.listModel()->rowCount();
        // A second connection stands for another process.
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto other = SqliteStore::open(m_dir.filePath(u"shared.sqlite"_s), options);
        QVERIFY(other);
        Article a;
        a.id = QUuid::createUuid();
        a.meta.headline = u"From elsewhere"_s;
        a.meta.slug = u"from-elsewhere"_s;
        a.body = CanonicalBody::sanitise(u"<p>x</p>"_s); // the store keeps canonical bodies only
        QVERIFY((*other)->saveArticle(a, 0, u"supervisor"_s));
        QTRY_COMPARE(window.listModel()->rowCount(), before + 1);
        QVERIFY(window.listModel()->rowOf(a.id) >= 0);
    }

    void conflictKeepsTheText()
    {
        auto store = openStore(u"conflict.sqlite"_s, true);
        QVERIFY(store);
        MainWindow window;
        window.setStore(store.get(), u"officer"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QUuid draft = SampleNewsroom::articles().at(4).id; // a draft
        QVERIFY(window.openArticle(draft));
        QVERIFY(!window.isReadOnly());
        // Someone else saves first.
        auto other = store->article(draft);
        QVERIFY(other);
        QVERIFY(store->saveArticle(*other, other->version, u"supervisor"_s));
        window.editor()->widget()->setFocus();
        QTest::keyClicks(window.editor()->widget(), u"My precious words"_s);
        // The message box is modal; close it once it is up.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QApplication::activeModalWidget()->close();
        });
        QVERIFY(!window.save());
        QVERIFY(window.isModified());
        QVERIFY(window.editor()->plainText().contains(u"My precious words"_s));
    }

    void screenshots()
    {
        // Written where NEWSROOM_SCREENSHOT_DIR says (to look at), else into the temporary dir.
        const QString dir = qEnvironmentVariableIsEmpty("NEWSROOM_SCREENSHOT_DIR")
            ? m_dir.path()
            : qEnvironmentVariable("NEWSROOM_SCREENSHOT_DIR");
        auto store = openStore(u"shots.sqlite"_s, true);
        QVERIFY(store);
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
                for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
                    p.setColor(QPalette::Disabled, role, QColor(0x78, 0x78, 0x78));
                QApplication::setPalette(p);
            }
            MainWindow window;
            window.setSections(SampleNewsroom::sections());
            window.setStore(store.get(), u"officer"_s, u"press officer"_s);
            window.resize(1400, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.listView()->setCurrentIndex(window.listModel()->index(1, 1));
            QVERIFY(window.openArticle(window.listModel()->articleId(1)));
            QTest::qWait(400); // the debounced word count
            grabTo(&window, dir + (dark ? u"/mainwin-dark.png"_s : u"/mainwin-light.png"_s));
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
        QVERIFY2(menus.contains(u"&File"_s), qPrintable(menus.join(u',')));
        QVERIFY2(menus.contains(u"&Help"_s), qPrintable(menus.join(u',')));
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
