#include "SourceView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFontDatabase>

using namespace Qt::Literals::StringLiterals;

namespace {
// One repository for the process, made when a source view is first shown.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}
} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"sourceView"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
}

SourceView::~SourceView() = default;

QString SourceView::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void SourceView::showEvent(QShowEvent *event)
{
    ensureHighlighter();
    QPlainTextEdit::showEvent(event);
}

void SourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter && !m_applyingTheme)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void SourceView::ensureHighlighter()
{
    if (m_highlighter)
        return;
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(repository().definitionForName(u"HTML"_s));
    applyTheme();
}

void SourceView::applyTheme()
{
    // Decided on the surroundings' palette: ours has the theme's colours set below.
    const QPalette surrounding
        = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(surrounding);
    m_highlighter->setTheme(theme);
    // The text and background follow the theme too, or a dark theme's light text lands on a
    // light base.
    // Only these two roles are ours; the rest keep following the surroundings.
    QPalette pal;
    if (theme.isValid()) {
        pal.setColor(
            QPalette::Base,
            QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        pal.setColor(QPalette::Text,
                     QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    }
    // Setting our own palette sends PaletteChange again.
    m_applyingTheme = true;
    setPalette(pal);
    m_applyingTheme = false;
    m_highlighter->rehighlight();
}
