#include "ArticleFilterBar.h"

#include "ArticleListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

ArticleFilterBar::ArticleFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search articles…"));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(tr("All statuses"), -1);
    for (ArticleStatus s : allStatuses())
        m_status->addItem(ArticleListModel::statusLabel(s), int(s));

    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionCombo"_s);
    fillCombo(m_section, tr("All sections"), {});
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    fillCombo(m_language, tr("All languages"), { u"ru"_s, u"be"_s, u"en"_s });

    m_author = new QLineEdit(this);
    m_author->setObjectName(u"authorEdit"_s);
    m_author->setPlaceholderText(tr("Author"));

    m_dateEnabled = new QCheckBox(tr("Updated"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setToolTip(tr("To (inclusive)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    grid->addWidget(m_search, 0, 0, 1, 3);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_section, 1, 1);
    grid->addWidget(m_language, 1, 2);
    grid->addWidget(m_author, 2, 0);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateEnabled);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(u"–"_s, this));
    dates->addWidget(m_to, 1);
    grid->addLayout(dates, 2, 1, 1, 2);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(searchText()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        Q_EMIT searchChanged(searchText());
    });

    for (QComboBox *c : { m_status, m_section, m_language })
        connect(c, &QComboBox::currentIndexChanged, this, &ArticleFilterBar::emitFilter);
    connect(m_author, &QLineEdit::editingFinished, this, &ArticleFilterBar::emitFilter);
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ArticleFilterBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ArticleFilterBar::emitFilter);
}

void ArticleFilterBar::fillCombo(QComboBox *combo, const QString &anyText,
                                 const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ArticleFilterBar::setSections(const QStringList &sections)
{
    fillCombo(m_section, tr("All sections"), sections);
}

void ArticleFilterBar::setLanguages(const QStringList &languages)
{
    fillCombo(m_language, tr("All languages"), languages);
}

void ArticleFilterBar::setStatusCounts(const QMap<ArticleStatus, int> &counts)
{
    int total = 0;
    for (int n : counts)
        total += n;
    m_status->setItemText(0, tr("All statuses (%1)").arg(total));
    for (int i = 1; i < m_status->count(); ++i) {
        const auto s = ArticleStatus(m_status->itemData(i).toInt());
        m_status->setItemText(
            i, tr("%1 (%2)").arg(ArticleListModel::statusLabel(s)).arg(counts.value(s, 0)));
    }
}

void ArticleFilterBar::setStatus(std::optional<ArticleStatus> status)
{
    m_status->setCurrentIndex(status ? std::max(0, m_status->findData(int(*status))) : 0);
}

ArticleFilter ArticleFilterBar::filter() const
{
    ArticleFilter f;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses = { ArticleStatus(status) };
    f.section = m_section->currentData().toString();
    f.language = m_language->currentData().toString();
    f.author = m_author->text().trimmed();
    if (m_dateEnabled->isChecked()) {
        f.dateField = ArticleFilter::DateField::Updated;
        // The user picks local days; the store compares UTC instants.
        f.from = m_from->date().startOfDay().toUTC();
        f.to = m_to->date().addDays(1).startOfDay().toUTC();
    }
    return f;
}

QString ArticleFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void ArticleFilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}
