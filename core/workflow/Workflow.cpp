#include "Workflow.h"

#include "article/CanonicalBody.h"
#include "article/ContentHash.h"
#include "storage/SqlStore.h"
#include "workflow/ApprovalSignature.h"
#include "workflow/KeyVault.h"
#include "workflow/PasswordHasher.h"
#include "workflow/ReviewGate.h"
#include "workflow/SigningKeys.h"
#include "workflow/Sodium.h"
#include "workflow/SubmitChecklist.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace {

using Statement = SqlStore::Statement;

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

WorkflowUser userFromRow(Statement &q)
{
    WorkflowUser u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    Roles roles;
    rolesFromNames(q.value(2).toString().split(u',', Qt::SkipEmptyParts), &roles);
    u.roles = roles;
    u.disabled = q.value(3).toInt() != 0;
    u.publicKey = q.value(4).toByteArray();
    return u;
}

const QString kUserColumns = u"name, display_name, roles, disabled, public_key"_s;

// Names people type on the command line: no spaces, no control characters, no commas.
bool validUserName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u',' || c == u':')
            return false;
    }
    return true;
}

// A server function's result (storage/postgresql/PgServerSchema): the server decides again and
// writes; refusals come back as StoreErrors of the right kind.
Result<QVariant> callServer(SqlStore &store, const QString &sql, const QVariantList &binds)
{
    Result<Statement> q = store.prepare(sql);
    if (!q)
        return q.error();
    for (const QVariant &v : binds) {
        // Statement::bind turns a null string into ''; here NULL must stay NULL.
        q->query().addBindValue(v);
    }
    if (!q->query().exec())
        return store.sqlError(q->query().lastError(), sql);
    return q->next() ? q->value(0) : QVariant();
}

const QVariant kNullId = QVariant(QMetaType(QMetaType::LongLong));

} // namespace

Workflow::Workflow(SqlStore &store, Argon2Cost cost)
    : m_store(store)
    , m_cost(cost)
{
    m_store.addSaveHook([this](SqlStore &, const Article &saved, const SaveResult &result) {
        return onSave(saved, result);
    });
}

QString Workflow::wrongCredentialsMessage()
{
    return tr("Wrong user name or password.");
}

// ---- Users ---------------------------------------------------------------------------------

