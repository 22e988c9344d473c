#include "DiffView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// Colour plus a cue that survives colour blindness and greyscale printing: deleted text is
// struck through, inserted text underlined.
const QString kDeleteStyle
    = u"background-color:#ffd7d5; color:#82071e; text-decoration:line-through;"_s;
const QString kInsertStyle
    = u"background-color:#ccffd8; color:#055d20; text-decoration:underline;"_s;

QString escapedWithBreaks(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    return html;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_metadataTitle(new QLabel(tr("<b>Metadata</b>"), this))
    , m_metadata(new QTableWidget(0, 3, this))
    , m_bodyTitle(new QLabel(tr("<b>Text</b>"), this))
    , m_body(new QTextBrowser(this))
    , m_legend(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_metadata->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_metadata->verticalHeader()->hide();
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metadata->setWordWrap(true);
    m_metadata->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadata->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_metadata->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_metadata->setAccessibleName(tr("Changed metadata"));
    m_body->setOpenLinks(false);
    m_body->setAccessibleName(tr("Changes in the text"));
    m_legend->setText(tr("Legend: <span style=\"%1\">deleted</span> "
                         "<span style=\"%2\">inserted</span>")
                          .arg(kDeleteStyle, kInsertStyle));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_metadataTitle);
    layout->addWidget(m_metadata, 1);
    layout->addWidget(m_bodyTitle);
    layout->addWidget(m_body, 3);
    layout->addWidget(m_legend);
    clear();
}

QString DiffView::segmentsToHtml(const QList<DiffSegment> &segments)
{
    QString html;
    DiffSegment::Op previous = DiffSegment::Op::Equal;
    for (const DiffSegment &s : segments) {
        // A hair space between a deletion and the insertion replacing it, so that the two do
        // not read as one word; it is not part of either text.
        if (previous == DiffSegment::Op::Delete && s.op == DiffSegment::Op::Insert)
            html += u"&#8202;"_s;
        previous = s.op;
        switch (s.op) {
        case DiffSegment::Op::Equal:
            html += escapedWithBreaks(s.text);
            break;
        case DiffSegment::Op::Delete:
            html += u"<span style=\"%1\">%2</span>"_s.arg(kDeleteStyle, escapedWithBreaks(s.text));
            break;
        case DiffSegment::Op::Insert:
            html += u"<span style=\"%1\">%2</span>"_s.arg(kInsertStyle, escapedWithBreaks(s.text));
            break;
        }
    }
    return html;
}

void DiffView::clear()
{
    m_summary->setText(tr("Nothing to compare."));
    m_metadata->setRowCount(0);
    m_metadataTitle->hide();
    m_metadata->hide();
    m_body->clear();
}

QString DiffView::summaryText() const
{
    return m_summary->text();
}

void DiffView::setDiff(const ArticleDiff &diff, const QString &fromLabel, const QString &toLabel)
{
    if (diff.isEmpty())
        m_summary->setText(tr("%1 and %2 are the same.").arg(fromLabel, toLabel));
    else
        m_summary->setText(
            tr("Changes from %1 to %2: %n field(s) of metadata, text %3.", nullptr,
               int(diff.metadata.size()))
                .arg(fromLabel, toLabel, diff.bodyChanged() ? tr("changed") : tr("unchanged")));

    m_metadata->setRowCount(int(diff.metadata.size()));
    for (int row = 0; row < diff.metadata.size(); ++row) {
        const FieldChange &c = diff.metadata.at(row);
        QString label = ArticleDiff::fieldLabel(c.field);
        if (!c.subject.isEmpty())
            label += u" — "_s + c.subject;
        auto *field = new QTableWidgetItem(label);
        field->setData(Qt::UserRole, c.field);
        auto *before = new QTableWidgetItem(c.before.isEmpty() ? tr("(none)") : c.before);
        auto *after = new QTableWidgetItem(c.after.isEmpty() ? tr("(none)") : c.after);
        // Before struck through, after underlined, as in the text below.
        QFont struck = before->font();
        struck.setStrikeOut(!c.before.isEmpty());
        before->setFont(struck);
        before->setForeground(QColor(0x82, 0x07, 0x1e));
        before->setBackground(QColor(0xff, 0xd7, 0xd5));
        QFont underlined = after->font();
        underlined.setUnderline(!c.after.isEmpty());
        after->setFont(underlined);
        after->setForeground(QColor(0x05, 0x5d, 0x20));
        after->setBackground(QColor(0xcc, 0xff, 0xd8));
        before->setToolTip(c.before);
        after->setToolTip(c.after);
        m_metadata->setItem(row, 0, field);
        m_metadata->setItem(row, 1, before);
        m_metadata->setItem(row, 2, after);
    }
    m_metadata->resizeRowsToContents();
    // As tall as its rows (up to a point), so the text below gets the room.
    int height = m_metadata->horizontalHeader()->height() + 2 * m_metadata->frameWidth();
    for (int row = 0; row < m_metadata->rowCount(); ++row)
        height += m_metadata->rowHeight(row);
    m_metadata->setMaximumHeight(qMin(height, 240));
    m_metadataTitle->setVisible(!diff.metadata.isEmpty());
    m_metadata->setVisible(!diff.metadata.isEmpty());

    QString html;
    if (WordDiff::hasChanges(diff.body))
        html = segmentsToHtml(diff.body);
    else if (diff.bodyFormattingChanged)
        html = u"<p><i>%1</i></p>"_s.arg(
                   tr("Only the formatting changed; the words are the same.").toHtmlEscaped())
            + escapedWithBreaks(WordDiff::after(diff.body));
    else
        html = u"<p><i>%1</i></p>"_s.arg(tr("The text is unchanged.").toHtmlEscaped())
            + escapedWithBreaks(WordDiff::after(diff.body));
    m_body->setHtml(u"<div style=\"line-height:140%\">"_s + html + u"</div>"_s);
}
