#pragma once

#include <Sonnet/Highlighter>

class QTextEdit;
class QTimer;

// Sonnet's as-you-type highlighter, kept incremental: only the paragraphs on screen (and the one
// being edited) are checked, the rest when they scroll into view, and Sonnet's whole-document
// re-checks after each edited word are replaced by a re-check of that paragraph. A 100,000-word
// article thus costs a screenful of dictionary look-ups, not the whole text, per change.
class SpellCheckHighlighter : public Sonnet::Highlighter
{
    Q_OBJECT

public:
    explicit SpellCheckHighlighter(QTextEdit *edit);
    ~SpellCheckHighlighter() override;

    // The installed dictionary for a BCP 47 code: "ru" → "ru_RU", "en" → "en_US" (or another en_*).
    // Empty when Sonnet has none.
    static QString dictionaryFor(const QString &languageCode);

    // Switches to the article's language; false (and checking off) when there is no dictionary.
    bool setArticleLanguage(const QString &languageCode);

    // Checks everything again (after "Add to dictionary" / "Ignore"): the visible paragraphs now,
    // the rest as they come into view.
    void recheck();

    // Paragraphs checked at least once since the last recheck, and paragraph checks in all (for
    // tests and the benchmark).
    int checkedBlockCount() const { return m_checkedBlocks; }
    int checkCount() const { return m_checks; }

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibleRange();
    void checkVisibleBlocks();

    QTextEdit *m_edit = nullptr;
    QTimer *m_visibleCheck = nullptr;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
    int m_editedPosition = -1;
    int m_checkedBlocks = 0;
    int m_checks = 0;
};
