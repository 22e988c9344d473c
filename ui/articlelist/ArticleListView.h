#pragma once

#include <QTreeView>
#include <QUuid>

// The article list's view: a flat, sortable tree view where Enter (or a double click) opens
// the current article.
class ArticleListView : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);

    QUuid currentArticleId() const;

Q_SIGNALS:
    void openRequested(const QUuid &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
