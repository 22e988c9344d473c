#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// When to write the editor's unsaved state to its recovery slot (Store::saveRecovery): once
// typing pauses for the idle delay, and during long unbroken typing every maximum delay — but
// never twice within the minimum interval (5 s), so autosave cannot load the disk while
// someone types.
//
//     connect(document, &QTextDocument::contentsChange, throttle, &AutosaveThrottle::noteChange);
//     connect(throttle, &AutosaveThrottle::autosaveDue, this, [&] { store.saveRecovery(…); });
//     // after an explicit save: throttle->reset();  on close: throttle->flush();
class AutosaveThrottle : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit AutosaveThrottle(QObject *parent = nullptr);

    // Defaults: 5,000 ms minimum interval, 1,500 ms idle delay, 5,000 ms maximum delay.
    void setMinimumInterval(int ms);
    void setIdleDelay(int ms);
    void setMaximumDelay(int ms);
    int minimumInterval() const { return m_minimumInterval; }
    int idleDelay() const { return m_idleDelay; }
    int maximumDelay() const { return m_maximumDelay; }
    // For tests: a fake clock. The timer still runs on real time; call poll() to act on the
    // fake one.
    void setClock(Clock clock);

    bool isPending() const { return m_pending; }
    // When autosaveDue will fire next, on the clock (-1: nothing pending).
    qint64 dueAt() const;

    // Something changed.
    void noteChange();
    // Nothing is unsaved any more (the user saved explicitly, or discarded the changes).
    void reset();
    // Emits autosaveDue now if a change is pending, whatever the interval (closing a window).
    void flush();
    // Emits autosaveDue if it is due by now. The timer calls it; tests may too.
    void poll();

Q_SIGNALS:
    void autosaveDue();

private:
    qint64 now() const;
    void schedule();
    void fire();

    int m_minimumInterval = 5000;
    int m_idleDelay = 1500;
    int m_maximumDelay = 5000;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    bool m_pending = false;
    qint64 m_firstChange = 0;
    qint64 m_lastChange = 0;
    qint64 m_lastSave = -1;
};
