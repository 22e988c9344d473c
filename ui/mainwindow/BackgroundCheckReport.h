#pragma once

#include "storage/sqlite/SqliteStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QMainWindow;

// Tells the user what the database check that runs behind the first window found
// (SqliteStore::IntegrityCheck::InBackground): damage at once in a message that names the file
// and its newest backup (the store refuses every write from then on), a failed daily backup in
// the status bar. A sound file says nothing.
class BackgroundCheckReport : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCheckReport(const QFuture<SqliteStore::BackgroundCheck> &check,
                                   QObject *parent = nullptr);

    // The window the message belongs to, once there is one (before: the sign-in's time).
    void setWindow(QMainWindow *window);

Q_SIGNALS:
    // After the message (if any) was shown.
    void reported(const SqliteStore::BackgroundCheck &outcome);

private:
    void report();

    QFutureWatcher<SqliteStore::BackgroundCheck> m_watcher;
    QPointer<QMainWindow> m_window;
    bool m_backupErrorPending = false;
    QString m_backupError;
};
