#include "CommentPanel.h"

#include "article/CanonicalBody.h"
#include "storage/SqlStore.h"

#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString elided(const QString &text, int length)
{
    QString t = text.simplified();
    return t.size() > length ? t.left(length - 1) + u'…' : t;
}

} // namespace

CommentPanel::CommentPanel(Workflow &workflow, QWidget *parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_threads(new QTreeWidget(this))
    , m_detachedTitle(
          new QLabel(tr("<b>Detached</b> — the passage is no longer in the text"), this))
    , m_detached(new QTreeWidget(this))
    , m_passageLabel(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_comment(new QPushButton(tr("Comment on the &article"), this))
    , m_passage(new QPushButton(tr("Comment on the &passage"), this))
    , m_reply(new QPushButton(tr("&Reply"), this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
    , m_message(new QLabel(this))
{
    for (QTreeWidget *tree : { m_threads, m_detached }) {
        tree->setHeaderHidden(true);
        tree->setColumnCount(1);
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        tree->setIndentation(16);
        tree->setExpandsOnDoubleClick(false);
        tree->setTextElideMode(Qt::ElideNone);
        connect(tree, &QTreeWidget::itemSelectionChanged, this,
                [this, tree] { onSelectionChanged(tree); });
    }
    m_threads->setAccessibleName(tr("Comment threads"));
    m_detached->setAccessibleName(tr("Detached comments"));
    m_passageLabel->setWordWrap(true);
    m_input->setPlaceholderText(tr("Write a comment or a reply…"));
    m_input->setMaximumHeight(80);
    m_input->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_passage, 0, 0);
    buttons->addWidget(m_comment, 0, 1);
    buttons->addWidget(m_reply, 1, 0);
    buttons->addWidget(m_resolve, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Review comments</b>"), this));
    layout->addWidget(m_threads, 3);
    layout->addWidget(m_detachedTitle);
    layout->addWidget(m_detached, 1);
    layout->addWidget(m_passageLabel);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_comment, &QPushButton::clicked, this, &CommentPanel::addComment);
    connect(m_passage, &QPushButton::clicked, this, &CommentPanel::addPassageComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentPanel::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentPanel::toggleResolved);
    connect(m_input, &QPlainTextEdit::textChanged, this, &CommentPanel::updateButtons);
    setSelectedPassage({});
}

void CommentPanel::setSession(const WorkflowSession &session)
{
    m_session = session;
    updateButtons();
}

void CommentPanel::setArticle(const QUuid &articleId)
{
    m_articleId = articleId;
    m_selectedPassage.clear();
    refresh();
}

void CommentPanel::setSelectedPassage(const QString &quote)
{
    m_selectedPassage = quote;
    m_passageLabel->setText(quote.isEmpty()
                                ? tr("Select a passage in the text to comment on it.")
                                : tr("Passage: “%1”").arg(elided(quote, 80).toHtmlEscaped()));
    updateButtons();
}

QString CommentPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CommentPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color:#82071e"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

const ReviewComment *CommentPanel::comment(qint64 id) const
{
    for (const ReviewComment &c : m_comments) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

qint64 CommentPanel::threadRoot(qint64 id) const
{
    const ReviewComment *c = comment(id);
    while (c && c->parentId)
        c = comment(c->parentId);
    return c ? c->id : 0;
}

QTreeWidgetItem *CommentPanel::itemFor(const ReviewComment &c, QTreeWidgetItem *parent,
                                       QTreeWidget *tree)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    QString text = u"%1 · %2"_s.arg(c.author, shortTime(c.created));
    if (!parent && !c.anchor.isNull())
        text += u"\n“%1”"_s.arg(elided(c.anchor.quote, 60));
    text += u'\n' + c.text;
    if (!parent && c.resolved)
        text += u'\n' + tr("✓ Resolved by %1").arg(c.resolvedBy);
    item->setText(0, text);
    item->setToolTip(0, c.text);
    item->setData(0, IdRole, c.id);
    if (!parent && c.resolved)
        item->setForeground(0, palette().placeholderText());
    if (!parent && !c.anchor.isNull() && !c.resolved) {
        QFont f = item->font(0);
        f.setBold(false);
        item->setFont(0, f);
        item->setBackground(0, QColor(0xff, 0xf8, 0xdc));
    }
    return item;
}

void CommentPanel::fill(QTreeWidget *tree, const QList<ReviewComment> &comments, bool detachedList)
{
    tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const ReviewComment &c : comments) {
        if (c.parentId) {
            if (QTreeWidgetItem *parent = items.value(threadRoot(c.id)))
                items.insert(c.id, itemFor(c, parent, tree));
            continue;
        }
        if (c.detached != detachedList)
            continue;
        items.insert(c.id, itemFor(c, nullptr, tree));
    }
    tree->expandAll();
}

void CommentPanel::refresh()
{
    const qint64 selected = selectedCommentId();
    m_comments.clear();
    m_plainText.clear();
    if (!m_articleId.isNull()) {
        Result<Article> a = m_workflow.store().article(m_articleId);
        Result<QList<ReviewComment>> list = m_workflow.comments(m_articleId);
        if (!a || !list) {
            showMessage(!a ? a.error().message : list.error().message, true);
        } else {
            m_plainText = CanonicalBody::plainText(a->body);
            m_comments = *list;
        }
    }
    fill(m_threads, m_comments, false);
    fill(m_detached, m_comments, true);
    const bool anyDetached = m_detached->topLevelItemCount() > 0;
    m_detachedTitle->setVisible(anyDetached);
    m_detached->setVisible(anyDetached);
    if (selected)
        selectComment(selected);
    updateButtons();
    Q_EMIT passagesChanged();
}

qint64 CommentPanel::selectedCommentId() const
{
    for (QTreeWidget *tree : { m_threads, m_detached }) {
        const QList<QTreeWidgetItem *> items = tree->selectedItems();
        if (!items.isEmpty())
            return items.constFirst()->data(0, IdRole).toLongLong();
    }
    return 0;
}

void CommentPanel::selectComment(qint64 id)
{
    for (QTreeWidget *tree : { m_threads, m_detached }) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, IdRole).toLongLong() == id) {
                tree->setCurrentItem(*it);
                (*it)->setSelected(true);
                tree->scrollToItem(*it);
                return;
            }
        }
    }
}

