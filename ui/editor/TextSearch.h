#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextCursor>

class QTextDocument;

// Find and replace over a QTextDocument, paragraph by paragraph: plain or regular-expression
// patterns, case sensitivity, whole words (Unicode-aware, so Cyrillic words count as words),
// \1-style references in replacements, and replace-all as a single undo step.
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(TextSearch)

public:
    struct Options
    {
        bool caseSensitive = false;
        bool wholeWords = false;
        bool regularExpression = false;
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, Options options);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    // False for an invalid regular expression; errorString() says what is wrong and where.
    bool isValid() const;
    QString errorString() const;

    // The next match at or after `from`'s selection end (backward: before its selection start),
    // wrapping around the document; *wrapped tells whether it did. A null cursor if none.
    QTextCursor find(QTextDocument *document, const QTextCursor &from, bool backward = false,
                     bool *wrapped = nullptr) const;

    // Does `selection` cover exactly one match?
    bool matchesExactly(const QTextCursor &selection) const;

    // The replacement text for the match under `selection` (\0–\9 expanded in regex mode).
    QString replacementFor(const QTextCursor &selection, const QString &replacement) const;

    // Replaces the selected match; returns false when the selection is not a match.
    bool replace(QTextCursor &selection, const QString &replacement) const;

    // Every match in the document replaced, as one undo step. Returns how many.
    int replaceAll(QTextDocument *document, const QString &replacement) const;

    int countMatches(const QTextDocument *document) const;

private:
    QString expand(const QRegularExpressionMatch &match, const QString &replacement) const;

    QString m_pattern;
    Options m_options;
    QRegularExpression m_regex;
};
