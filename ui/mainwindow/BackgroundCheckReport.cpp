#include "BackgroundCheckReport.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

BackgroundCheckReport::BackgroundCheckReport(const QFuture<SqliteStore::BackgroundCheck> &check,
                                             QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundCheckReport::report);
    m_watcher.setFuture(check);
}

void BackgroundCheckReport::setWindow(QMainWindow *window)
{
    m_window = window;
    if (m_window && m_backupErrorPending) {
        m_backupErrorPending = false;
        m_window->statusBar()->showMessage(m_backupError);
    }
}

void BackgroundCheckReport::report()
{
    const SqliteStore::BackgroundCheck outcome = m_watcher.result();
    if (outcome.problem) {
        QWidget *parent = m_window ? m_window.data() : QApplication::activeWindow();
        QMessageBox::critical(parent, tr("Newsroom"),
                              tr("%1\n\nNothing will be saved to this database. Close Newsroom "
                                 "and restore the newest backup (newsroom-cli restore) or ask "
                                 "your administrator.")
                                  .arg(outcome.problem->message));
    } else if (outcome.backupError) {
        m_backupError = tr("Today's backup failed: %1").arg(outcome.backupError->message);
        if (m_window)
            m_window->statusBar()->showMessage(m_backupError);
        else
            m_backupErrorPending = true;
    }
    Q_EMIT reported(outcome);
}