void CommentPanel::onSelectionChanged(QTreeWidget *from)
{
    // One selection across both lists.
    QTreeWidget *other = from == m_threads ? m_detached : m_threads;
    if (!from->selectedItems().isEmpty() && !other->selectedItems().isEmpty()) {
        const QSignalBlocker block(other);
        other->clearSelection();
    }
    updateButtons();
    const ReviewComment *c = comment(threadRoot(selectedCommentId()));
    if (!c || c->anchor.isNull()) {
        Q_EMIT highlightRequested(0, 0);
        return;
    }
    const CommentAnchor::Location l = c->anchor.locate(m_plainText);
    Q_EMIT highlightRequested(l.isDetached() ? 0 : l.start, l.isDetached() ? 0 : l.length);
}

QList<CommentAnchor::Location> CommentPanel::openPassages() const
{
    QList<CommentAnchor::Location> list;
    for (const ReviewComment &c : m_comments) {
        if (c.parentId || c.resolved || c.anchor.isNull())
            continue;
        const CommentAnchor::Location l = c.anchor.locate(m_plainText);
        if (!l.isDetached())
            list.append(l);
    }
    return list;
}

void CommentPanel::updateButtons()
{
    const bool signedIn = !m_session.user.isEmpty() && !m_articleId.isNull();
    const bool hasText = !m_input->toPlainText().trimmed().isEmpty();
    const ReviewComment *selected = comment(selectedCommentId());
    const ReviewComment *root = selected ? comment(threadRoot(selected->id)) : nullptr;
    m_comment->setEnabled(signedIn && hasText);
    m_passage->setEnabled(signedIn && hasText && !m_selectedPassage.isEmpty());
    m_passage->setToolTip(m_selectedPassage.isEmpty() ? tr("Select a passage in the text first.")
                                                      : tr("Comment on the selected passage."));
    m_reply->setEnabled(signedIn && hasText && root);
    m_reply->setToolTip(root ? tr("Reply in this thread.") : tr("Select a thread to reply to."));
    m_resolve->setEnabled(signedIn && root);
    m_resolve->setText(root && root->resolved ? tr("Re&open") : tr("Re&solve"));
}

bool CommentPanel::handle(const Result<void> &result)
{
    if (!result) {
        showMessage(result.error().message, true);
        return false;
    }
    showMessage({}, false);
    refresh();
    Q_EMIT commentsChanged();
    return true;
}

bool CommentPanel::addComment()
{
    Result<ReviewComment> c
        = m_workflow.addComment(m_session, m_articleId, m_input->toPlainText().trimmed());
    if (!c)
        return handle(c.error());
    m_input->clear();
    const bool ok = handle({});
    selectComment(c->id);
    return ok;
}

bool CommentPanel::addPassageComment()
{
    if (m_selectedPassage.isEmpty())
        return false;
    Result<ReviewComment> c = m_workflow.addComment(
        m_session, m_articleId, m_input->toPlainText().trimmed(), m_selectedPassage);
    if (!c)
        return handle(c.error());
    m_input->clear();
    setSelectedPassage({});
    const bool ok = handle({});
    selectComment(c->id);
    return ok;
}

bool CommentPanel::reply()
{
    const qint64 root = threadRoot(selectedCommentId());
    if (!root)
        return false;
    Result<ReviewComment> c = m_workflow.addComment(
        m_session, m_articleId, m_input->toPlainText().trimmed(), QString(), root);
    if (!c)
        return handle(c.error());
    m_input->clear();
    const bool ok = handle({});
    selectComment(c->id);
    return ok;
}

bool CommentPanel::toggleResolved()
{
    const ReviewComment *root = comment(threadRoot(selectedCommentId()));
    if (!root)
        return false;
    const qint64 id = root->id;
    if (root->resolved) {
        const bool ok = handle(m_workflow.reopenComment(m_session, id));
        selectComment(id);
        return ok;
    }
    // Resolving a thread resolves its open replies too (each counts as open in the core).
    QList<qint64> open { id };
    for (const ReviewComment &c : std::as_const(m_comments)) {
        if (c.parentId && !c.resolved && threadRoot(c.id) == id)
            open.append(c.id);
    }
    for (qsizetype i = open.size() - 1; i >= 0; --i) {
        Result<void> r = m_workflow.resolveComment(m_session, open.at(i));
        if (!r) {
            const bool ok = handle(r);
            selectComment(id);
            return ok;
        }
    }
    const bool ok = handle({});
    selectComment(id);
    return ok;
}
