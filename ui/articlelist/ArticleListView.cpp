#include "ArticleListView.h"

#include "ArticleListModel.h"

#include <QHeaderView>
#include <QKeyEvent>

ArticleListView::ArticleListView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view skip measuring rows of a long list
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    header()->setStretchLastSection(false);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(ArticleListModel::IdRole).toUuid();
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
}

QUuid ArticleListView::currentArticleId() const
{
    return currentIndex().data(ArticleListModel::IdRole).toUuid();
}

void ArticleListView::keyPressEvent(QKeyEvent *event)
{
    // activated() on Enter depends on the style; make it unconditional.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QUuid id = currentArticleId();
        if (!id.isNull()) {
            Q_EMIT openRequested(id);
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}
