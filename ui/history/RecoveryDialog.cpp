#include "RecoveryDialog.h"

#include "article/ContentHash.h"
#include "history/DiffView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RecoveryDialog::RecoveryDialog(Store &store, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_list(new QListWidget(this))
    , m_diff(new DiffView(this))
    , m_message(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_compare(new QPushButton(tr("&Compare with the saved version"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_confirmBox(new QWidget(this))
    , m_confirmText(new QLabel(m_confirmBox))
    , m_confirmDiscard(new QPushButton(tr("Discard for good"), m_confirmBox))
    , m_keep(new QPushButton(tr("Keep it"), m_confirmBox))
{
    setWindowTitle(tr("Recover unsaved work"));
    auto *intro = new QLabel(tr("Newsroom found text that was not saved when it last closed. "
                                "Restore it into the editor, compare it with the saved version, "
                                "or discard it."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Unsaved texts"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_confirmText->setWordWrap(true);
    m_confirmText->setStyleSheet(u"color:#82071e; font-weight:bold"_s);
    auto *confirmLayout = new QHBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmDiscard);
    confirmLayout->addWidget(m_keep);
    m_confirmBox->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_restore);
    actions->addWidget(m_compare);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Decide &later"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_message);
    layout->addWidget(m_diff, 3);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        cancelDiscard();
        updateButtons();
    });
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreSelected);
    connect(m_compare, &QPushButton::clicked, this, &RecoveryDialog::compareSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_confirmDiscard, &QPushButton::clicked, this, &RecoveryDialog::confirmDiscard);
    connect(m_keep, &QPushButton::clicked, this, &RecoveryDialog::cancelDiscard);
    resize(760, 560);
    reload();
}

Result<QList<RecoveryInfo>> RecoveryDialog::offered(Store &store, const QString &user)
{
    Result<QList<RecoveryInfo>> all = store.recoveries(user);
    if (!all)
        return all;
    QList<RecoveryInfo> list;
    for (const RecoveryInfo &info : std::as_const(*all)) {
        if (info.storedVersion == 0) { // never saved: only the slot has it
            list.append(info);
            continue;
        }
        Result<ArticleSummary> s = store.articleSummary(info.articleId);
        if (!s)
            return s.error();
        // Newer than the last revision (same millisecond counts: a save removes a slot only
        // when it holds exactly what was saved), and not simply what is stored already.
        if (info.savedAt < s->updated && info.baseVersion >= s->version)
            continue;
        Result<RecoveryState> state = store.recovery(info.articleId, user);
        if (!state)
            return state.error();
        if (ContentHash::compute(state->article) != s->contentHash)
            list.append(info);
    }
    return list;
}

void RecoveryDialog::reload()
{
    m_list->clear();
    Result<QList<RecoveryInfo>> slots = offered(m_store, m_user);
    if (!slots) {
        showError(slots.error().message);
        m_slots.clear();
    } else {
        m_slots = *slots;
    }
    for (const RecoveryInfo &info : std::as_const(m_slots)) {
        QString text
            = tr("“%1” — unsaved since %2")
                  .arg(info.headline.isEmpty() ? tr("(no headline)") : info.headline,
                       QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat));
        if (info.storedVersion > info.baseVersion && info.baseVersion > 0)
            text += u' '
                + tr("(based on version %1; version %2 was saved since)")
                      .arg(info.baseVersion)
                      .arg(info.storedVersion);
        m_list->addItem(text);
    }
    if (!m_slots.isEmpty())
        m_list->setCurrentRow(0);
    m_diff->clear();
    updateButtons();
}

int RecoveryDialog::count() const
{
    return int(m_slots.size());
}

void RecoveryDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

QString RecoveryDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RecoveryDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void RecoveryDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0 && m_list->currentRow() < m_slots.size();
    m_restore->setEnabled(any);
    m_compare->setEnabled(any);
    m_discard->setEnabled(any && !m_confirmBox->isVisible());
}

std::optional<RecoveryState> RecoveryDialog::selectedState()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_slots.size())
        return std::nullopt;
    Result<RecoveryState> state = m_store.recovery(m_slots.at(row).articleId, m_user);
    if (!state) {
        showError(state.error().message);
        return std::nullopt;
    }
    return *state;
}

void RecoveryDialog::restoreSelected()
{
    const std::optional<RecoveryState> state = selectedState();
    if (!state)
        return;
    Q_EMIT restoreRequested(*state);
    // It stays in its slot until the editor saves it; here it is dealt with.
    const int row = m_list->currentRow();
    m_slots.removeAt(row);
    delete m_list->takeItem(row);
    m_diff->clear();
    updateButtons();
    if (m_slots.isEmpty())
        accept();
}

void RecoveryDialog::compareSelected()
{
    const std::optional<RecoveryState> state = selectedState();
    if (!state)
        return;
    Article saved;
    QString savedLabel = tr("nothing saved");
    if (state->info.storedVersion > 0) {
        Result<Article> stored = m_store.article(state->info.articleId);
        if (!stored) {
            showError(stored.error().message);
            return;
        }
        saved = *stored;
        savedLabel = tr("saved version %1").arg(saved.version);
    }
    m_diff->setDiff(ArticleDiff::compare(saved, state->article), savedLabel,
                    tr("the unsaved text"));
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_slots.size())
        return;
    const QString headline = m_slots.at(row).headline;
    m_confirmText->setText(
        tr("Discard the unsaved text of “%1” for good? It cannot be brought back.")
            .arg(headline.isEmpty() ? tr("(no headline)") : headline));
    m_confirmBox->show();
    m_confirmDiscard->setFocus();
    updateButtons();
}

void RecoveryDialog::cancelDiscard()
{
    m_confirmBox->hide();
    updateButtons();
}

void RecoveryDialog::confirmDiscard()
{
    const int row = m_list->currentRow();
    if (!m_confirmBox->isVisible() || row < 0 || row >= m_slots.size())
        return;
    Result<void> done = m_store.discardRecovery(m_slots.at(row).articleId, m_user);
    m_confirmBox->hide();
    if (!done) {
        showError(done.error().message);
        updateButtons();
        return;
    }
    reload();
}
