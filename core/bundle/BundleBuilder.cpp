#include "BundleBuilder.h"

#include "NewsroomVersion.h"
#include "bundle/BundleBodyRenderer.h"
#include "bundle/BundleHtmlWriter.h"
#include "bundle/BundleLimits.h"
#include "bundle/ImageRenditions.h"
#include "bundle/Minisign.h"
#include "bundle/NinjsWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

std::optional<BundleFiles> BundleBuilder::build(const BundleRequest &request, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Article &article = request.article;
    if (request.signingKey.size() != Minisign::SecretKeySize)
        return fail(tr("The signing key is not an Ed25519 secret key."));
    if (request.signingKey.mid(32) != request.approval.publicKey)
        return fail(tr("The signing key is not the key of the approving supervisor %1.")
                        .arg(request.approval.supervisor));
    if (request.contentHash.isEmpty() || request.approval.contentHash != request.contentHash)
        return fail(tr("The approval does not cover the article's current content."));
    if (!request.exportedAt.isValid())
        return fail(tr("The export time is missing."));

    QList<BundleImage> images;
    for (const ArticleImage &image : article.images) {
        QString why;
        const auto made = ImageRenditions::make(image, &why);
        if (!made)
            return fail(why);
        images.append(*made);
    }

    const QString language = article.meta.language;
    const BundleBodyRenderer::Result body
        = BundleBodyRenderer::render(article.body, images, language);
    const bool withheld = request.embargoed && article.meta.embargo.isValid()
        && article.meta.embargo > request.exportedAt;

    NinjsWriter::Options ninjs;
    ninjs.exportedAt = request.exportedAt;
    ninjs.withheld = withheld;
    ninjs.copyrightHolder = request.publisher;
    ninjs.copyrightNotice = request.copyrightNotice;
    const QString copyright = NinjsWriter::copyrightNotice(article, ninjs);

    BundleHtmlWriter::Options page;
    page.published = withheld ? article.meta.embargo : request.exportedAt;
    page.copyrightNotice = copyright;
    page.publisher = request.publisher;

    BundleFiles files;
    files.append({ u"index.html"_s, BundleHtmlWriter::write(article, images, body, page) });
    files.append({ BundleHtmlWriter::StylesheetPath, BundleHtmlWriter::stylesheet() });
    files.append({ u"article.json"_s,
                   QJsonDocument(NinjsWriter::write(article, images, body, ninjs))
                       .toJson(QJsonDocument::Indented) });
    QSet<QString> seen;
    for (const BundleImage &image : images) {
        for (const BundleImageFile &file : image.files) {
            // The same picture attached twice is one file: names are content hashes.
            if (!seen.contains(file.path)) {
                seen.insert(file.path);
                files.append({ file.path, file.data });
            }
        }
    }

    qint64 total = 0;
    for (const BundleFile &file : std::as_const(files)) {
        if (file.data.size() > BundleLimits::MaxEntrySize)
            return fail(tr("%1 is larger than a bundle may hold (%2 MB).")
                            .arg(file.path)
                            .arg(BundleLimits::MaxEntrySize / (1024 * 1024)));
        total += file.data.size();
    }
    if (total > BundleLimits::MaxTotalSize)
        return fail(tr("The bundle would be larger than %1 MB.")
                        .arg(BundleLimits::MaxTotalSize / (1024 * 1024)));

    BundleManifest manifest;
    manifest.generatorVersion = QStringLiteral(NEWSROOM_VERSION_STRING);
    manifest.exportedAt = request.exportedAt.toUTC();
    manifest.articleId = article.id;
    manifest.articleVersion = article.version;
    manifest.slug = article.meta.slug;
    manifest.contentHash = request.contentHash;
    manifest.embargoed = withheld;
    manifest.approval = request.approval;
    manifest.auditHead = request.auditHead;
    for (const BundleFile &file : std::as_const(files))
        manifest.files.append(BundleManifest::entryFor(file.path, file.data));
    const QByteArray manifestJson = manifest.toJson();

    const QByteArray signature = BundleManifest::sign(
        manifestJson, request.signingKey, request.approval.supervisor, request.exportedAt);
    if (signature.isEmpty())
        return fail(tr("The manifest could not be signed."));

    files.append({ BundleManifest::FileName, manifestJson });
    files.append({ BundleManifest::SignatureFileName, signature });
    return files;
}
