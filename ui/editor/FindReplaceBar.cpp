#include "FindReplaceBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findReplaceBar"_s);

    m_find = new QLineEdit(this);
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setToolTip(tr("In regular expression mode \\1 … \\9 insert the captured groups."));

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_previous
        = button(u"findPrevious"_s, tr("&Previous"), tr("Find the previous match (Shift+Enter)"));
    m_next = button(u"findNext"_s, tr("&Next"), tr("Find the next match (Enter)"));
    m_replaceOne
        = button(u"replaceOne"_s, tr("&Replace"), tr("Replace this match and find the next"));
    m_replaceAll
        = button(u"replaceAll"_s, tr("Replace &All"), tr("Replace every match (one undo step)"));
    auto *close = new QToolButton(this);
    close->setObjectName(u"findClose"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Esc)"));

    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setObjectName(u"findCaseSensitive"_s);
    m_words = new QCheckBox(tr("&Whole words"), this);
    m_words->setObjectName(u"findWholeWords"_s);
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    m_regex->setObjectName(u"findRegex"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"findStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000 matches"_s));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_previous, 0, 1);
    grid->addWidget(m_next, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_words, 0, 4);
    grid->addWidget(m_regex, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(close, 0, 7);
    grid->setColumnStretch(0, 1);

    // The replace row as one widget so that it shows and hides as a whole.
    m_replaceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_replace, 1);
    row->addWidget(m_replaceOne);
    row->addWidget(m_replaceAll);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);

    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &FindReplaceBar::updateCount);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::patternChanged);
    for (QCheckBox *box : { m_case, m_words, m_regex })
        connect(box, &QCheckBox::toggled, this, &FindReplaceBar::patternChanged);
    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    m_replaceRow->hide();
    patternChanged();
    hide();
}

void FindReplaceBar::setEditor(QTextEdit *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        // Recounting is a pass over the whole text: only while the bar is open, and debounced.
        connect(m_editor, &QTextEdit::textChanged, this, [this] {
            if (isVisible())
                m_recount->start();
        });
    }
    patternChanged();
}

void FindReplaceBar::showFind()
{
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    m_replaceRow->hide();
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateCount();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

bool FindReplaceBar::isReplaceVisible() const
{
    return m_replaceRow->isVisible();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindReplaceBar::findText() const
{
    return m_find->text();
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceBar::setOptions(TextSearch::Options options)
{
    m_case->setChecked(options.caseSensitive);
    m_words->setChecked(options.wholeWords);
    m_regex->setChecked(options.regularExpression);
}

TextSearch::Options FindReplaceBar::options() const
{
    return { m_case->isChecked(), m_words->isChecked(), m_regex->isChecked() };
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::refresh()
{
    patternChanged();
}

bool FindReplaceBar::isPatternValid() const
{
    return search().isValid();
}

TextSearch FindReplaceBar::search() const
{
    return TextSearch(m_find->text(), options());
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    const TextSearch s = search();
    if (!m_editor || !s.isValid())
        return false;
    bool wrapped = false;
    const QTextCursor found
        = s.find(m_editor->document(), m_editor->textCursor(), backward, &wrapped);
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    updateCount();
    if (wrapped)
        setStatus(backward ? tr("Continued from the end") : tr("Continued from the top"), false);
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    const TextSearch s = search();
    if (!m_editor || m_editor->isReadOnly() || !s.isValid())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    if (!s.replace(cursor, m_replace->text())) {
        // Nothing selected that matches: go to the next match first, as editors do.
        findNext();
        return false;
    }
    m_editor->setTextCursor(cursor);
    findNext();
    updateCount();
    return true;
}

int FindReplaceBar::replaceAll()
{
    const TextSearch s = search();
    if (!m_editor || m_editor->isReadOnly() || !s.isValid())
        return 0;
    const int n = s.replaceAll(m_editor->document(), m_replace->text());
    updateCount();
    setStatus(n == 0 ? tr("Not found") : tr("Replaced %n time(s)", nullptr, n), n == 0);
    return n;
}

void FindReplaceBar::closeBar()
{
    hide();
    if (m_editor)
        m_editor->setFocus();
    Q_EMIT closed();
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_find || watched == m_replace)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::patternChanged()
{
    const TextSearch s = search();
    const bool usable = s.isValid() && m_editor;
    const bool editable = usable && !m_editor->isReadOnly();
    m_next->setEnabled(usable);
    m_previous->setEnabled(usable);
    m_replaceOne->setEnabled(editable);
    m_replaceAll->setEnabled(editable);

    // An invalid pattern tints the field and says why; it is never searched.
    QPalette pal = palette();
    if (!s.isEmpty() && !s.isValid())
        pal.setColor(QPalette::Base, QColor(0xda, 0x44, 0x53).lighter(170));
    m_find->setPalette(pal);
    updateCount();
}

void FindReplaceBar::updateCount()
{
    const TextSearch s = search();
    if (s.isEmpty()) {
        m_matchCount = 0;
        setStatus({}, false);
        return;
    }
    if (!s.isValid()) {
        m_matchCount = 0;
        setStatus(s.errorString(), true);
        return;
    }
    m_matchCount = m_editor ? s.countMatches(m_editor->document()) : 0;
    if (m_matchCount == 0)
        setStatus(tr("Not found"), true);
    else
        setStatus(tr("%n match(es)", nullptr, m_matchCount), false);
}

void FindReplaceBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    m_status->setPalette(pal);
}
