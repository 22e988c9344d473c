#include "MetadataPanel.h"

#include "article/Slug.h"
#include "workflow/SubmitChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStringListModel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *smallTextEdit(QWidget *parent, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    const int h = e->fontMetrics().lineSpacing() * lines + 12;
    e->setFixedHeight(h);
    return e;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// Completes the last comma-separated item of a line edit.
class TagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override
    {
        return { path.section(u',', -1).trimmed() };
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = static_cast<QLineEdit *>(widget())->text();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString head = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return head + index.data().toString();
    }
};

} // namespace

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *inner = new QWidget;
    auto *column = new QVBoxLayout(inner);
    auto *form = new QFormLayout;
    column->addLayout(form);
    // Spare height goes below the form, not between its rows.
    column->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_headline = new QLineEdit(inner);
    m_headline->setObjectName(u"headlineEdit"_s);
    form->addRow(tr("&Headline"), withMark(m_headline, SubmitChecklist::Headline));

    m_lead = smallTextEdit(inner, 3);
    m_lead->setObjectName(u"leadEdit"_s);
    form->addRow(tr("&Lead"), withMark(m_lead, SubmitChecklist::Lead));

    m_slug = new QLineEdit(inner);
    m_slug->setObjectName(u"slugEdit"_s);
    m_slugStatus = new QLabel(inner);
    m_slugStatus->setObjectName(u"slugStatus"_s);
    auto *slugBox = new QWidget(inner);
    auto *slugLayout = new QVBoxLayout(slugBox);
    slugLayout->setContentsMargins(0, 0, 0, 0);
    slugLayout->setSpacing(2);
    slugLayout->addWidget(m_slug);
    slugLayout->addWidget(m_slugStatus);
    form->addRow(tr("Sl&ug"), slugBox);

    m_byline = new QLineEdit(inner);
    m_byline->setPlaceholderText(tr("Authors, separated by commas"));
    form->addRow(tr("&Byline"), m_byline);

    m_section = new QComboBox(inner);
    m_section->setObjectName(u"sectionCombo"_s);
    form->addRow(tr("&Section"), withMark(m_section, SubmitChecklist::Section));

    m_tags = new QLineEdit(inner);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tagModel = new QStringListModel(this);
    auto *completer = new TagCompleter(m_tagModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);
    form->addRow(tr("&Tags"), m_tags);

    m_dateline = new QLineEdit(inner);
    m_dateline->setPlaceholderText(tr("Place, e.g. Kopyl"));
    form->addRow(tr("&Dateline"), m_dateline);

    m_language = new QComboBox(inner);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("Russian"), u"ru"_s);
    m_language->addItem(tr("Belarusian"), u"be"_s);
    m_language->addItem(tr("English"), u"en"_s);
    form->addRow(tr("Lan&guage"), withMark(m_language, SubmitChecklist::Language));

    m_source = new QLineEdit(inner);
    m_source->setPlaceholderText(tr("e.g. BelTA"));
    form->addRow(tr("Sou&rce"), m_source);

    const auto dateRow = [&](QCheckBox *&check, QDateTimeEdit *&edit, const QString &label) {
        check = new QCheckBox(label, inner);
        edit = new QDateTimeEdit(inner);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
        edit->setDateTime(QDateTime::currentDateTime());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &MetadataPanel::emitChanged);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &MetadataPanel::emitChanged);
        auto *box = new QWidget(inner);
        auto *l = new QHBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(check);
        l->addWidget(edit, 1);
        return box;
    };
    form->addRow(tr("Embargo"),
                 withMark(dateRow(m_hasEmbargo, m_embargo, tr("until")), SubmitChecklist::Embargo));
    form->addRow(tr("Publish"), dateRow(m_hasPlanned, m_planned, tr("at")));

    m_seo = smallTextEdit(inner, 3);
    m_seo->setObjectName(u"seoEdit"_s);
    m_seoCounter = new QLabel(inner);
    m_seoCounter->setObjectName(u"seoCounter"_s);
    auto *seoBox = new QWidget(inner);
    auto *seoLayout = new QVBoxLayout(seoBox);
    seoLayout->setContentsMargins(0, 0, 0, 0);
    seoLayout->setSpacing(2);
    seoLayout->addWidget(m_seo);
    seoLayout->addWidget(m_seoCounter, 0, Qt::AlignRight);
    form->addRow(tr("SE&O description"), seoBox);

    m_note = smallTextEdit(inner, 2);
    form->addRow(tr("Editor's &note"), m_note);

    m_featured = new QComboBox(inner);
    form->addRow(tr("&Featured image"), m_featured);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_headline, &QLineEdit::textEdited, this, &MetadataPanel::headlineEdited);
    connect(m_slug, &QLineEdit::textEdited, this, [this] {
        // The user owns the slug from the first edit on.
        m_slugFollowsHeadline = false;
        updateSlugStatus();
        emitChanged();
    });
    for (QLineEdit *e : { m_byline, m_tags, m_dateline, m_source })
        connect(e, &QLineEdit::textEdited, this, &MetadataPanel::emitChanged);
    for (QPlainTextEdit *e : { m_lead, m_note })
        connect(e, &QPlainTextEdit::textChanged, this, &MetadataPanel::emitChanged);
    connect(m_seo, &QPlainTextEdit::textChanged, this, [this] {
        updateSeoCounter();
        emitChanged();
    });
    for (QComboBox *c : { m_section, m_language, m_featured })
        connect(c, &QComboBox::currentIndexChanged, this, &MetadataPanel::emitChanged);
    updateSeoCounter();
    updateSlugStatus();
}

