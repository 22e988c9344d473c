// What the user is told about the database check that runs behind the first window: damage in a
// message naming the file and its backup, a failed daily backup in the status bar, nothing when
// all is well.

#include "mainwindow/BackgroundCheckReport.h"

#include "../../core/storage/TestArticles.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class tst_BackgroundCheckReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(u"newsroom.sqlite"_s); }

    SqliteStore::Options inBackground(bool dailyBackup)
    {
        SqliteStore::Options o;
        o.dailyBackup = dailyBackup;
        o.integrityCheck = SqliteStore::IntegrityCheck::InBackground;
        return o;
    }

    // A newsroom of 60 articles, closed (so the next open is a fresh look at the file).
    void makeNewsroom()
    {
        SqliteStore::Options o;
        o.dailyBackup = true;
        auto store = SqliteStore::open(dbPath(), o);
        QVERIFY(store);
        auto tx = (*store)->transaction();
        QVERIFY(tx);
        for (int i = 0; i < 60; ++i)
            QVERIFY((*store)->saveArticle(newArticle(u"Article %1"_s.arg(i)), 0, u"anna"_s));
        QVERIFY(tx->commit());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void damageIsShownAtOnceWithTheFileAndTheBackup()
    {
        makeNewsroom();
        const QString backup
            = SqliteBackups::newest(dbPath(), SqliteBackups::defaultDirectory(dbPath()));
        QVERIFY(!backup.isEmpty());
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(4096 * 4, '\xA5'));
        }
        auto store = SqliteStore::open(dbPath(), inBackground(false));
        QVERIFY(store); // the window opens; the check finds the damage behind it

        QMainWindow window;
        window.show();
        BackgroundCheckReport report((*store)->backgroundCheck());
        report.setWindow(&window);
        QSignalSpy reported(&report, &BackgroundCheckReport::reported);
        QString shown;
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        // The message is modal: read it and close it as the user would, when it comes.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                icon = box->icon();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(reported.wait(10000));
        QCOMPARE(icon, QMessageBox::Critical);
        QVERIFY2(shown.contains(dbPath()), qPrintable(shown));
        QVERIFY2(shown.contains(backup), qPrintable(shown));
        QVERIFY2(shown.contains(u"Nothing will be saved"_s), qPrintable(shown));
        QVERIFY(reported.first().first().value<SqliteStore::BackgroundCheck>().problem);
    }

    void aSoundFileSaysNothingAndTakesTheBackup()
    {
        makeNewsroom();
        // A day later the daily backup is due again; the clock says so.
        SqliteStore::Options o = inBackground(true);
        o.clock = [] { return QDateTime::currentDateTimeUtc().addDays(2); };
        auto store = SqliteStore::open(dbPath(), o);
        QVERIFY(store);
        QMainWindow window;
        window.show();
        BackgroundCheckReport report((*store)->backgroundCheck());
        report.setWindow(&window);
        QSignalSpy reported(&report, &BackgroundCheckReport::reported);
        QVERIFY(reported.wait(10000) || reported.size() == 1);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        const auto outcome = reported.first().first().value<SqliteStore::BackgroundCheck>();
        QVERIFY(!outcome.problem);
        QVERIFY(QFile::exists(outcome.backup));
    }

    void aFailedBackupWaitsForTheWindowsStatusBar()
    {
        makeNewsroom();
        // The backup folder is a file: the daily backup cannot be written.
        const QString blocked = m_dir->filePath(u"not-a-folder"_s);
        {
            QFile f(blocked);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        SqliteStore::Options o = inBackground(true);
        o.backupDirectory = blocked;
        auto store = SqliteStore::open(dbPath(), o);
        QVERIFY(store);
        (*store)->backgroundCheck().waitForFinished(); // before there is a window (sign-in)
        BackgroundCheckReport report((*store)->backgroundCheck());
        QSignalSpy reported(&report, &BackgroundCheckReport::reported);
        QVERIFY(reported.wait(10000) || reported.size() == 1);
        QMainWindow window;
        window.show();
        report.setWindow(&window);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Today's backup failed"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(tst_BackgroundCheckReport)
#include "tst_BackgroundCheckReport.moc"
