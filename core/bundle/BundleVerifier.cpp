#include "BundleVerifier.h"

#include "bundle/BundleLimits.h"
#include "bundle/BundleReader.h"
#include "bundle/JsonGuard.h"
#include "bundle/NinjsCheck.h"
#include "workflow/ApprovalSignature.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// The "sha256:<hex>" field our trusted comments carry, or an empty array.
QByteArray signedManifestHash(const QByteArray &trustedComment)
{
    for (const QByteArray &field : trustedComment.split('\t')) {
        if (field.startsWith("sha256:"))
            return field.mid(7);
    }
    return {};
}

} // namespace

bool BundleVerifier::Report::has(Problem problem) const
{
    for (const Finding &f : findings) {
        if (f.problem == problem)
            return true;
    }
    return false;
}

BundleVerifier::Report BundleVerifier::verifyPath(const QString &path,
                                                  const std::optional<Minisign::PublicKey> &key)
{
    QString error;
    const auto files = BundleReader::read(path, &error);
    if (!files) {
        Report report;
        report.findings.append({ Problem::Unreadable, error });
        return report;
    }
    return verify(*files, key);
}

BundleVerifier::Report BundleVerifier::verify(const BundleFiles &files,
                                              const std::optional<Minisign::PublicKey> &key)
{
    Report report;
    auto add = [&report](Problem problem, const QString &message) {
        report.findings.append({ problem, message });
    };
    QHash<QString, QByteArray> byPath;
    for (const BundleFile &f : files)
        byPath.insert(f.path, f.data);

    if (!byPath.contains(BundleManifest::FileName)) {
        add(Problem::Unreadable, tr("This is not a Newsroom bundle: manifest.json is missing."));
        return report;
    }
    if (!byPath.contains(BundleManifest::SignatureFileName)) {
        add(Problem::SignatureMissing,
            tr("The signature file %1 is missing.").arg(BundleManifest::SignatureFileName));
        return report;
    }
    const QByteArray manifestBytes = byPath.value(BundleManifest::FileName);
    QString why;
    const auto signature
        = Minisign::parseSignature(byPath.value(BundleManifest::SignatureFileName), &why);
    if (!signature) {
        add(Problem::SignatureChanged,
            tr("The signature has been changed or damaged: %1").arg(why));
        return report;
    }
    if (signature->untrustedComment != BundleManifest::untrustedComment(signature->keyId)) {
        // Not covered by the signature, but ours is always the same: a change is a tampered file.
        add(Problem::SignatureChanged,
            tr("The signature has been changed: its untrusted comment is not the one Newsroom "
               "writes."));
        return report;
    }
    QString manifestError;
    const auto manifest = BundleManifest::fromJson(manifestBytes, &manifestError);

    // Which key must have signed: the one given, else the one the manifest names.
    Minisign::PublicKey signer;
    if (key) {
        signer = *key;
    } else if (manifest) {
        signer = Minisign::publicKeyFromRaw(manifest->approval.publicKey);
    } else {
        // Without a key and without a readable manifest the signature cannot be checked; the hash
        // in the (unauthenticated) trusted comment still tells an altered manifest from a bad one.
        const QByteArray expected = signedManifestHash(signature->trustedComment);
        const QByteArray actual
            = QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex();
        if (!expected.isEmpty() && expected != actual)
            add(Problem::ManifestChanged,
                tr("manifest.json has been changed since it was signed (%1).").arg(manifestError));
        else
            add(Problem::ManifestInvalid, manifestError);
        return report;
    }

    switch (Minisign::verify(manifestBytes, *signature, signer)) {
    case Minisign::Verdict::Valid:
        break;
    case Minisign::Verdict::KeyIdMismatch:
        if (key)
            add(Problem::WrongKey,
                tr("Wrong key: the bundle was signed%1 with key %2, not with the given key %3.")
                    .arg(manifest ? tr(" by %1").arg(manifest->approval.supervisor) : QString(),
                         Minisign::keyIdText(signature->keyId), Minisign::keyIdText(signer.keyId)));
        else if (signedManifestHash(signature->trustedComment)
                 != QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex())
            // The key the manifest names is not the one that signed, and the manifest is not
            // the one that was signed: the manifest (its key) was altered.
            add(Problem::ManifestChanged,
                tr("manifest.json has been changed since it was signed."));
        else
            add(Problem::SignatureChanged,
                tr("The signature has been changed: it names key %1, but the approving "
                   "supervisor's key is %2.")
                    .arg(Minisign::keyIdText(signature->keyId), Minisign::keyIdText(signer.keyId)));
        return report;
    case Minisign::Verdict::TrustedCommentModified:
        add(Problem::SignatureChanged,
            tr("The signature has been changed: its global signature does not verify."));
        return report;
    case Minisign::Verdict::MessageModified: {
        const QByteArray expected = signedManifestHash(signature->trustedComment);
        const QByteArray actual
            = QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex();
        if (expected.isEmpty() || expected != actual)
            add(Problem::ManifestChanged,
                tr("manifest.json has been changed since it was signed."));
        else
            add(Problem::SignatureChanged,
                tr("The signature has been changed: it does not match manifest.json."));
        return report;
    }
    }
    if (!manifest) {
        add(Problem::ManifestInvalid, manifestError);
        return report;
    }
    report.manifest = manifest;
    if (manifest->approval.publicKey != signer.key) {
        add(Problem::ApprovalMismatch,
            tr("The manifest was signed with key %1, but its approval names another key.")
                .arg(Minisign::keyIdText(signer.keyId)));
    }

    QHash<QString, BundleManifest::Entry> listed;
    for (const BundleManifest::Entry &entry : manifest->files) {
        if (listed.contains(entry.path) || entry.path == BundleManifest::FileName
            || entry.path == BundleManifest::SignatureFileName) {
            add(Problem::ManifestInvalid, tr("manifest.json lists %1 twice.").arg(entry.path));
            continue;
        }
        listed.insert(entry.path, entry);
        if (!byPath.contains(entry.path)) {
            add(Problem::FileMissing, tr("%1 is missing from the bundle.").arg(entry.path));
            continue;
        }
        const BundleManifest::Entry actual
            = BundleManifest::entryFor(entry.path, byPath.value(entry.path));
        if (actual.size != entry.size || actual.sha256 != entry.sha256)
            add(Problem::FileChanged,
                tr("%1 has been changed: its SHA-256 or size does not match the manifest.")
                    .arg(entry.path));
    }
    for (const BundleFile &f : files) {
        if (f.path != BundleManifest::FileName && f.path != BundleManifest::SignatureFileName
            && !listed.contains(f.path)) {
            add(Problem::UnexpectedFile, tr("%1 is not listed in the manifest.").arg(f.path));
        }
    }
    if (manifest->approval.contentHash != manifest->contentHash)
        add(Problem::ApprovalMismatch,
            tr("The approval covers other content than the exported article."));
    const ApprovalStatement statement {
        manifest->articleId, manifest->approval.articleVersion,
        QByteArray::fromHex(manifest->approval.contentHash.toLatin1()),
        manifest->approval.supervisor, manifest->approval.approvedAt
    };
    if (!ApprovalSignature::verify(statement, manifest->approval.signature,
                                   manifest->approval.publicKey)) {
        add(Problem::ApprovalMismatch,
            tr("The approval's signature by %1 does not verify.")
                .arg(manifest->approval.supervisor));
    }

    if (listed.contains(u"article.json"_s) && byPath.contains(u"article.json"_s)) {
        QString jsonError;
        const auto doc = JsonGuard::parse(byPath.value(u"article.json"_s), u"article.json"_s,
                                          &jsonError, BundleLimits::MaxJsonDepth);
        if (!doc || !doc->isObject()) {
            add(Problem::SchemaInvalid, doc ? tr("article.json is not a JSON object.") : jsonError);
        } else {
            for (const QString &p : NinjsCheck::check(doc->object()))
                add(Problem::SchemaInvalid, p);
        }
    } else {
        add(Problem::SchemaInvalid, tr("article.json is missing from the manifest."));
    }
    return report;
}
