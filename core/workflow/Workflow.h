#pragma once

#include "storage/Result.h"
#include "storage/StoreTypes.h"
#include "workflow/Argon2Cost.h"
#include "workflow/AuditChain.h"
#include "workflow/CommentAnchor.h"
#include "workflow/Role.h"
#include "workflow/TransitionTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

class SqlStore;

struct WorkflowUser
{
    QString name;
    QString displayName;
    Roles roles;
    bool disabled = false;
    QByteArray publicKey; // current Ed25519 public key; empty until the user has one
};

// Who is signed in. Only Workflow::signIn makes one.
struct WorkflowSession
{
    QString user;
    Roles roles;
};

struct ReviewComment
{
    qint64 id = 0;
    QUuid articleId;
    qint64 parentId = 0; // 0: a top-level comment
    QString author;
    QDateTime created;
    QString text;
    CommentAnchor anchor; // null for a comment on the whole article
    bool resolved = false;
    QDateTime resolvedAt;
    QString resolvedBy;
    bool detached = false; // anchored, and the passage is gone from the current body
};

struct Approval
{
    qint64 id = 0;
    QUuid articleId;
    int version = 0;
    QString contentHash; // hex, ContentHash::compute
    QString supervisor;
    QDateTime time;
    QByteArray publicKey;
    QByteArray signature;
    bool voided = false;
    QDateTime voidedAt;
    QString voidedReason;
};

