#include "storage/AutosaveThrottle.h"

#include <QSignalSpy>
#include <QTest>

class tst_AutosaveThrottle : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    void advance(AutosaveThrottle &t, qint64 ms, qint64 step = 100)
    {
        for (qint64 end = m_now + ms; m_now < end;) {
            m_now = std::min(m_now + step, end);
            t.poll();
        }
    }

    void useFakeClock(AutosaveThrottle &t)
    {
        m_now = 0;
        t.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void defaultsAreFiveSecondsAndIdle()
    {
        AutosaveThrottle t;
        QCOMPARE(t.minimumInterval(), 5000);
        QCOMPARE(t.maximumDelay(), 5000);
        QVERIFY(t.idleDelay() > 0 && t.idleDelay() < 5000);
        QVERIFY(!t.isPending());
        QCOMPARE(t.dueAt(), -1);
    }

    void savesOnceTypingPauses()
    {
        AutosaveThrottle t;
        useFakeClock(t);
        QSignalSpy due(&t, &AutosaveThrottle::autosaveDue);
        t.noteChange();
        advance(t, 1400);
        QCOMPARE(due.size(), 0);
        advance(t, 200); // idle for 1.5 s
        QCOMPARE(due.size(), 1);
        QVERIFY(!t.isPending());
        advance(t, 10000);
        QCOMPARE(due.size(), 1); // nothing new, nothing saved
    }

    void continuousTypingSavesEveryFiveSecondsAndNoMore()
    {
        AutosaveThrottle t;
        useFakeClock(t);
        QSignalSpy due(&t, &AutosaveThrottle::autosaveDue);
        QList<qint64> at;
        connect(&t, &AutosaveThrottle::autosaveDue, this, [&] { at << m_now; });
        for (int i = 0; i < 300; ++i) { // a keystroke every 100 ms for 30 s
            t.noteChange();
            advance(t, 100);
        }
        QVERIFY2(due.size() >= 5 && due.size() <= 6, QByteArray::number(due.size()).constData());
        for (int i = 1; i < at.size(); ++i)
            QVERIFY(at.at(i) - at.at(i - 1) >= 5000);
    }

    void aPauseSoonAfterASaveWaitsForTheInterval()
    {
        AutosaveThrottle t;
        useFakeClock(t);
        QList<qint64> at;
        connect(&t, &AutosaveThrottle::autosaveDue, this, [&] { at << m_now; });
        t.noteChange();
        advance(t, 2000);
        QCOMPARE(at.size(), 1); // at 1.5 s
        t.noteChange(); // at 2 s, then idle
        advance(t, 2000);
        QCOMPARE(at.size(), 1); // idle since 3.5 s, but the last save was at 1.5 s
        advance(t, 2400);
        QCOMPARE(at.size(), 1); // 6.4 s
        advance(t, 200);
        QCOMPARE(at.size(), 2);
        QCOMPARE(at.at(1), at.at(0) + 5000);
    }

    void resetForgetsAndFlushSavesNow()
    {
        AutosaveThrottle t;
        useFakeClock(t);
        QSignalSpy due(&t, &AutosaveThrottle::autosaveDue);
        t.noteChange();
        t.reset(); // saved explicitly
        advance(t, 10000);
        QCOMPARE(due.size(), 0);
        t.flush();
        QCOMPARE(due.size(), 0); // nothing pending
        t.noteChange();
        t.flush(); // the window closes
        QCOMPARE(due.size(), 1);
    }

    void theRealTimerFires()
    {
        AutosaveThrottle t;
        t.setIdleDelay(20);
        t.setMinimumInterval(50);
        t.setMaximumDelay(50);
        QSignalSpy due(&t, &AutosaveThrottle::autosaveDue);
        t.noteChange();
        QTRY_COMPARE_WITH_TIMEOUT(due.size(), 1, 2000);
    }
};

QTEST_MAIN(tst_AutosaveThrottle)
#include "tst_AutosaveThrottle.moc"
