#pragma once

// What the crash-test child does, step by step, so that the parent can tell which states the
// database may be in after a kill. Step n (counting on across runs, each run starting at a
// multiple of 4):
//   n % 4 != 3: autosave the text of n into the recovery slot
//   n % 4 == 3: save the text of n - 1 (what was just autosaved) as a new revision
// After each step succeeds the child appends "A n version" or "S n version" to its log.

#include <QString>

namespace CrashProtocol {

inline bool isSave(qint64 step)
{
    return step % 4 == 3;
}

// The body of step n: a paragraph naming it and some bulk, so that writes span pages.
inline QString body(qint64 n)
{
    QString html = QStringLiteral("<p>draft %1</p>\n").arg(n);
    for (int i = 0; i < 40; ++i)
        html += QStringLiteral("<p>Пункт %1 черновика %2: районные новости, урожай и погода.</p>\n")
                    .arg(i)
                    .arg(n);
    return html;
}

// The text a step leaves in a revision or the slot.
inline qint64 textOf(qint64 step)
{
    return isSave(step) ? step - 1 : step;
}

inline QString user()
{
    return QStringLiteral("crash");
}

} // namespace CrashProtocol
