#include "SpellCheckHighlighter.h"

#include <Sonnet/Speller>

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
// Block states: -1 (Qt's default) not checked yet, kChecked checked.
constexpr int kChecked = 1;
// Paragraphs above and below the viewport checked in advance, so that scrolling a little shows
// finished underlines.
constexpr int kMargin = 30;
} // namespace

SpellCheckHighlighter::SpellCheckHighlighter(QTextEdit *edit)
    : Sonnet::Highlighter(edit)
    , m_edit(edit)
{
    setObjectName(u"spellCheckHighlighter"_s);
    // Auto-detecting the language per sentence is slow and guesses wrong on short Belarusian and
    // Russian sentences; the article says which language it is in.
    setAutoDetectLanguageDisabled(true);
    setAutomatic(false);

    m_visibleCheck = new QTimer(this);
    m_visibleCheck->setSingleShot(true);
    m_visibleCheck->setInterval(60);
    connect(m_visibleCheck, &QTimer::timeout, this, &SpellCheckHighlighter::checkVisibleBlocks);
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, m_visibleCheck,
            qOverload<>(&QTimer::start));
    // Edits (of whichever document the editor shows) may bring unchecked paragraphs into view.
    connect(m_edit, &QTextEdit::textChanged, m_visibleCheck, qOverload<>(&QTimer::start));
    updateVisibleRange();
}

SpellCheckHighlighter::~SpellCheckHighlighter() = default;

QString SpellCheckHighlighter::dictionaryFor(const QString &languageCode)
{
    const QString primary = languageCode.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary.isEmpty())
        return {};
    const QStringList available = Sonnet::Speller().availableLanguages();
    // Prefer the country the language is mostly written in here, then any.
    static const QHash<QString, QString> preferred
        = { { u"ru"_s, u"ru_RU"_s }, { u"be"_s, u"be_BY"_s }, { u"en"_s, u"en_US"_s } };
    if (const QString p = preferred.value(primary); !p.isEmpty() && available.contains(p))
        return p;
    if (available.contains(primary))
        return primary;
    for (const QString &code : available) {
        if (code.startsWith(primary + u'_') || code.startsWith(primary + u'-'))
            return code;
    }
    return {};
}

bool SpellCheckHighlighter::setArticleLanguage(const QString &languageCode)
{
    const QString dictionary = dictionaryFor(languageCode);
    if (dictionary.isEmpty()) {
        setActive(false);
        return false;
    }
    setCurrentLanguage(dictionary);
    if (currentLanguage() != dictionary) {
        setActive(false);
        return false;
    }
    setActive(true);
    // Everything checked so far was checked against the other dictionary.
    recheck();
    return true;
}

void SpellCheckHighlighter::recheck()
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        b.setUserState(-1);
    m_checkedBlocks = 0;
    rehighlight();
}

void SpellCheckHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const int number = block.blockNumber();
    const int cursorPosition = m_edit->textCursor().position();
    const bool editing = block.contains(cursorPosition);
    const bool nearView = number >= m_firstVisible - kMargin && number <= m_lastVisible + kMargin;
    if (!editing && !nearView)
        return; // left unchecked (state -1) until it scrolls into view
    Sonnet::Highlighter::highlightBlock(text);
    ++m_checks;
    if (currentBlockState() != kChecked)
        ++m_checkedBlocks;
    setCurrentBlockState(kChecked);
}

bool SpellCheckHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // Sonnet's own filter schedules a re-check of the whole document whenever the user leaves a
    // word they were typing in. The same effect, for the one paragraph concerned:
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_editedPosition >= 0) {
                const int position = m_editedPosition;
                m_editedPosition = -1;
                QTimer::singleShot(0, this, [this, position] {
                    const QTextBlock block = document()->findBlock(position);
                    if (block.isValid())
                        rehighlightBlock(block);
                });
            }
            break;
        default:
            if (!key->text().isEmpty())
                m_editedPosition = m_edit->textCursor().position();
            break;
        }
    } else if (watched == m_edit->viewport() && event->type() == QEvent::Resize) {
        m_visibleCheck->start();
    }
    return false;
}

void SpellCheckHighlighter::updateVisibleRange()
{
    const QRect r = m_edit->viewport()->rect();
    m_firstVisible = m_edit->cursorForPosition(r.topLeft()).blockNumber();
    m_lastVisible = m_edit->cursorForPosition(r.bottomRight()).blockNumber();
    // While a long document is still being laid out (in the background), a hit test below the
    // laid-out part answers the last paragraph. No more paragraphs than lines fit on screen.
    const int lines = r.height() / qMax(1, m_edit->fontMetrics().lineSpacing()) + 1;
    m_lastVisible = qBound(m_firstVisible, m_lastVisible, m_firstVisible + lines);
}

void SpellCheckHighlighter::checkVisibleBlocks()
{
    updateVisibleRange();
    if (!isActive())
        return;
    QTextBlock block = document()->findBlockByNumber(qMax(0, m_firstVisible - kMargin));
    for (; block.isValid() && block.blockNumber() <= m_lastVisible + kMargin;
         block = block.next()) {
        if (block.userState() != kChecked)
            rehighlightBlock(block);
    }
}
