#include "AutosaveThrottle.h"

#include <algorithm>

AutosaveThrottle::AutosaveThrottle(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveThrottle::poll);
}

void AutosaveThrottle::setMinimumInterval(int ms)
{
    m_minimumInterval = std::max(ms, 0);
    schedule();
}

void AutosaveThrottle::setIdleDelay(int ms)
{
    m_idleDelay = std::max(ms, 0);
    schedule();
}

void AutosaveThrottle::setMaximumDelay(int ms)
{
    m_maximumDelay = std::max(ms, 0);
    schedule();
}

void AutosaveThrottle::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 AutosaveThrottle::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

qint64 AutosaveThrottle::dueAt() const
{
    if (!m_pending)
        return -1;
    const qint64 wanted = std::min(m_lastChange + m_idleDelay, m_firstChange + m_maximumDelay);
    const qint64 allowed = m_lastSave < 0 ? wanted : m_lastSave + m_minimumInterval;
    return std::max(wanted, allowed);
}

void AutosaveThrottle::noteChange()
{
    const qint64 t = now();
    if (!m_pending) {
        m_pending = true;
        m_firstChange = t;
    }
    m_lastChange = t;
    schedule();
}

void AutosaveThrottle::reset()
{
    m_pending = false;
    m_timer.stop();
}

void AutosaveThrottle::flush()
{
    if (m_pending)
        fire();
}

void AutosaveThrottle::poll()
{
    if (m_pending && now() >= dueAt())
        fire();
    else
        schedule();
}

void AutosaveThrottle::schedule()
{
    if (!m_pending) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(dueAt() - now(), 0);
    m_timer.start(std::chrono::milliseconds(wait));
}

void AutosaveThrottle::fire()
{
    m_pending = false;
    m_lastSave = now();
    m_timer.stop();
    Q_EMIT autosaveDue();
}