QWidget *MetadataPanel::withMark(QWidget *field, const QString &fieldId)
{
    auto *box = new QWidget(field->parentWidget());
    auto *l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(4);
    l->addWidget(field, 1);
    auto *mark = new QLabel(box);
    mark->setObjectName(u"mark_"_s + fieldId);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    mark->setFixedSize(size, size);
    l->addWidget(mark, 0, Qt::AlignTop);
    m_marks.insert(fieldId, mark);
    return box;
}

void MetadataPanel::setSlugTakenCheck(std::function<bool(const QString &)> isTaken)
{
    m_isSlugTaken = std::move(isTaken);
    updateSlugStatus();
}

void MetadataPanel::setSections(const QStringList &sections)
{
    const QString current = m_section->currentText();
    const QSignalBlocker block(m_section);
    m_section->clear();
    m_section->addItem(tr("(none)"), QString());
    for (const QString &s : sections)
        m_section->addItem(s, s);
    m_section->setCurrentIndex(std::max(0, m_section->findData(current)));
}

void MetadataPanel::setKnownTags(const QStringList &tags)
{
    m_tagModel->setStringList(tags);
}

void MetadataPanel::setArticle(const ArticleMetadata &meta, const QList<ArticleImage> &images)
{
    m_loading = true;
    m_headline->setText(meta.headline);
    m_headline->setCursorPosition(0); // show the beginning of a long headline
    m_lead->setPlainText(meta.lead);
    m_slug->setText(meta.slug);
    // A new article's slug follows the headline until the user edits it; a saved one keeps its
    // slug (links to it may exist).
    m_slugFollowsHeadline
        = meta.slug.isEmpty() || meta.slug == Slug::make(meta.headline, m_isSlugTaken);
    m_byline->setText(meta.byline.join(u", "_s));
    if (!meta.section.isEmpty() && m_section->findData(meta.section) < 0)
        m_section->addItem(meta.section, meta.section);
    m_section->setCurrentIndex(std::max(0, m_section->findData(meta.section)));
    m_tags->setText(meta.tags.join(u", "_s));
    m_dateline->setText(meta.dateline);
    if (!meta.language.isEmpty() && m_language->findData(meta.language) < 0)
        m_language->addItem(meta.language, meta.language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(meta.language)));
    m_source->setText(meta.source);
    m_hasEmbargo->setChecked(meta.embargo.isValid());
    if (meta.embargo.isValid())
        m_embargo->setDateTime(meta.embargo.toLocalTime());
    m_hasPlanned->setChecked(meta.plannedPublication.isValid());
    if (meta.plannedPublication.isValid())
        m_planned->setDateTime(meta.plannedPublication.toLocalTime());
    m_seo->setPlainText(meta.seoDescription);
    m_note->setPlainText(meta.editorsNote);
    m_featured->clear();
    m_featured->addItem(tr("(none)"), QUuid());
    for (const ArticleImage &img : images) {
        const QString label = img.caption.isEmpty() ? img.altText : img.caption;
        m_featured->addItem(label.isEmpty() ? tr("Image %1").arg(m_featured->count()) : label,
                            img.id);
    }
    m_featured->setCurrentIndex(std::max(0, m_featured->findData(meta.featuredImage)));
    updateSlugStatus();
    updateSeoCounter();
    m_loading = false;
}