// The review workflow on top of a SqlStore: users and sign-in, transitions through the
// TransitionTable, approvals bound to content by an Ed25519 signature, review comments and the
// hash-chained audit log. Everything is enforced here, in core; refused actions write nothing.
//
// The constructor installs a save hook on the store: once the newsroom has users, every save is
// checked against the saving user's edit rights, and saving an approved article sends it back to
// draft and voids its approval (kept, marked voided).
//
// On a team server that enforces the workflow itself (SqlStore::serverEnforcesWorkflow(): a
// PostgreSQL database after `newsroom-cli server init`, see storage/postgresql/PgServerSchema)
// the API is the same, but every state change is made by the server's functions, with the
// connected role as the actor: the checks here still run first, for translated reasons, and
// the server decides again. Sign-in is the connection (the server checked the password); users
// and settings are the server owner's to manage, so addUser, setPassword, setRoles,
// disableUser and setPolicy are refused there.
//
// Passwords are taken as QByteArray and never stored or logged in clear.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    explicit Workflow(SqlStore &store, Argon2Cost cost = Argon2Cost::production());

    SqlStore &store() { return m_store; }

    // ---- Users -----------------------------------------------------------------------------
    Result<bool> hasUsers();
    Result<QList<WorkflowUser>> users();
    Result<WorkflowUser> user(const QString &name);
    // The first user needs no session and must be an admin; after that only admins add users.
    // A supervisor gets a signing key sealed with this password.
    Result<void> addUser(const std::optional<WorkflowSession> &actor, const QString &name,
                         const QString &displayName, Roles roles, const QByteArray &password);
    // Oneself (the signed-in password re-seals one's key) or an admin (a supervisor then gets a
    // new key pair; the old public key stays in the key list).
    Result<void> setPassword(const WorkflowSession &actor, const QByteArray &actorPassword,
                             const QString &name, const QByteArray &newPassword);
    Result<void> setRoles(const WorkflowSession &actor, const QString &name, Roles roles);
    Result<void> disableUser(const WorkflowSession &actor, const QString &name);
    // Every public key the user ever had, oldest first.
    Result<QList<QByteArray>> publicKeys(const QString &name);

    // ---- Sign-in ---------------------------------------------------------------------------
    // A wrong password and an unknown user get the same message; a disabled account its own,
    // only after the right password. Every attempt is audited. A supervisor without a key (the
    // role granted later) gets one now.
    Result<WorkflowSession> signIn(const QString &name, const QByteArray &password);
    static QString wrongCredentialsMessage();

    // ---- Settings --------------------------------------------------------------------------
    Result<WorkflowPolicy> policy();
    Result<void> setPolicy(const WorkflowSession &actor, const WorkflowPolicy &policy);

    // ---- Articles --------------------------------------------------------------------------
    // The article saved as the session's user (edit rights checked by the save hook).
    Result<SaveResult> saveArticle(const WorkflowSession &actor, const Article &article,
                                   int baseVersion);
    // What the user may do to the article now.
    Result<QList<WorkflowAction>> availableActions(const WorkflowSession &actor,
                                                   const QUuid &articleId);
    // Submit, Withdraw, RequestChanges (comment required), Archive, Restore. The guard is
    // checked; a failed checklist is Invalid with every failing item in items.
    Result<ArticleStatus> perform(const WorkflowSession &actor, const QUuid &articleId,
                                  WorkflowAction action, const QString &comment = {});
    // Approve: unlocks the supervisor's signing key with the password and signs the content.
    Result<Approval> approve(const WorkflowSession &actor, const QByteArray &password,
                             const QUuid &articleId);
    Result<QList<Approval>> approvals(const QUuid &articleId);
    // Whether the approval's signature verifies with its stored public key over its statement.
    static bool verifyApproval(const Approval &approval);

    // ---- Publishing (bundle/Exporter) ------------------------------------------------------
    // The approval that covers the article as it is now: its newest approval, not voided, for
    // the current content hash, with a signature that verifies. Conflict when there is none.
    Result<Approval> currentApproval(const Article &article);
    // The user's Ed25519 secret key (64 bytes), unlocked with their password, for signing a
    // bundle's manifest; the caller wipes it (Sodium::wipe). PermissionDenied for a user without
    // a key or a password that does not open it.
    Result<QByteArray> unlockSigningKey(const WorkflowSession &actor, const QByteArray &password);
    // approved → published through the table (guard: currentApproval), audited as "publish" with
    // the details given (the export's). Joins the caller's transaction.
    Result<ArticleStatus> publish(const WorkflowSession &actor, const QUuid &articleId,
                                  const QJsonObject &details);

    // ---- Comments --------------------------------------------------------------------------
    // quote, when given, must occur in the body's plain text. parentId: a reply.
    Result<ReviewComment> addComment(const WorkflowSession &actor, const QUuid &articleId,
                                     const QString &text, const QString &quote = {},
                                     qint64 parentId = 0);
    Result<void> resolveComment(const WorkflowSession &actor, qint64 commentId);
    Result<void> reopenComment(const WorkflowSession &actor, qint64 commentId);
    // Oldest first, detached computed against the current body.
    Result<QList<ReviewComment>> comments(const QUuid &articleId);
    Result<int> unresolvedComments(const QUuid &articleId);

    // ---- Audit log -------------------------------------------------------------------------
    Result<QList<AuditRecord>> auditRecords();
    Result<std::optional<AuditAnchor>> auditHead();
    Result<AuditChain::Verification> verifyAudit(std::optional<AuditAnchor> anchor = {});
    // The whole log as JSON objects (for bundles and `audit --json`).
    Result<QJsonArray> auditExport();
    static QJsonObject auditRecordToJson(const AuditRecord &record);
    // Appends a row (in the caller's transaction, if any). Exports record themselves this way.
    Result<void> audit(const QString &actor, const QString &action, const QString &subject,
                       const QJsonObject &details = {});

private:
    struct Decided
    {
        WorkflowUser user;
        Article article;
        TransitionDecision decision;
    };
    Result<Decided> decideNow(const WorkflowSession &actor, const QUuid &articleId,
                              WorkflowAction action);
    Result<void> onSave(const Article &saved, const SaveResult &result);
    Result<WorkflowUser> activeUser(const QString &name);
    Result<QByteArray> userColumn(const QString &name, const QString &column);
    Result<void> requireAdmin(const WorkflowSession &actor);
    static StoreError managedByServer();
    Result<void> makeSigningKey(const QString &name, const QByteArray &password);

    SqlStore &m_store;
    Argon2Cost m_cost;
};
