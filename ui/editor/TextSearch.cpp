#include "TextSearch.h"

#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

TextSearch::TextSearch(const QString &pattern, Options options)
    : m_pattern(pattern)
    , m_options(options)
{
    QString source = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWords)
        source = u"(?<![\\w])(?:"_s + source + u")(?![\\w])"_s;
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(source, flags);
}

bool TextSearch::isValid() const
{
    return !m_pattern.isEmpty() && m_regex.isValid();
}

QString TextSearch::errorString() const
{
    if (m_pattern.isEmpty() || m_regex.isValid())
        return {};
    // The offset is into our wrapped pattern when searching whole words; report it in the user's.
    qsizetype offset = m_regex.patternErrorOffset();
    if (m_options.wholeWords)
        offset = qMax<qsizetype>(0, offset - 12);
    return tr("Invalid regular expression: %1 (at character %2)")
        .arg(m_regex.errorString())
        .arg(offset + 1);
}

QTextCursor TextSearch::find(QTextDocument *document, const QTextCursor &from, bool backward,
                             bool *wrapped) const
{
    if (wrapped)
        *wrapped = false;
    if (!isValid() || !document)
        return {};

    const auto select = [document](const QTextBlock &block, const QRegularExpressionMatch &m) {
        QTextCursor c(document);
        c.setPosition(block.position() + int(m.capturedStart()));
        c.setPosition(block.position() + int(m.capturedEnd()), QTextCursor::KeepAnchor);
        return c;
    };

    if (!backward) {
        const int start = from.isNull() ? 0 : from.selectionEnd();
        QTextBlock block = document->findBlock(start);
        int offset = start - block.position();
        for (int pass = 0; pass < 2; ++pass) {
            for (; block.isValid(); block = block.next(), offset = 0) {
                const QString text = block.text();
                auto it = m_regex.globalMatch(text, offset);
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (m.capturedLength() > 0)
                        return select(block, m);
                }
            }
            // Wrap around once, from the top.
            if (wrapped)
                *wrapped = true;
            block = document->begin();
            offset = 0;
        }
        return {};
    }

    const int start = from.isNull() ? document->characterCount() : from.selectionStart();
    QTextBlock block = document->findBlock(start);
    if (!block.isValid())
        block = document->lastBlock();
    int limit = start - block.position(); // matches must start before this
    for (int pass = 0; pass < 2; ++pass) {
        for (; block.isValid(); block = block.previous(), limit = -1) {
            const QString text = block.text();
            const int end = limit < 0 ? int(text.size()) + 1 : limit;
            QRegularExpressionMatch last;
            auto it = m_regex.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedStart() >= end)
                    break;
                if (m.capturedLength() > 0)
                    last = m;
            }
            if (last.hasMatch())
                return select(block, last);
        }
        if (wrapped)
            *wrapped = true;
        block = document->lastBlock();
        limit = -1;
    }
    return {};
}

bool TextSearch::matchesExactly(const QTextCursor &selection) const
{
    if (!isValid() || !selection.hasSelection())
        return false;
    const QTextBlock block = selection.document()->findBlock(selection.selectionStart());
    if (selection.selectionEnd() > block.position() + block.length() - 1)
        return false;
    const int from = selection.selectionStart() - block.position();
    const int to = selection.selectionEnd() - block.position();
    // Matched in the paragraph's context so that look-arounds and whole words behave as in find().
    auto it = m_regex.globalMatch(block.text());
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() == from && m.capturedEnd() == to)
            return true;
        if (m.capturedStart() > from)
            break;
    }
    return false;
}

QString TextSearch::replacementFor(const QTextCursor &selection, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    const QTextBlock block = selection.document()->findBlock(selection.selectionStart());
    const int from = selection.selectionStart() - block.position();
    auto it = m_regex.globalMatch(block.text());
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() == from)
            return expand(m, replacement);
    }
    return replacement;
}

bool TextSearch::replace(QTextCursor &selection, const QString &replacement) const
{
    if (!matchesExactly(selection))
        return false;
    const QString text = replacementFor(selection, replacement);
    // Keep the formatting of the match's first character (a bold word stays bold).
    QTextCursor first(selection.document());
    first.setPosition(selection.selectionStart() + 1);
    selection.insertText(text, first.charFormat());
    return true;
}

int TextSearch::replaceAll(QTextDocument *document, const QString &replacement) const
{
    if (!isValid() || !document)
        return 0;
    int count = 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // Collected first, then replaced from the end so that earlier offsets stay right.
        QList<QRegularExpressionMatch> matches;
        auto it = m_regex.globalMatch(block.text());
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                matches << m;
        }
        const int base = block.position();
        for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
            QTextCursor first(document);
            first.setPosition(base + int(m->capturedStart()) + 1);
            const QTextCharFormat format = first.charFormat();
            cursor.setPosition(base + int(m->capturedStart()));
            cursor.setPosition(base + int(m->capturedEnd()), QTextCursor::KeepAnchor);
            cursor.insertText(m_options.regularExpression ? expand(*m, replacement) : replacement,
                              format);
            ++count;
        }
    }
    cursor.endEditBlock();
    return count;
}

int TextSearch::countMatches(const QTextDocument *document) const
{
    if (!isValid() || !document)
        return 0;
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        auto it = m_regex.globalMatch(block.text());
        while (it.hasNext()) {
            if (it.next().capturedLength() > 0)
                ++count;
        }
    }
    return count;
}

QString TextSearch::expand(const QRegularExpressionMatch &match, const QString &replacement) const
{
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c == u'\\' && i + 1 < replacement.size()) {
            const QChar next = replacement[i + 1];
            if (next.isDigit()) {
                out += match.captured(next.digitValue());
                ++i;
                continue;
            }
            if (next == u'\\') {
                out += u'\\';
                ++i;
                continue;
            }
            if (next == u'n') {
                out += QChar(QChar::LineSeparator);
                ++i;
                continue;
            }
            if (next == u't') {
                out += u'\t';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
