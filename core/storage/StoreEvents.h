#pragma once

#include <QObject>
#include <QUuid>

// What a store tells its users unasked: another client (or this one, through another
// connection) committed a change. The window refreshes its list, review queue and notifications
// on these instead of polling. Only stores on a server have one (Store::events()).
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    explicit StoreEvents(QObject *parent = nullptr);

Q_SIGNALS:
    // The article's content or status changed (a save, a transition, an approval).
    void articleChanged(const QUuid &articleId);
    // The article was submitted for review (for the review queue and notifications).
    void articleSubmitted(const QUuid &articleId);
};
