#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
