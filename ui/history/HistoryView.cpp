#include "HistoryView.h"

#include "history/DiffView.h"
#include "workflow/SigningKeys.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

HistoryView::HistoryView(Workflow &workflow, QWidget *parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_history(workflow)
    , m_confirm([](QWidget *p, const QString &question) {
        return QMessageBox::question(p, HistoryView::tr("Restore revision"), question)
            == QMessageBox::Yes;
    })
    , m_timeline(new QTreeWidget(this))
    , m_approvals(new QTreeWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_restore(new QPushButton(tr("&Restore this version…"), this))
    , m_message(new QLabel(this))
    , m_diff(new DiffView(this))
{
    m_timeline->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("State") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAccessibleName(tr("Revisions and state changes"));
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_approvals->setHeaderLabels(
        { tr("Approved"), tr("Supervisor"), tr("Version"), tr("Signature"), tr("Status") });
    m_approvals->setRootIsDecorated(false);
    m_approvals->setAccessibleName(tr("Approval records"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Compare"), this));
    pick->addWidget(m_from, 1);
    pick->addWidget(new QLabel(tr("with"), this));
    pick->addWidget(m_to, 1);
    pick->addWidget(m_compare);
    pick->addWidget(m_restore);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_timeline, 3);
    topLayout->addWidget(new QLabel(tr("<b>Approvals</b>"), top));
    topLayout->addWidget(m_approvals, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(pick);
    layout->addWidget(m_message);

    connect(m_compare, &QPushButton::clicked, this,
            [this] { compare(m_from->currentData().toInt(), m_to->currentData().toInt()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    // Picking a revision in the timeline compares it with the one before.
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int version = item->data(0, Qt::UserRole).toInt();
        if (version > 1)
            compare(version - 1, version);
    });
    updateButtons();
}

void HistoryView::setSession(const WorkflowSession &session)
{
    m_session = session;
    updateButtons();
}

void HistoryView::setArticle(const QUuid &articleId)
{
    m_articleId = articleId;
    refresh();
}

QString HistoryView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HistoryView::showError(const StoreError &error)
{
    QString text = error.message;
    for (const QString &item : error.items)
        text += u"\n• "_s + item;
    m_message->setText(text);
    m_message->setStyleSheet(u"color:#82071e"_s);
    m_message->show();
}

void HistoryView::updateButtons()
{
    const int to = m_to->currentData().toInt();
    m_compare->setEnabled(m_from->count() > 0);
    m_restore->setEnabled(!m_session.user.isEmpty() && to > 0 && to != m_currentVersion);
    if (m_session.user.isEmpty())
        m_restore->setToolTip(tr("Sign in to restore a revision."));
    else if (to == m_currentVersion)
        m_restore->setToolTip(tr("This is the current version."));
    else
        m_restore->setToolTip(tr("Saves version %1's content as a new version.").arg(to));
}

void HistoryView::refresh()
{
    m_timeline->clear();
    m_approvals->clear();
    m_from->clear();
    m_to->clear();
    m_diff->clear();
    m_message->hide();
    m_currentVersion = 0;
    if (m_articleId.isNull()) {
        updateButtons();
        return;
    }
    Result<ArticleHistory> h = m_history.history(m_articleId);
    if (!h) {
        showError(h.error());
        updateButtons();
        return;
    }
    for (const HistoryEntry &e : std::as_const(h->entries)) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, localTime(e.time));
        item->setText(1, e.user);
        QString what = e.description();
        if (e.kind == HistoryEntry::Kind::Revision) {
            what = tr("Version %1: %2").arg(e.version).arg(e.headline);
            item->setData(0, Qt::UserRole, e.version);
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            m_currentVersion = qMax(m_currentVersion, e.version);
        } else if (!e.note.isEmpty() && e.kind == HistoryEntry::Kind::StateChange) {
            what += u" — “"_s + e.note + u"”"_s;
        }
        item->setText(2, what);
        item->setToolTip(2, what);
        item->setText(3,
                      e.kind == HistoryEntry::Kind::StateChange
                          ? statusName(e.from) + u" → "_s + statusName(e.to)
                          : statusName(e.to));
        if (e.kind != HistoryEntry::Kind::Revision)
            item->setForeground(2, palette().placeholderText());
    }
    for (const Approval &a : std::as_const(h->approvals)) {
        auto *item = new QTreeWidgetItem(m_approvals);
        item->setText(0, localTime(a.time));
        item->setText(1, a.supervisor);
        item->setText(2, QString::number(a.version));
        const bool valid = Workflow::verifyApproval(a);
        item->setText(3,
                      valid ? tr("valid (key %1)").arg(SigningKeys::fingerprint(a.publicKey))
                            : tr("does NOT verify"));
        item->setText(4, a.voided ? tr("voided: %1").arg(a.voidedReason) : tr("in force"));
    }
    // Newest first in the pickers; by default the current version against the one before.
    for (auto it = h->entries.crbegin(); it != h->entries.crend(); ++it) {
        if (it->kind != HistoryEntry::Kind::Revision)
            continue;
        const QString label
            = tr("Version %1 (%2, %3)").arg(it->version).arg(it->user, localTime(it->time));
        m_from->addItem(label, it->version);
        m_to->addItem(label, it->version);
    }
    if (m_from->count() > 1)
        m_from->setCurrentIndex(1);
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->scrollToBottom();
    updateButtons();
    if (m_from->count() > 1)
        compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void HistoryView::compare(int fromVersion, int toVersion)
{
    Result<ArticleDiff> d = m_history.diff(m_articleId, fromVersion, toVersion);
    if (!d) {
        showError(d.error());
        return;
    }
    m_diff->setDiff(*d, tr("version %1").arg(fromVersion), tr("version %1").arg(toVersion));
}

bool HistoryView::restoreSelected()
{
    const int version = m_to->currentData().toInt();
    if (version <= 0 || m_session.user.isEmpty())
        return false;
    if (!m_confirm(this,
                   tr("Save version %1's text and metadata as a new version %2? Nothing is "
                      "deleted: the current version stays in the history.")
                       .arg(version)
                       .arg(m_currentVersion + 1)))
        return false;
    Result<SaveResult> saved = m_history.restore(m_session, m_articleId, version, m_currentVersion);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    refresh();
    m_message->setText(tr("Version %1 restored as version %2.").arg(version).arg(saved->version));
    m_message->setStyleSheet(QString());
    m_message->show();
    Q_EMIT restored(m_articleId, saved->version);
    return true;
}