ArticleMetadata MetadataPanel::metadata() const
{
    ArticleMetadata m;
    m.headline = m_headline->text().trimmed();
    m.lead = m_lead->toPlainText().trimmed();
    m.slug = m_slug->text().trimmed();
    m.byline = splitList(m_byline->text());
    m.section = m_section->currentData().toString();
    m.tags = splitList(m_tags->text());
    m.dateline = m_dateline->text().trimmed();
    m.language = m_language->currentData().toString();
    m.source = m_source->text().trimmed();
    if (m_hasEmbargo->isChecked())
        m.embargo = m_embargo->dateTime().toUTC();
    if (m_hasPlanned->isChecked())
        m.plannedPublication = m_planned->dateTime().toUTC();
    m.seoDescription = m_seo->toPlainText().trimmed();
    m.editorsNote = m_note->toPlainText().trimmed();
    m.featuredImage = m_featured->currentData().toUuid();
    return m;
}

void MetadataPanel::setChecklist(const QHash<QString, QString> &failing)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const bool bad = failing.contains(it.key());
        const QIcon icon = style()->standardIcon(bad ? QStyle::SP_MessageBoxWarning
                                                     : QStyle::SP_DialogApplyButton);
        it.value()->setPixmap(icon.pixmap(size, size));
        it.value()->setToolTip(bad ? failing.value(it.key()) : tr("Ready for review"));
        it.value()->setProperty("satisfied", !bad);
    }
}

void MetadataPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : { m_headline, m_slug, m_byline, m_tags, m_dateline, m_source })
        e->setReadOnly(readOnly);
    for (QPlainTextEdit *e : { m_lead, m_seo, m_note })
        e->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> { m_section, m_language, m_featured,
                                                         m_hasEmbargo, m_hasPlanned })
        w->setEnabled(!readOnly);
    m_embargo->setEnabled(!readOnly && m_hasEmbargo->isChecked());
    m_planned->setEnabled(!readOnly && m_hasPlanned->isChecked());
}

void MetadataPanel::headlineEdited(const QString &text)
{
    if (m_slugFollowsHeadline)
        m_slug->setText(Slug::make(text, m_isSlugTaken));
    updateSlugStatus();
    emitChanged();
}

void MetadataPanel::updateSlugStatus()
{
    const QString slug = m_slug->text().trimmed();
    if (slug.isEmpty())
        m_slugStatus->setText(tr("Generated from the headline"));
    else if (m_isSlugTaken && m_isSlugTaken(slug))
        m_slugStatus->setText(tr("Already used by another article"));
    else
        m_slugStatus->setText(tr("Unique"));
}

void MetadataPanel::updateSeoCounter()
{
    const qsizetype n = m_seo->toPlainText().trimmed().size();
    m_seoCounter->setText(tr("%1 / %2").arg(n).arg(SeoRecommendedLength));
    m_seoCounter->setForegroundRole(n > SeoRecommendedLength ? QPalette::Link
                                                             : QPalette::WindowText);
}

void MetadataPanel::emitChanged()
{
    if (!m_loading && !m_readOnly)
        Q_EMIT changed();
}
