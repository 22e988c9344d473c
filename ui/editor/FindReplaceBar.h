#pragma once

#include "TextSearch.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QTimer;
class QToolButton;

// The find / replace bar under the text (Ctrl+F, Ctrl+H): incremental search as you type,
// next / previous with wrap-around, case, whole words, regular expressions (an invalid pattern is
// shown, never searched), a live match count, replace and replace-all (one undo step).
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    void setEditor(QTextEdit *editor);

    // Show the bar, find field focused and filled from a one-line selection.
    void showFind();
    // As showFind(), with the replace row.
    void showReplace();
    bool isReplaceVisible() const;

    void setFindText(const QString &text);
    QString findText() const;
    void setReplaceText(const QString &text);
    void setOptions(TextSearch::Options options);
    TextSearch::Options options() const;

    // The live count (0 for an empty or invalid pattern).
    int matchCount() const { return m_matchCount; }
    // What the status label says: "3 matches", "Not found", the regex error …
    QString statusText() const;
    bool isPatternValid() const;
    // Re-reads the pattern, the options and the editor's read-only state.
    void refresh();

public Q_SLOTS:
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();
    void closeBar();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TextSearch search() const;
    bool find(bool backward);
    void patternChanged();
    void updateCount();
    void setStatus(const QString &text, bool error);

    QTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_previous = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_words = nullptr;
    QCheckBox *m_regex = nullptr;
    QToolButton *m_replaceOne = nullptr;
    QToolButton *m_replaceAll = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_recount = nullptr;
    int m_matchCount = 0;
};
