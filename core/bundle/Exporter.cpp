#include "Exporter.h"

#include "article/ContentHash.h"
#include "bundle/BundleBuilder.h"
#include "bundle/BundleWriter.h"
#include "storage/SqlStore.h"
#include "workflow/Sodium.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

StoreError conflictError(const QString &message)
{
    StoreError e = StoreError::conflict(-1, -1);
    e.message = message;
    return e;
}

} // namespace

Exporter::Exporter(Workflow &workflow, const WorkflowSession &session, QByteArray password)
    : m_workflow(workflow)
    , m_session(session)
    , m_password(std::move(password))
{ }

Exporter::~Exporter()
{
    Sodium::wipe(m_password);
    Sodium::wipe(m_secretKey);
}

QString Exporter::destinationIn(const QString &directory, const QString &slug, bool zip)
{
    return QDir(directory).filePath(BundleWriter::fileName(
        slug, zip ? BundleWriter::Format::Zip : BundleWriter::Format::Directory));
}

Result<QList<ArticleSummary>> Exporter::approvedArticles(Store &store)
{
    ArticleQuery query;
    query.filter.statuses = { ArticleStatus::Approved };
    query.sort = ArticleSort::Updated;
    query.descending = false;
    query.limit = 1000;
    QList<ArticleSummary> all;
    for (;;) {
        Result<ArticlePage> page = store.listArticles(query);
        if (!page)
            return page.error();
        all += page->rows;
        if (!page->next)
            break;
        query.after = page->next;
    }
    return all;
}

Result<void> Exporter::unlock()
{
    if (!m_secretKey.isEmpty())
        return {};
    Result<QByteArray> key = m_workflow.unlockSigningKey(m_session, m_password);
    if (!key)
        return key.error();
    m_secretKey = *key;
    Sodium::wipe(*key);
    return {};
}

Result<Exporter::Outcome>
Exporter::exportArticle(const QUuid &articleId, const QString &destination, const Options &options)
{
    SqlStore &store = m_workflow.store();
    // Everything below reads and writes in one transaction: the article cannot change between
    // the checks and the transition.
    Result<Store::Transaction> tx = store.transaction();
    if (!tx)
        return tx.error();
    Result<Article> article = store.article(articleId);
    if (!article)
        return article.error();
    const Article &a = *article;

    if (a.status != ArticleStatus::Published) {
        Result<WorkflowPolicy> policy = m_workflow.policy();
        if (!policy)
            return policy.error();
        const TransitionDecision d = TransitionTable::decide(
            WorkflowAction::Publish, a.status, m_session.roles,
            { a.createdBy == m_session.user, a.updatedBy == m_session.user }, *policy);
        if (!d.allowed)
            return StoreError::permissionDenied(
                tr("“%1” cannot be exported: %2.").arg(a.meta.headline, d.reason));
    }
    Result<Approval> approval = m_workflow.currentApproval(a);
    if (!approval)
        return approval.error();
    if (approval->supervisor != m_session.user)
        return StoreError::permissionDenied(
            tr("“%1” was approved by %2: only %2's key can sign its bundle, so %2 must export it.")
                .arg(a.meta.headline, approval->supervisor));

    const QDateTime now = store.now().toUTC();
    const bool beforeEmbargo = a.meta.embargo.isValid() && a.meta.embargo > now;
    if (beforeEmbargo && !options.embargoed)
        return conflictError(
            tr("“%1” is under embargo until %2; export an embargoed bundle explicitly "
               "(--embargoed) or wait.")
                .arg(a.meta.headline, a.meta.embargo.toString(Qt::ISODate)));

    if (Result<void> r = unlock(); !r)
        return r.error();
    if (m_secretKey.mid(32) != approval->publicKey)
        return StoreError::permissionDenied(
            tr("%1's signing key has changed since they approved “%2”; approve it again to "
               "export it.")
                .arg(approval->supervisor, a.meta.headline));

    Result<std::optional<AuditAnchor>> head = m_workflow.auditHead();
    if (!head)
        return head.error();

    BundleRequest request;
    request.article = a;
    request.contentHash = ContentHash::compute(a);
    request.approval.supervisor = approval->supervisor;
    request.approval.approvedAt = approval->time;
    request.approval.articleVersion = approval->version;
    request.approval.publicKey = approval->publicKey;
    request.approval.signature = approval->signature;
    request.approval.contentHash = approval->contentHash;
    request.auditHead = head->value_or(AuditAnchor { 0, AuditChain::genesisHash() });
    request.signingKey = m_secretKey;
    request.exportedAt = now;
    request.embargoed = options.embargoed;
    request.publisher = options.publisher;
    request.copyrightNotice = options.copyrightNotice;
    QString why;
    const std::optional<BundleFiles> files = BundleBuilder::build(request, &why);
    Sodium::wipe(request.signingKey);
    if (!files)
        return StoreError::invalid(tr("“%1” cannot be exported: %2").arg(a.meta.headline, why));

    QByteArray manifestJson;
    for (const BundleFile &f : *files) {
        if (f.path == BundleManifest::FileName)
            manifestJson = f.data;
    }
    Outcome outcome;
    outcome.embargoed = beforeEmbargo;
    outcome.auditHead = request.auditHead;
    outcome.manifestSha256 = QString::fromLatin1(
        QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex());

    const std::optional<BundleWriter::Staged> staged
        = BundleWriter::stage(*files, destination, &why);
    if (!staged)
        return StoreError::storage(why);
    outcome.path = staged->target;

    const QJsonObject details {
        { u"bundle"_s, QFileInfo(staged->target).fileName() },
        { u"manifest_sha256"_s, outcome.manifestSha256 },
        { u"audit_head"_s, outcome.auditHead.toString() },
        { u"embargoed"_s, outcome.embargoed },
        { u"approved_by"_s, approval->supervisor },
    };
    outcome.status = a.status;
    if (a.status != ArticleStatus::Published) {
        Result<ArticleStatus> published = m_workflow.publish(m_session, articleId, details);
        if (!published) {
            BundleWriter::discard(*staged);
            return published.error();
        }
        outcome.status = *published;
    }
    if (Result<void> r
        = m_workflow.audit(m_session.user, u"export"_s, SqlStore::idText(articleId), details);
        !r) {
        BundleWriter::discard(*staged);
        return r.error();
    }
    if (!BundleWriter::place(*staged, &why))
        return StoreError::storage(why); // the transaction rolls back: nothing recorded
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return outcome;
}
