#include "MainWindow.h"

#include "NewsroomVersion.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Newsroom"));
    createActions();
    createMenus();

    auto *placeholder = new QLabel(tr("No article is open."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 760);
}

void MainWindow::createActions()
{
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    // Platforms with a Windows key scheme (and the offscreen one) define no Quit binding.
    const auto quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quit->setShortcuts(
        quitKeys.isEmpty() ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Q) } : quitKeys);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    // Window-owned so the shortcut works even where the menu bar is native or hidden.
    addAction(m_quit);

    m_about = new QAction(tr("&About Newsroom"), this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Newsroom"),
                           tr("<p><b>Newsroom</b> %1</p><p>Write, review and publish the news of "
                              "your press office.</p>")
                               .arg(QStringLiteral(NEWSROOM_VERSION_STRING)));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
}
