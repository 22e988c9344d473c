#pragma once

#include "bundle/BundleFile.h"
#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Checks a bundle: the minisign signature of manifest.json, every file against the manifest's
// sizes and SHA-256 sums (nothing missing, nothing extra), the approval (its content hash and its
// Ed25519 signature, workflow/ApprovalSignature),
// and article.json against the ninjs structure (NinjsCheck).
//
// With a key (`verify --key`), the bundle must have been signed with it: that proves who approved
// it. Without one, the signature is checked against the key the manifest names, which proves the
// bundle is intact since it was signed, not by whom.
class BundleVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BundleVerifier)

public:
    enum class Problem {
        Unreadable, // not a bundle, or refused by the reader
        SignatureMissing,
        SignatureChanged, // the signature file was altered or damaged
        WrongKey, // signed with another key than the one given
        ManifestChanged, // manifest.json was altered after it was signed
        ManifestInvalid, // signed, but not a manifest we understand
        FileChanged,
        FileMissing,
        UnexpectedFile,
        ApprovalMismatch, // the approval covers other content, or its signature fails
        SchemaInvalid, // article.json is not valid ninjs
    };

    struct Finding
    {
        Problem problem;
        QString message;
    };

    struct Report
    {
        QList<Finding> findings;
        std::optional<BundleManifest> manifest;
        bool ok() const { return findings.isEmpty(); }
        bool has(Problem problem) const;
    };

    static Report verify(const BundleFiles &files,
                         const std::optional<Minisign::PublicKey> &key = std::nullopt);
    static Report verifyPath(const QString &path,
                             const std::optional<Minisign::PublicKey> &key = std::nullopt);
};
