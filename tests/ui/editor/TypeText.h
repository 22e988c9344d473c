#pragma once

#include <QTest>

// QTest::keyClicks() types Latin-1 only (anything else asserts in QTest's ASCII table). This
// sends every character as a real key press with its text, the key code being the character's
// upper-case code point, as the xcb platform reports Cyrillic keys.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c != u'\n') {
            QTest::keyClick(widget, char(c.unicode()));
        } else if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            const auto key = Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
        }
    }
}
