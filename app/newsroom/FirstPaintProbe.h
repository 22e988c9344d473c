#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

// For the benchmark (NEWSROOM_BENCH_FIRST_PAINT=1): when the first top-level window has painted,
// prints "newsroom-first-paint rss_kb=N" and quits, so that the bench can time exec to first
// visible window from outside and read the resident memory at that moment.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

    static bool wanted() { return qEnvironmentVariableIntValue("NEWSROOM_BENCH_FIRST_PAINT") == 1; }

    static qint64 residentKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            m_done = true;
            // After this paint is flushed to the window, not before.
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::printf("newsroom-first-paint rss_kb=%lld\n", residentKiB());
                    std::fflush(stdout);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_done = false;
};