Result<bool> Workflow::hasUsers()
{
    Result<Statement> q = m_store.prepare(u"SELECT 1 FROM users LIMIT 1"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    return q->next();
}

Result<QList<WorkflowUser>> Workflow::users()
{
    Result<Statement> q
        = m_store.prepare(u"SELECT "_s + kUserColumns + u" FROM users ORDER BY name"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    QList<WorkflowUser> list;
    while (q->next())
        list.append(userFromRow(*q));
    return list;
}

Result<WorkflowUser> Workflow::user(const QString &name)
{
    Result<Statement> q
        = m_store.prepare(u"SELECT "_s + kUserColumns + u" FROM users WHERE name = ?"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(name).exec(); !r)
        return r.error();
    if (!q->next())
        return StoreError::notFound(tr("There is no user %1.").arg(name));
    return userFromRow(*q);
}

Result<WorkflowUser> Workflow::activeUser(const QString &name)
{
    Result<WorkflowUser> u = user(name);
    if (!u)
        return u;
    if (u->disabled)
        return StoreError::permissionDenied(tr("The account %1 is disabled.").arg(name));
    return u;
}

Result<QByteArray> Workflow::userColumn(const QString &name, const QString &column)
{
    if (m_store.serverEnforcesWorkflow()) {
        // Only one's own sealed key, through the server; password hashes are the server's.
        if (column != u"sealed_key"_s || name != m_store.connectedUser())
            return StoreError::permissionDenied(
                tr("The server keeps %1's credentials to itself.").arg(name));
        Result<QVariant> v = callServer(m_store, u"SELECT newsroom_my_sealed_key()"_s, {});
        if (!v)
            return v.error();
        return v->toString().toUtf8();
    }
    // column is one of ours, never user data.
    Result<Statement> q = m_store.prepare(u"SELECT "_s + column + u" FROM users WHERE name = ?"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(name).exec(); !r)
        return r.error();
    if (!q->next())
        return StoreError::notFound(tr("There is no user %1.").arg(name));
    const QVariant v = q->value(0);
    return v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
}

Result<void> Workflow::requireAdmin(const WorkflowSession &actor)
{
    Result<WorkflowUser> u = activeUser(actor.user);
    if (!u)
        return u.error().kind == StoreError::Kind::NotFound
            ? StoreError::permissionDenied(tr("Only an administrator may manage users."))
            : u.error();
    if (!u->roles.testFlag(Role::Admin))
        return StoreError::permissionDenied(tr("Only an administrator may manage users."));
    return {};
}

Result<void> Workflow::makeSigningKey(const QString &name, const QByteArray &password)
{
    SigningKeyPair pair = SigningKeys::generate();
    if (pair.publicKey.isEmpty())
        return StoreError::storage(tr("Could not make a signing key."));
    const QByteArray sealed = KeyVault(m_cost).seal(pair.secretKey, password);
    Sodium::wipe(pair.secretKey);
    if (sealed.isEmpty())
        return StoreError::storage(tr("Could not encrypt the signing key (out of memory)."));
    if (m_store.serverEnforcesWorkflow()) {
        Result<QVariant> r = callServer(m_store, u"SELECT newsroom_set_signing_key(?, ?, ?)"_s,
                                        { pair.publicKey, QString::fromLatin1(sealed),
                                          SigningKeys::fingerprint(pair.publicKey) });
        if (!r)
            return r.error();
        return {};
    }
    const QVariant now = SqlStore::timeValue(m_store.now());
    Result<Statement> retire = m_store.prepare(
        u"UPDATE signing_keys SET retired_at = ? WHERE user_name = ? AND retired_at IS NULL"_s);
    if (!retire)
        return retire.error();
    if (Result<void> r = retire->bind(now).bind(name).exec(); !r)
        return r;
    Result<Statement> ins = m_store.prepare(
        u"INSERT INTO signing_keys (user_name, public_key, created_at) VALUES (?, ?, ?)"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r = ins->bind(name).bind(pair.publicKey).bind(now).exec(); !r)
        return r;
    Result<Statement> upd
        = m_store.prepare(u"UPDATE users SET public_key = ?, sealed_key = ? WHERE name = ?"_s);
    if (!upd)
        return upd.error();
    if (Result<void> r
        = upd->bind(pair.publicKey).bind(QString::fromLatin1(sealed)).bind(name).exec();
        !r)
        return r;
    return audit(name, u"signing_key_created"_s, name,
                 { { u"fingerprint"_s, SigningKeys::fingerprint(pair.publicKey) } });
}

StoreError Workflow::managedByServer()
{
    return StoreError::permissionDenied(
        tr("On a team server, users and settings are managed by the server's administrator "
           "(newsroom-cli server add-user)."));
}

Result<void> Workflow::addUser(const std::optional<WorkflowSession> &actor, const QString &name,
                               const QString &displayName, Roles roles, const QByteArray &password)
{
    if (m_store.serverEnforcesWorkflow())
        return managedByServer();
    if (!validUserName(name))
        return StoreError::invalid(
            tr("A user name must be 1 to 64 characters without spaces, commas or colons."));
    if (roles == Roles())
        return StoreError::invalid(tr("A user needs at least one role."));
    if (password.isEmpty())
        return StoreError::invalid(tr("The password must not be empty."));
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    Result<bool> any = hasUsers();
    if (!any)
        return any.error();
    if (!*any) {
        if (!roles.testFlag(Role::Admin))
            return StoreError::permissionDenied(
                tr("The first user of a newsroom must be an administrator."));
    } else {
        if (!actor)
            return StoreError::permissionDenied(tr("Only an administrator may manage users."));
        if (Result<void> r = requireAdmin(*actor); !r)
            return r;
    }
    if (Result<WorkflowUser> existing = user(name); existing)
        return StoreError::invalid(tr("There is already a user %1.").arg(name));
    const QByteArray hash = PasswordHasher(m_cost).hash(password);
    if (hash.isEmpty())
        return StoreError::storage(tr("Could not hash the password (out of memory)."));
    Result<Statement> ins = m_store.prepare(
        u"INSERT INTO users (name, display_name, roles, disabled, password_hash, created_at) "
        "VALUES (?, ?, ?, 0, ?, ?)"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r = ins->bind(name)
                             .bind(displayName.isEmpty() ? name : displayName)
                             .bind(roleNames(roles).join(u','))
                             .bind(QString::fromLatin1(hash))
                             .bind(SqlStore::timeValue(m_store.now()))
                             .exec();
        !r)
        return r;
    if (Result<void> r = audit(actor ? actor->user : name, u"user_add"_s, name,
                               { { u"roles"_s, roleNames(roles).join(u',') } });
        !r)
        return r;
    if (roles.testFlag(Role::Supervisor)) {
        if (Result<void> r = makeSigningKey(name, password); !r)
            return r;
    }
    return tx->commit();
}

Result<void> Workflow::setPassword(const WorkflowSession &actor, const QByteArray &actorPassword,
                                   const QString &name, const QByteArray &newPassword)
{
    if (m_store.serverEnforcesWorkflow())
        return managedByServer();
    if (newPassword.isEmpty())
        return StoreError::invalid(tr("The password must not be empty."));
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    const bool self = actor.user == name;
    if (!self) {
        if (Result<void> r = requireAdmin(actor); !r)
            return r;
    }
    Result<WorkflowUser> target = user(name);
    if (!target)
        return target.error();
    const QByteArray hash = PasswordHasher(m_cost).hash(newPassword);
    if (hash.isEmpty())
        return StoreError::storage(tr("Could not hash the password (out of memory)."));
    Result<Statement> upd = m_store.prepare(u"UPDATE users SET password_hash = ? WHERE name = ?"_s);
    if (!upd)
        return upd.error();
    if (Result<void> r = upd->bind(QString::fromLatin1(hash)).bind(name).exec(); !r)
        return r;
    if (target->roles.testFlag(Role::Supervisor)) {
        Result<QByteArray> sealed = userColumn(name, u"sealed_key"_s);
        if (!sealed)
            return sealed.error();
        QByteArray resealed;
        if (self && !sealed->isEmpty())
            resealed = KeyVault(m_cost).reseal(*sealed, actorPassword, newPassword);
        if (!resealed.isEmpty()) {
            Result<Statement> key
                = m_store.prepare(u"UPDATE users SET sealed_key = ? WHERE name = ?"_s);
            if (!key)
                return key.error();
            if (Result<void> r = key->bind(QString::fromLatin1(resealed)).bind(name).exec(); !r)
                return r;
        } else if (Result<void> r = makeSigningKey(name, newPassword); !r) {
            // Reset by an admin (or a key the old password no longer opens): a new key pair.
            return r;
        }
    }
    if (Result<void> r = audit(actor.user, u"user_password"_s, name); !r)
        return r;
    return tx->commit();
}

Result<void> Workflow::setRoles(const WorkflowSession &actor, const QString &name, Roles roles)
{
    if (m_store.serverEnforcesWorkflow())
        return managedByServer();
    if (roles == Roles())
        return StoreError::invalid(tr("A user needs at least one role."));
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = requireAdmin(actor); !r)
        return r;
    Result<WorkflowUser> target = user(name);
    if (!target)
        return target.error();
    if (actor.user == name && !roles.testFlag(Role::Admin))
        return StoreError::permissionDenied(tr("Administrators cannot take their own admin role."));
    Result<Statement> upd = m_store.prepare(u"UPDATE users SET roles = ? WHERE name = ?"_s);
    if (!upd)
        return upd.error();
    if (Result<void> r = upd->bind(roleNames(roles).join(u',')).bind(name).exec(); !r)
        return r;
    // A new supervisor's key is made at their next sign-in, when their password is at hand.
    if (Result<void> r = audit(actor.user, u"user_roles"_s, name,
                               { { u"from"_s, roleNames(target->roles).join(u',') },
                                 { u"to"_s, roleNames(roles).join(u',') } });
        !r)
        return r;
    return tx->commit();
}

Result<void> Workflow::disableUser(const WorkflowSession &actor, const QString &name)
{
    if (m_store.serverEnforcesWorkflow())
        return managedByServer();
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = requireAdmin(actor); !r)
        return r;
    if (Result<WorkflowUser> target = user(name); !target)
        return target.error();
    if (actor.user == name)
        return StoreError::permissionDenied(tr("Administrators cannot disable themselves."));
    Result<Statement> upd = m_store.prepare(u"UPDATE users SET disabled = 1 WHERE name = ?"_s);
    if (!upd)
        return upd.error();
    if (Result<void> r = upd->bind(name).exec(); !r)
        return r;
    if (Result<void> r = audit(actor.user, u"user_disable"_s, name); !r)
        return r;
    return tx->commit();
}

