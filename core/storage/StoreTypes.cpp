#include "StoreTypes.h"

QString SearchHit::markedSnippet(const QString &open, const QString &close, bool escapeHtml) const
{
    auto text = [&](qsizetype from, qsizetype length) {
        const QString part = snippet.mid(from, length);
        return escapeHtml ? part.toHtmlEscaped() : part;
    };
    QString out;
    qsizetype pos = 0;
    for (const auto &[start, length] : highlights) {
        if (start < pos)
            continue;
        out += text(pos, start - pos) + open + text(start, length) + close;
        pos = start + length;
    }
    out += text(pos, snippet.size() - pos);
    return out;
}
