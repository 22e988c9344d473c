#include "Notifications.h"

#include "storage/SqlStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

QString Notification::kindName() const
{
    switch (kind) {
    case Kind::Submitted:
        return u"submitted"_s;
    case Kind::Approved:
        return u"approved"_s;
    case Kind::ChangesRequested:
        return u"changes_requested"_s;
    }
    return {};
}

QString Notification::text() const
{
    const QString title = headline.isEmpty() ? Notifications::tr("(no headline)") : headline;
    switch (kind) {
    case Kind::Submitted:
        return Notifications::tr("%1 submitted “%2” for review.").arg(actor, title);
    case Kind::Approved:
        return Notifications::tr("%1 approved “%2”.").arg(actor, title);
    case Kind::ChangesRequested:
        return Notifications::tr("%1 requested changes to “%2”: %3").arg(actor, title, comment);
    }
    return {};
}

Notifications::Notifications(SqlStore &store)
    : m_store(store)
{ }

Result<qint64> Notifications::previousSignIn(const QString &user)
{
    // Read backwards along the primary key: sign-ins are frequent, so this stops early.
    Result<SqlStore::Statement> q
        = m_store.prepare(u"SELECT sequence FROM audit_log WHERE action = 'sign_in' AND actor = ? "
                          "ORDER BY sequence DESC LIMIT 2"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(user).exec(); !r)
        return r.error();
    qint64 sequence = 0;
    for (int row = 0; row < 2 && q->next(); ++row)
        sequence = row == 1 ? q->value(0).toLongLong() : 0;
    return sequence;
}

Result<QList<Notification>> Notifications::since(const WorkflowSession &session,
                                                 qint64 afterSequence)
{
    const bool supervisor = session.roles.testFlag(Role::Supervisor);
    const bool officer = session.roles.testFlag(Role::Officer);
    QList<Notification> list;
    if (!supervisor && !officer)
        return list;
    Result<SqlStore::Statement> q = m_store.prepare(
        u"SELECT l.sequence, l.at, l.actor, l.action, l.details, a.id, a.headline, a.created_by "
        "FROM audit_log l JOIN articles a ON a.id = l.subject "
        "WHERE l.sequence > ? AND l.action IN ('submit', 'approve', 'request_changes') "
        "ORDER BY l.sequence"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(afterSequence).exec(); !r)
        return r.error();
    QList<qint64> commentIds;
    while (q->next()) {
        const QString action = q->value(3).toString();
        const QString actor = q->value(2).toString();
        const QString author = q->value(7).toString();
        Notification n;
        if (action == u"submit"_s) {
            if (!supervisor || actor == session.user)
                continue;
            n.kind = Notification::Kind::Submitted;
        } else {
            if (!officer || author != session.user || actor == session.user)
                continue;
            n.kind = action == u"approve"_s ? Notification::Kind::Approved
                                            : Notification::Kind::ChangesRequested;
        }
        n.sequence = q->value(0).toLongLong();
        n.time = SqlStore::timeFromValue(q->value(1));
        n.actor = actor;
        n.articleId = QUuid::fromString(q->value(5).toString());
        n.headline = q->value(6).toString();
        const QJsonObject details
            = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        commentIds.append(details.value(u"comment"_s).toInteger());
        list.append(n);
    }
    Result<SqlStore::Statement> c = m_store.prepare(u"SELECT text FROM comments WHERE num = ?"_s);
    if (!c)
        return c.error();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).kind != Notification::Kind::ChangesRequested || commentIds.at(i) == 0)
            continue;
        if (Result<void> r = c->bind(commentIds.at(i)).exec(); !r)
            return r.error();
        if (c->next())
            list[i].comment = c->value(0).toString();
    }
    return list;
}

Result<QList<Notification>> Notifications::sinceLastSignIn(const WorkflowSession &session)
{
    Result<qint64> after = previousSignIn(session.user);
    if (!after)
        return after.error();
    return since(session, *after);
}
