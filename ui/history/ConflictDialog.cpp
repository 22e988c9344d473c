#include "ConflictDialog.h"

#include "history/DiffView.h"
#include "storage/SqlStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConflictDialog::ConflictDialog(Workflow &workflow, const WorkflowSession &session,
                               const Article &mine, QWidget *parent)
    : QDialog(parent)
    , m_workflow(workflow)
    , m_session(session)
    , m_mine(mine)
    , m_explanation(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_message(new QLabel(this))
    , m_keepMine(new QPushButton(tr("&Keep mine as the newest version"), this))
    , m_takeTheirs(new QPushButton(tr("&Take theirs (keep mine as a recovery copy)"), this))
    , m_compare(new QPushButton(tr("&Compare theirs with mine"), this))
    , m_later(new QPushButton(tr("Decide &later"), this))
{
    setWindowTitle(tr("Someone else saved this article"));
    m_explanation->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color:#82071e"_s);
    m_message->hide();
    m_keepMine->setToolTip(tr("Saves your text as a new version on top of theirs. Their version "
                              "stays in the history."));
    m_takeTheirs->setToolTip(tr("Loads their version. Your text is kept as a recovery copy, "
                                "offered again when Newsroom starts."));
    m_later->setToolTip(tr("Closes this dialog; your text stays in the editor, unsaved."));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    // The buttons act themselves (the box's accepted/rejected are not connected): the dialog
    // closes only once a choice has been carried out.
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(m_compare, &QPushButton::clicked, this, &ConflictDialog::toggleCompare);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 600);
    if (loadTheirs())
        showTheirChanges();
}

QString ConflictDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConflictDialog::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

bool ConflictDialog::loadTheirs()
{
    Result<Article> theirs = m_workflow.store().article(m_mine.id);
    if (!theirs) {
        showError(theirs.error().message);
        m_keepMine->setEnabled(false);
        m_takeTheirs->setEnabled(false);
        return false;
    }
    m_theirs = *theirs;
    m_explanation->setText(
        tr("%1 saved version %2 of “%3” at %4 while you were editing version %5. Choose what "
           "to keep; nothing is lost either way.")
            .arg(m_theirs.updatedBy)
            .arg(m_theirs.version)
            .arg(m_theirs.meta.headline)
            .arg(QLocale().toString(m_theirs.updated.toLocalTime(), QLocale::ShortFormat))
            .arg(m_mine.version));
    return true;
}

void ConflictDialog::showTheirChanges()
{
    m_comparingMine = false;
    m_compare->setText(tr("&Compare theirs with mine"));
    RevisionHistory history(m_workflow);
    Result<ArticleDiff> d = m_mine.version > 0
        ? history.diff(m_mine.id, m_mine.version, m_theirs.version)
        : Result<ArticleDiff>(ArticleDiff::compare(Article(), m_theirs));
    if (!d) {
        showError(d.error().message);
        return;
    }
    m_diff->setDiff(*d, tr("version %1 (yours started here)").arg(m_mine.version),
                    tr("their version %1").arg(m_theirs.version));
}

void ConflictDialog::showMineAgainstTheirs()
{
    m_comparingMine = true;
    m_compare->setText(tr("Show what &they changed"));
    m_diff->setDiff(ArticleDiff::compare(m_theirs, m_mine),
                    tr("their version %1").arg(m_theirs.version), tr("your text"));
}

void ConflictDialog::toggleCompare()
{
    if (m_comparingMine)
        showTheirChanges();
    else
        showMineAgainstTheirs();
}

void ConflictDialog::keepMine()
{
    Article mine = m_mine;
    Result<SaveResult> saved = m_workflow.saveArticle(m_session, mine, m_theirs.version);
    if (!saved) {
        // Saved again meanwhile: show the newer version and let the user choose again.
        showError(saved.error().message);
        if (saved.error().kind == StoreError::Kind::Conflict && loadTheirs())
            m_comparingMine ? showMineAgainstTheirs() : showTheirChanges();
        return;
    }
    m_choice = Choice::KeptMine;
    m_savedVersion = saved->version;
    accept();
}

void ConflictDialog::takeTheirs()
{
    // The user's text goes to their recovery slot first; only then is theirs taken.
    Result<void> kept = m_workflow.store().saveRecovery(m_mine, m_session.user);
    if (!kept) {
        showError(tr("Your text could not be kept as a recovery copy, so theirs was not "
                     "taken: %1")
                      .arg(kept.error().message));
        return;
    }
    if (loadTheirs()) {
        m_choice = Choice::TookTheirs;
        accept();
    }
}
