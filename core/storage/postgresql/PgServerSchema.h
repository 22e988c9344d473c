#pragma once

#include "storage/Result.h"
#include "workflow/Argon2Cost.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QStringList>

class PgStore;

// The workflow enforced by the PostgreSQL server itself, so that a desk with a plain psql and an
// officer's password can neither approve, nor edit an article in review, nor rewrite the audit
// log. Installed by `newsroom-cli server init` (as the database owner) on top of the shared
// schema:
//
// - group roles newsroom_officer / newsroom_supervisor / newsroom_admin; each newsroom user is a
//   LOGIN role in them (addUser), and PostgreSQL checks the password;
// - the tables are read-only to those roles, except the columns a content save writes (never
//   status) and the recovery slots (row-level security: one's own);
// - every state change goes through SECURITY DEFINER functions with a fixed search_path
//   (newsroom_perform, newsroom_approve, newsroom_publish, comments, signing keys) that apply the
//   transition table (copied from workflow/TransitionTable into workflow_transitions), the
//   four-eyes rule and the checklist, with session_user as the actor;
// - content saves are checked by triggers (edit rights by state, the saver is session_user, a
//   revision per version) and audited at commit;
// - the audit log is appended only by those functions, hashing each row exactly as
//   workflow/AuditChain does (sha256 over the previous hash and the canonical content), so
//   `newsroom-cli audit --verify` checks a server's log like a file's.
//
// Refusals are raised as SQLSTATE 42501 (insufficient_privilege), conflicts as NRCON and broken
// rules as NRINV; SqlStore::sqlError maps them to StoreError kinds.
class PgServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgServerSchema)

public:
    static QString groupRole(Role role);
    static QStringList groupRoles();
    // The version of the server layer installed by this build (newsroom_server.layer).
    static int layerVersion() { return 1; }

    // Installs (or refreshes) the layer on a store opened by the database owner, migrated to the
    // latest schema. One transaction; running it again is harmless.
    static Result<void> install(PgStore &owner);

    // Creates the login role (or sets a new password and the groups of an existing one), and the
    // newsroom user's row; a supervisor gets a signing key sealed with the password. Run by the
    // owner.
    static Result<void> addUser(PgStore &owner, const QString &name, const QString &displayName,
                                Roles roles, const QByteArray &password,
                                Argon2Cost cost = Argon2Cost::production());

    // A login role for a user copied from a local newsroom (migrate-to-server): no password
    // until an administrator sets one with addUser.
    static Result<void> addLoginWithoutPassword(PgStore &owner, const QString &name, Roles roles);

    // The SQL of the layer, in order (for install and for reading).
    static QStringList statements();
};
