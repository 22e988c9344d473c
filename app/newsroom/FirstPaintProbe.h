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

    // Milestones on the way to the first paint, printed to stderr with it (where start-up goes).
    static void mark(const char *what)
    {
        if (!wanted())
            return;
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        steps() += QByteArray(what) + '=' + QByteArray::number(clock.nsecsElapsed() / 1000) + "us ";
    }
    static QByteArray &steps()
    {
        static QByteArray text;
        return text;
    }

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
                    mark("painted");
                    std::fprintf(stderr, "newsroom-first-paint steps: %s\n", steps().constData());
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
