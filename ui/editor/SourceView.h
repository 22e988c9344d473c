#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// The body's canonical HTML as text, highlighted by KSyntaxHighlighting. The definition repository
// is loaded on first use only (it reads hundreds of definition files), and the theme follows the
// palette, light or dark.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // True once the highlighter exists (it is made on first show).
    bool isHighlighting() const { return m_highlighter != nullptr; }
    QString themeName() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureHighlighter();
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_applyingTheme = false;
};