Result<QList<QByteArray>> Workflow::publicKeys(const QString &name)
{
    Result<Statement> q = m_store.prepare(
        u"SELECT public_key FROM signing_keys WHERE user_name = ? ORDER BY num"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(name).exec(); !r)
        return r.error();
    QList<QByteArray> keys;
    while (q->next())
        keys.append(q->value(0).toByteArray());
    return keys;
}

// ---- Sign-in -------------------------------------------------------------------------------

Result<WorkflowSession> Workflow::signIn(const QString &name, const QByteArray &password)
{
    if (m_store.serverEnforcesWorkflow()) {
        // The connection was the sign-in: PostgreSQL checked the password. Here the server
        // only confirms the newsroom account and records it.
        if (name != m_store.connectedUser())
            return StoreError::permissionDenied(wrongCredentialsMessage());
        Result<Store::Transaction> tx = m_store.transaction();
        if (!tx)
            return tx.error();
        Result<QVariant> roles = callServer(m_store, u"SELECT newsroom_sign_in()"_s, {});
        if (!roles)
            return roles.error();
        Roles held;
        rolesFromNames(roles->toString().split(u',', Qt::SkipEmptyParts), &held);
        Result<WorkflowUser> u = user(name);
        if (!u)
            return u.error();
        if (held.testFlag(Role::Supervisor) && u->publicKey.isEmpty()) {
            if (Result<void> r = makeSigningKey(name, password); !r)
                return r.error();
        }
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return WorkflowSession { name, held };
    }
    const PasswordHasher hasher(m_cost);
    Result<QByteArray> hash = userColumn(name, u"password_hash"_s);
    if (!hash && hash.error().kind != StoreError::Kind::NotFound)
        return hash.error();
    bool verified = false;
    if (hash)
        verified = hasher.verify(*hash, password);
    else
        hasher.spendVerificationTime(password);

    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    if (!verified) {
        if (Result<void> r = audit(QString(), u"sign_in_failed"_s, name,
                                   { { u"reason"_s, hash ? u"password"_s : u"unknown_user"_s } });
            !r)
            return r.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return StoreError::permissionDenied(wrongCredentialsMessage());
    }
    Result<WorkflowUser> u = user(name);
    if (!u)
        return u.error();
    if (u->disabled) {
        if (Result<void> r
            = audit(QString(), u"sign_in_failed"_s, name, { { u"reason"_s, u"disabled"_s } });
            !r)
            return r.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return StoreError::permissionDenied(tr("The account %1 is disabled.").arg(name));
    }
    if (hasher.needsRehash(*hash)) {
        const QByteArray fresh = hasher.hash(password);
        Result<Statement> upd
            = m_store.prepare(u"UPDATE users SET password_hash = ? WHERE name = ?"_s);
        if (!upd)
            return upd.error();
        if (!fresh.isEmpty()) {
            if (Result<void> r = upd->bind(QString::fromLatin1(fresh)).bind(name).exec(); !r)
                return r.error();
        }
    }
    if (u->roles.testFlag(Role::Supervisor) && u->publicKey.isEmpty()) {
        if (Result<void> r = makeSigningKey(name, password); !r)
            return r.error();
    }
    if (Result<void> r = audit(name, u"sign_in"_s, name); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return WorkflowSession { u->name, u->roles };
}

// ---- Settings ------------------------------------------------------------------------------

Result<WorkflowPolicy> Workflow::policy()
{
    Result<Statement> q = m_store.prepare(
        u"SELECT value FROM newsroom_settings WHERE name = 'officers_may_edit_others_drafts'"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    WorkflowPolicy p;
    if (q->next())
        p.officersMayEditOthersDrafts = q->value(0).toString() == u"true"_s;
    return p;
}

Result<void> Workflow::setPolicy(const WorkflowSession &actor, const WorkflowPolicy &policy)
{
    if (m_store.serverEnforcesWorkflow())
        return managedByServer();
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = requireAdmin(actor); !r)
        return r;
    const QString value = policy.officersMayEditOthersDrafts ? u"true"_s : u"false"_s;
    Result<Statement> del = m_store.prepare(
        u"DELETE FROM newsroom_settings WHERE name = 'officers_may_edit_others_drafts'"_s);
    if (!del)
        return del.error();
    if (Result<void> r = del->exec(); !r)
        return r;
    Result<Statement> ins = m_store.prepare(u"INSERT INTO newsroom_settings (name, value) "
                                            "VALUES ('officers_may_edit_others_drafts', ?)"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r = ins->bind(value).exec(); !r)
        return r;
    if (Result<void> r = audit(actor.user, u"settings"_s, u"officers_may_edit_others_drafts"_s,
                               { { u"value"_s, value } });
        !r)
        return r;
    return tx->commit();
}

// ---- Articles ------------------------------------------------------------------------------

Result<SaveResult> Workflow::saveArticle(const WorkflowSession &actor, const Article &article,
                                         int baseVersion)
{
    return m_store.saveArticle(article, baseVersion, actor.user);
}

Result<void> Workflow::onSave(const Article &saved, const SaveResult &result)
{
    // A team server checks the save itself (PgServerSchema's triggers) and records it.
    if (m_store.serverEnforcesWorkflow())
        return {};
    Result<bool> any = hasUsers();
    if (!any)
        return any.error();
    if (!*any)
        return {}; // a single desk without users: nothing to enforce
    const QString id = SqlStore::idText(saved.id);
    Result<Statement> q
        = m_store.prepare(u"SELECT created_by, updated_by FROM articles WHERE id = ?"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(id).exec(); !r)
        return r;
    if (!q->next())
        return StoreError::notFound(tr("The article does not exist."));
    const QString author = q->value(0).toString();
    const QString editor = q->value(1).toString();
    Result<WorkflowUser> u = activeUser(editor);
    if (!u)
        return u.error().kind == StoreError::Kind::NotFound
            ? StoreError::permissionDenied(tr("%1 is not a user of this newsroom.").arg(editor))
            : u.error();
    if (result.created) {
        if (!u->roles.testFlag(Role::Officer))
            return StoreError::permissionDenied(tr("Only officers create articles."));
        return audit(editor, u"create"_s, id, { { u"version"_s, result.version } });
    }
    Result<WorkflowPolicy> p = policy();
    if (!p)
        return p.error();
    const TransitionDecision d = TransitionTable::decide(WorkflowAction::Edit, saved.status,
                                                         u->roles, { author == editor, true }, *p);
    if (!d.allowed)
        return StoreError::permissionDenied(d.reason);
    if (d.to != saved.status) {
        // Editing an approved article: back to draft, approval voided (kept).
        Result<Statement> voidIt
            = m_store.prepare(u"UPDATE approvals SET voided = 1, voided_at = ?, voided_reason = ? "
                              "WHERE article_id = ? AND voided = 0"_s);
        if (!voidIt)
            return voidIt.error();
        const QString reason = u"edited by %1 (version %2)"_s.arg(editor).arg(result.version);
        if (Result<void> r
            = voidIt->bind(SqlStore::timeValue(m_store.now())).bind(reason).bind(id).exec();
            !r)
            return r;
        if (Result<void> r = m_store.setStatus(saved.id, d.to, editor); !r)
            return r;
        if (Result<void> r = audit(editor, u"approval_voided"_s, id, { { u"reason"_s, reason } });
            !r)
            return r;
    }
    return audit(editor, u"edit"_s, id, { { u"version"_s, result.version } });
}

Result<QList<WorkflowAction>> Workflow::availableActions(const WorkflowSession &actor,
                                                         const QUuid &articleId)
{
    Result<ArticleSummary> s = m_store.articleSummary(articleId);
    if (!s)
        return s.error();
    Result<WorkflowPolicy> p = policy();
    if (!p)
        return p.error();
    return TransitionTable::availableActions(
        s->status, actor.roles, { s->createdBy == actor.user, s->updatedBy == actor.user }, *p);
}

// The acting user, the article and the transition table's answer, read inside the caller's
// transaction so that the state cannot move between the decision and the write.
Result<Workflow::Decided> Workflow::decideNow(const WorkflowSession &actor, const QUuid &articleId,
                                              WorkflowAction action)
{
    Result<WorkflowUser> u = activeUser(actor.user);
    if (!u)
        return u.error();
    Result<Article> a = m_store.article(articleId);
    if (!a)
        return a.error();
    Result<WorkflowPolicy> p = policy();
    if (!p)
        return p.error();
    TransitionDecision d
        = TransitionTable::decide(action, a->status, u->roles,
                                  { a->createdBy == actor.user, a->updatedBy == actor.user }, *p);
    if (!d.allowed)
        return StoreError::permissionDenied(d.reason);
    return Decided { std::move(*u), std::move(*a), std::move(d) };
}

Result<ArticleStatus> Workflow::perform(const WorkflowSession &actor, const QUuid &articleId,
                                        WorkflowAction action, const QString &comment)
{
    if (action == WorkflowAction::Approve)
        return StoreError::invalid(tr("Approving needs the supervisor's password."));
    if (action == WorkflowAction::Edit || action == WorkflowAction::Publish)
        return StoreError::invalid(tr("This action is not taken through perform()."));
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    Result<Decided> decided = decideNow(actor, articleId, action);
    if (!decided)
        return decided.error();
    const Article *a = &decided->article;
    const TransitionDecision &d = decided->decision;
    const QString id = SqlStore::idText(articleId);
    switch (d.guard) {
    case TransitionGuard::None:
        break;
    case TransitionGuard::SubmitChecklist: {
        Result<int> open = unresolvedComments(articleId);
        if (!open)
            return open.error();
        const QList<ChecklistItem> items = SubmitChecklist::check(*a, *open, m_store.now());
        if (!items.isEmpty()) {
            QStringList messages;
            for (const ChecklistItem &item : items)
                messages.append(item.message);
            return StoreError::invalid(TransitionTable::guardFailureReason(d.guard), messages);
        }
        break;
    }
    case TransitionGuard::ReviewComment:
        if (comment.trimmed().isEmpty())
            return StoreError::invalid(TransitionTable::guardFailureReason(d.guard));
        break;
    case TransitionGuard::ValidApproval:
        return StoreError::invalid(TransitionTable::guardFailureReason(d.guard));
    }
    if (m_store.serverEnforcesWorkflow()) {
        // Checked here for the user's sake (translated reasons); decided by the server.
        Result<QVariant> to = callServer(m_store, u"SELECT newsroom_perform(?, ?, ?, ?)"_s,
                                         { id, actionName(action), comment, a->version });
        if (!to)
            return to.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        ArticleStatus status = d.to;
        statusFromName(to->toString(), &status);
        return status;
    }
    if (Result<void> r = m_store.setStatus(articleId, d.to, actor.user, a->version); !r)
        return r.error();
    QJsonObject details { { u"from"_s, statusName(a->status) },
                          { u"to"_s, statusName(d.to) },
                          { u"version"_s, a->version } };
    if (d.guard == TransitionGuard::ReviewComment) {
        Result<ReviewComment> c = addComment(actor, articleId, comment);
        if (!c)
            return c.error();
        details.insert(u"comment"_s, c->id);
    }
    if (Result<void> r = audit(actor.user, actionName(action), id, details); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return d.to;
}

Result<Approval> Workflow::approve(const WorkflowSession &actor, const QByteArray &password,
                                   const QUuid &articleId)
{
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    Result<Decided> decided = decideNow(actor, articleId, WorkflowAction::Approve);
    if (!decided)
        return decided.error();
    const WorkflowUser *u = &decided->user;
    const Article *a = &decided->article;
    const TransitionDecision &d = decided->decision;
    // Open comments and the checklist (an embargo may have passed since submission): the same
    // grounds the review bar shows on its disabled Approve button.
    Result<int> open = unresolvedComments(articleId);
    if (!open)
        return open.error();
    if (const QStringList blockers = ReviewGate::approvalBlockers(*a, *open, m_store.now());
        !blockers.isEmpty())
        return StoreError::invalid(tr("The article cannot be approved yet."), blockers);
    Result<QByteArray> sealed = userColumn(actor.user, u"sealed_key"_s);
    if (!sealed)
        return sealed.error();
    QByteArray secretKey;
    if (sealed->isEmpty() || !KeyVault(m_cost).open(*sealed, password, &secretKey))
        return StoreError::permissionDenied(
            tr("The password does not unlock %1's signing key.").arg(actor.user));

    Approval approval;
    approval.articleId = articleId;
    approval.version = a->version;
    approval.contentHash = ContentHash::compute(*a);
    approval.supervisor = actor.user;
    approval.time = SqlStore::timeFromValue(SqlStore::timeValue(m_store.now()));
    approval.publicKey = u->publicKey;
    const ApprovalStatement statement { articleId, approval.version,
                                        QByteArray::fromHex(approval.contentHash.toLatin1()),
                                        approval.supervisor, approval.time };
    approval.signature = ApprovalSignature::sign(statement, secretKey);
    Sodium::wipe(secretKey);
    if (approval.signature.isEmpty())
        return StoreError::storage(tr("Could not sign the approval."));
    const QString id = SqlStore::idText(articleId);

    if (m_store.serverEnforcesWorkflow()) {
        Result<QVariant> num = callServer(m_store, u"SELECT newsroom_approve(?, ?, ?, ?, ?, ?)"_s,
                                          { id, approval.version, approval.contentHash,
                                            SqlStore::timeValue(approval.time), approval.publicKey,
                                            approval.signature });
        if (!num)
            return num.error();
        approval.id = num->toLongLong();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return approval;
    }
    if (Result<void> r = m_store.setStatus(articleId, d.to, actor.user, a->version); !r)
        return r.error();
    Result<Statement> ins = m_store.prepare(
        u"INSERT INTO approvals (article_id, version, content_hash, supervisor, approved_at, "
        "public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING num"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r = ins->bind(id)
                             .bind(approval.version)
                             .bind(approval.contentHash)
                             .bind(approval.supervisor)
                             .bind(SqlStore::timeValue(approval.time))
                             .bind(approval.publicKey)
                             .bind(approval.signature)
                             .exec();
        !r)
        return r.error();
    approval.id = ins->next() ? ins->value(0).toLongLong() : 0;
    ins->query().finish();
    if (Result<void> r
        = audit(actor.user, u"approve"_s, id,
                { { u"version"_s, approval.version },
                  { u"content_hash"_s, approval.contentHash },
                  { u"signature"_s, QString::fromLatin1(approval.signature.toHex()) } });
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return approval;
}

Result<QList<Approval>> Workflow::approvals(const QUuid &articleId)
{
    Result<Statement> q = m_store.prepare(
        u"SELECT num, version, content_hash, supervisor, approved_at, public_key, signature, "
        "voided, voided_at, voided_reason FROM approvals WHERE article_id = ? ORDER BY num"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(SqlStore::idText(articleId)).exec(); !r)
        return r.error();
    QList<Approval> list;
    while (q->next()) {
        Approval a;
        a.id = q->value(0).toLongLong();
        a.articleId = articleId;
        a.version = q->value(1).toInt();
        a.contentHash = q->value(2).toString();
        a.supervisor = q->value(3).toString();
        a.time = SqlStore::timeFromValue(q->value(4));
        a.publicKey = q->value(5).toByteArray();
        a.signature = q->value(6).toByteArray();
        a.voided = q->value(7).toInt() != 0;
        a.voidedAt = SqlStore::timeFromValue(q->value(8));
        a.voidedReason = q->value(9).toString();
        list.append(a);
    }
    return list;
}

bool Workflow::verifyApproval(const Approval &approval)
{
    const ApprovalStatement statement { approval.articleId, approval.version,
                                        QByteArray::fromHex(approval.contentHash.toLatin1()),
                                        approval.supervisor, approval.time };
    return ApprovalSignature::verify(statement, approval.signature, approval.publicKey);
}

// ---- Publishing ----------------------------------------------------------------------------

namespace {

StoreError stateConflict(const QString &message)
{
    StoreError e = StoreError::conflict(-1, -1);
    e.message = message;
    return e;
}

} // namespace

Result<Approval> Workflow::currentApproval(const Article &article)
{
    Result<QList<Approval>> list = approvals(article.id);
    if (!list)
        return list.error();
    if (list->isEmpty() || list->constLast().voided)
        return stateConflict(tr("The article has no valid approval."));
    const Approval &approval = list->constLast();
    if (approval.contentHash != ContentHash::compute(article))
        return stateConflict(
            tr("The article's content has changed since %1 approved it.").arg(approval.supervisor));
    if (!verifyApproval(approval))
        return stateConflict(
            tr("The signature of %1's approval does not verify.").arg(approval.supervisor));
    return approval;
}

Result<QByteArray> Workflow::unlockSigningKey(const WorkflowSession &actor,
                                              const QByteArray &password)
{
    Result<WorkflowUser> u = activeUser(actor.user);
    if (!u)
        return u.error();
    Result<QByteArray> sealed = userColumn(actor.user, u"sealed_key"_s);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return StoreError::permissionDenied(tr("%1 has no signing key.").arg(actor.user));
    QByteArray secretKey;
    if (!KeyVault(m_cost).open(*sealed, password, &secretKey))
        return StoreError::permissionDenied(
            tr("The password does not unlock %1's signing key.").arg(actor.user));
    return secretKey;
}

Result<ArticleStatus> Workflow::publish(const WorkflowSession &actor, const QUuid &articleId,
                                        const QJsonObject &details)
{
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    Result<Decided> decided = decideNow(actor, articleId, WorkflowAction::Publish);
    if (!decided)
        return decided.error();
    const Article *a = &decided->article;
    const TransitionDecision &d = decided->decision;
    if (d.guard == TransitionGuard::ValidApproval) {
        if (Result<Approval> approval = currentApproval(*a); !approval)
            return approval.error();
    }
    if (m_store.serverEnforcesWorkflow()) {
        Result<QVariant> to = callServer(m_store, u"SELECT newsroom_publish(?, ?)"_s,
                                         { SqlStore::idText(articleId), compactJson(details) });
        if (!to)
            return to.error();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return d.to;
    }
    if (Result<void> r = m_store.setStatus(articleId, d.to, actor.user, a->version); !r)
        return r.error();
    QJsonObject all = details;
    all.insert(u"from"_s, statusName(a->status));
    all.insert(u"to"_s, statusName(d.to));
    all.insert(u"version"_s, a->version);
    if (Result<void> r
        = audit(actor.user, actionName(WorkflowAction::Publish), SqlStore::idText(articleId), all);
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return d.to;
}

// ---- Comments ------------------------------------------------------------------------------

Result<ReviewComment> Workflow::addComment(const WorkflowSession &actor, const QUuid &articleId,
                                           const QString &text, const QString &quote,
                                           qint64 parentId)
{
    if (text.trimmed().isEmpty())
        return StoreError::invalid(tr("A comment needs some text."));
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    if (Result<WorkflowUser> u = activeUser(actor.user); !u)
        return u.error();
    Result<Article> a = m_store.article(articleId);
    if (!a)
        return a.error();
    ReviewComment c;
    c.articleId = articleId;
    c.parentId = parentId;
    c.author = actor.user;
    c.created = SqlStore::timeFromValue(SqlStore::timeValue(m_store.now()));
    c.text = text;
    if (!quote.isEmpty()) {
        const std::optional<CommentAnchor> anchor
            = CommentAnchor::forQuote(CanonicalBody::plainText(a->body), quote);
        if (!anchor)
            return StoreError::invalid(tr("The quoted passage is not in the article."));
        c.anchor = *anchor;
    }
    const QString id = SqlStore::idText(articleId);
    if (parentId != 0) {
        Result<Statement> parent
            = m_store.prepare(u"SELECT 1 FROM comments WHERE num = ? AND article_id = ?"_s);
        if (!parent)
            return parent.error();
        if (Result<void> r = parent->bind(parentId).bind(id).exec(); !r)
            return r.error();
        if (!parent->next())
            return StoreError::notFound(
                tr("There is no comment %1 on this article.").arg(parentId));
    }
    if (m_store.serverEnforcesWorkflow()) {
        Result<QVariant> num
            = callServer(m_store, u"SELECT newsroom_add_comment(?, ?, ?, ?, ?, ?, ?)"_s,
                         { id, parentId ? QVariant(parentId) : kNullId, c.text, c.anchor.quote,
                           c.anchor.before, c.anchor.after, qint64(c.anchor.offset) });
        if (!num)
            return num.error();
        c.id = num->toLongLong();
        if (Result<void> r = tx->commit(); !r)
            return r.error();
        return c;
    }
    Result<Statement> ins = m_store.prepare(
        u"INSERT INTO comments (article_id, parent_num, author, created_at, text, quote, "
        "quote_before, quote_after, quote_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING num"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r
        = ins->bind(id)
              .bind(parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)))
              .bind(c.author)
              .bind(SqlStore::timeValue(c.created))
              .bind(c.text)
              .bind(c.anchor.quote.isNull() ? u""_s : c.anchor.quote)
              .bind(c.anchor.before.isNull() ? u""_s : c.anchor.before)
              .bind(c.anchor.after.isNull() ? u""_s : c.anchor.after)
              .bind(qint64(c.anchor.offset))
              .exec();
        !r)
        return r.error();
    c.id = ins->next() ? ins->value(0).toLongLong() : 0;
    ins->query().finish();
    QJsonObject details { { u"comment"_s, c.id }, { u"text"_s, c.text } };
    if (parentId)
        details.insert(u"reply_to"_s, parentId);
    if (!c.anchor.isNull())
        details.insert(u"quote"_s, c.anchor.quote);
    if (Result<void> r = audit(actor.user, u"comment"_s, id, details); !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return c;
}

namespace {

Result<void> setResolved(Workflow &workflow, SqlStore &store, const WorkflowSession &actor,
                         qint64 commentId, bool resolved)
{
    Result<Store::Transaction> tx = store.transaction();
    if (!tx)
        return tx.error();
    Result<WorkflowUser> u = workflow.user(actor.user);
    if (!u)
        return u.error();
    if (u->disabled || !(u->roles & (Roles(Role::Officer) | Role::Supervisor)))
        return StoreError::permissionDenied(
            Workflow::tr("Only officers and supervisors resolve comments."));
    if (store.serverEnforcesWorkflow()) {
        Result<QVariant> r = callServer(store, u"SELECT newsroom_set_comment_resolved(?, ?)"_s,
                                        { commentId, resolved });
        if (!r)
            return r.error();
        return tx->commit();
    }
    Result<SqlStore::Statement> q
        = store.prepare(u"SELECT article_id, resolved FROM comments WHERE num = ?"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(commentId).exec(); !r)
        return r;
    if (!q->next())
        return StoreError::notFound(Workflow::tr("There is no comment %1.").arg(commentId));
    const QString articleId = q->value(0).toString();
    if ((q->value(1).toInt() != 0) == resolved) {
        // Someone else resolved (or reopened) it first: a conflict, told as what it is.
        StoreError e = StoreError::conflict(-1, -1);
        e.message = resolved ? Workflow::tr("The comment is already resolved.")
                             : Workflow::tr("The comment is not resolved.");
        return e;
    }
    Result<SqlStore::Statement> upd = store.prepare(
        u"UPDATE comments SET resolved = ?, resolved_at = ?, resolved_by = ? WHERE num = ?"_s);
    if (!upd)
        return upd.error();
    if (Result<void> r = upd->bind(resolved ? 1 : 0)
                             .bind(resolved ? SqlStore::timeValue(store.now())
                                            : QVariant(QMetaType(QMetaType::LongLong)))
                             .bind(resolved ? actor.user : QVariant(QMetaType(QMetaType::QString)))
                             .bind(commentId)
                             .exec();
        !r)
        return r;
    if (Result<void> r
        = workflow.audit(actor.user, resolved ? u"comment_resolve"_s : u"comment_reopen"_s,
                         articleId, { { u"comment"_s, commentId } });
        !r)
        return r;
    return tx->commit();
}

} // namespace

Result<void> Workflow::resolveComment(const WorkflowSession &actor, qint64 commentId)
{
    return setResolved(*this, m_store, actor, commentId, true);
}

Result<void> Workflow::reopenComment(const WorkflowSession &actor, qint64 commentId)
{
    return setResolved(*this, m_store, actor, commentId, false);
}

Result<QList<ReviewComment>> Workflow::comments(const QUuid &articleId)
{
    Result<Article> a = m_store.article(articleId);
    if (!a)
        return a.error();
    const QString text = CanonicalBody::plainText(a->body);
    Result<Statement> q = m_store.prepare(
        u"SELECT num, parent_num, author, created_at, text, quote, quote_before, quote_after, "
        "quote_offset, resolved, resolved_at, resolved_by FROM comments WHERE article_id = ? "
        "ORDER BY num"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(SqlStore::idText(articleId)).exec(); !r)
        return r.error();
    QList<ReviewComment> list;
    while (q->next()) {
        ReviewComment c;
        c.id = q->value(0).toLongLong();
        c.articleId = articleId;
        c.parentId = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
        c.author = q->value(2).toString();
        c.created = SqlStore::timeFromValue(q->value(3));
        c.text = q->value(4).toString();
        c.anchor.quote = q->value(5).toString();
        c.anchor.before = q->value(6).toString();
        c.anchor.after = q->value(7).toString();
        c.anchor.offset = q->value(8).toLongLong();
        c.resolved = q->value(9).toInt() != 0;
        c.resolvedAt = SqlStore::timeFromValue(q->value(10));
        c.resolvedBy = q->value(11).toString();
        c.detached = !c.anchor.isNull() && c.anchor.locate(text).isDetached();
        list.append(c);
    }
    return list;
}

Result<int> Workflow::unresolvedComments(const QUuid &articleId)
{
    Result<Statement> q
        = m_store.prepare(u"SELECT COUNT(*) FROM comments WHERE article_id = ? AND resolved = 0"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->bind(SqlStore::idText(articleId)).exec(); !r)
        return r.error();
    return q->next() ? q->value(0).toInt() : 0;
}

// ---- Audit log -----------------------------------------------------------------------------

Result<void> Workflow::audit(const QString &actor, const QString &action, const QString &subject,
                             const QJsonObject &details)
{
    if (m_store.serverEnforcesWorkflow()) {
        // The server appends and hashes; the actor is whoever is connected.
        Result<QVariant> r = callServer(m_store, u"SELECT newsroom_audit(?, ?, ?)"_s,
                                        { action, subject, compactJson(details) });
        if (!r)
            return r.error();
        return {};
    }
    Result<Store::Transaction> tx = m_store.transaction();
    if (!tx)
        return tx.error();
    Result<Statement> last
        = m_store.prepare(u"SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    if (Result<void> r = last->exec(); !r)
        return r;
    qint64 previous = 0;
    QByteArray previousHash = AuditChain::genesisHash();
    if (last->next()) {
        previous = last->value(0).toLongLong();
        previousHash = last->value(1).toByteArray();
    }
    AuditRecord record;
    record.time = m_store.now();
    record.actor = actor;
    record.action = action;
    record.subject = subject;
    record.details = compactJson(details);
    record = AuditChain::chain(record, previous, previousHash);
    Result<Statement> ins = m_store.prepare(
        u"INSERT INTO audit_log (sequence, at, actor, action, subject, details, previous_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!ins)
        return ins.error();
    if (Result<void> r = ins->bind(record.sequence)
                             .bind(SqlStore::timeValue(record.time))
                             .bind(record.actor.isNull() ? u""_s : record.actor)
                             .bind(record.action)
                             .bind(record.subject.isNull() ? u""_s : record.subject)
                             .bind(record.details.isNull() ? u""_s : record.details)
                             .bind(record.previousHash)
                             .bind(record.hash)
                             .exec();
        !r)
        return r;
    return tx->commit();
}

namespace {

const QString kAuditSelect = u"SELECT sequence, at, actor, action, subject, details, "
                             "previous_hash, hash FROM audit_log ORDER BY sequence"_s;

AuditRecord auditFromRow(Statement &q)
{
    AuditRecord r;
    r.sequence = q.value(0).toLongLong();
    r.time = SqlStore::timeFromValue(q.value(1));
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.details = q.value(5).toString();
    r.previousHash = q.value(6).toByteArray();
    r.hash = q.value(7).toByteArray();
    return r;
}

} // namespace

Result<QList<AuditRecord>> Workflow::auditRecords()
{
    Result<Statement> q = m_store.prepare(kAuditSelect);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    QList<AuditRecord> list;
    while (q->next())
        list.append(auditFromRow(*q));
    return list;
}

Result<std::optional<AuditAnchor>> Workflow::auditHead()
{
    Result<Statement> q
        = m_store.prepare(u"SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    if (!q->next())
        return std::optional<AuditAnchor>();
    return std::optional<AuditAnchor>(
        AuditAnchor { q->value(0).toLongLong(), q->value(1).toByteArray() });
}

Result<AuditChain::Verification> Workflow::verifyAudit(std::optional<AuditAnchor> anchor)
{
    Result<Statement> q = m_store.prepare(kAuditSelect);
    if (!q)
        return q.error();
    if (Result<void> r = q->exec(); !r)
        return r.error();
    AuditChain::Verifier verifier(std::move(anchor));
    while (q->next()) {
        if (!verifier.add(auditFromRow(*q)))
            break;
    }
    return verifier.finish();
}

QJsonObject Workflow::auditRecordToJson(const AuditRecord &r)
{
    QJsonObject o { { u"sequence"_s, r.sequence },
                    { u"time"_s, r.time.toString(Qt::ISODateWithMs) },
                    { u"actor"_s, r.actor },
                    { u"action"_s, r.action },
                    { u"subject"_s, r.subject },
                    { u"previous_hash"_s, QString::fromLatin1(r.previousHash.toHex()) },
                    { u"hash"_s, QString::fromLatin1(r.hash.toHex()) } };
    if (!r.details.isEmpty())
        o.insert(u"details"_s, QJsonDocument::fromJson(r.details.toUtf8()).object());
    return o;
}

Result<QJsonArray> Workflow::auditExport()
{
    Result<QList<AuditRecord>> records = auditRecords();
    if (!records)
        return records.error();
    QJsonArray array;
    for (const AuditRecord &r : std::as_const(*records))
        array.append(auditRecordToJson(r));
    return array;
}
