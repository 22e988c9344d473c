#pragma once

#include "bundle/BundleManifest.h"
#include "storage/Result.h"
#include "storage/Store.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

// Exports approved articles as publishable bundles, for the signed-in user of a Workflow.
//
// Rules (issue 6): only an article whose newest approval is valid and covers its current content
// (Workflow::currentApproval) is exported; an `approved` one becomes `published` through the
// workflow's transition table, and every export is audited ("export", with the manifest's
// SHA-256, after the "publish" transition). A `published` article may be exported again (a lost
// bundle, an embargo that has passed): its approval still covers it, since published articles
// cannot be edited. Before the embargo an export is refused unless Options::embargoed asks for an
// embargoed bundle (ninjs pubStatus "withheld", embargoedUntil set).
//
// Signature design: the detached minisign signature of manifest.json is made with the approving
// supervisor's own Ed25519 key, as the issue asks — so the exporting user must be the supervisor
// who approved the article, and unlocks their key with their password (the sign-in password; the
// key is sealed under it, workflow/KeyVault). The manifest also carries the approval itself
// (supervisor, time, public key and their Ed25519 signature over the approved content hash), so
// the bundle proves both who approved what content and that the files are the ones they
// released. An article approved by someone else is refused with a message naming the approver;
// they export it. The key is unlocked once per Exporter (Argon2id is slow on purpose) and wiped
// when it is destroyed.
//
// Atomicity: the bundle is staged (temporary sibling, synced), the transition and audit rows are
// written in one transaction, the bundle is renamed into place, and only then is the transaction
// committed. A failure at any step before the rename leaves the database and the destination as
// they were; a kill between the rename and the commit leaves a complete bundle and the article
// still `approved` (exporting again replaces the bundle).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    struct Options
    {
        bool embargoed = false; // allow an export before the embargo: a "withheld" bundle
        QString publisher; // the newsroom's name, for copyright and schema.org
        QString copyrightNotice;
    };

    struct Outcome
    {
        QString path; // absolute
        ArticleStatus status = ArticleStatus::Published;
        bool embargoed = false; // the bundle is withheld until the embargo
        QString manifestSha256; // hex
        AuditAnchor auditHead; // what the manifest records
    };

    // session: the signed-in user; password: theirs, to unlock their signing key (on first use).
    Exporter(Workflow &workflow, const WorkflowSession &session, QByteArray password);
    ~Exporter();
    Exporter(const Exporter &) = delete;
    Exporter &operator=(const Exporter &) = delete;

    // destination: a directory path, or a file path ending in ".zip".
    Result<Outcome> exportArticle(const QUuid &articleId, const QString &destination,
                                  const Options &options);

    // Where a batch puts an article's bundle: DIR/<slug>.zip (or DIR/<slug>).
    static QString destinationIn(const QString &directory, const QString &slug, bool zip = true);

    // Every approved article, least recently updated first: what a batch exports.
    static Result<QList<ArticleSummary>> approvedArticles(Store &store);

private:
    Result<void> unlock();

    Workflow &m_workflow;
    WorkflowSession m_session;
    QByteArray m_password;
    QByteArray m_secretKey;
};
