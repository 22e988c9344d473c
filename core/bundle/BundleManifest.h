#pragma once

#include "workflow/AuditChain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// The supervisor's approval that a bundle carries (workflow: approval binds to content).
struct BundleApproval
{
    QString supervisor; // user name
    QDateTime approvedAt; // UTC, to the millisecond (the approval signature covers it)
    int articleVersion = 0; // the version that was approved
    QByteArray publicKey; // Ed25519, 32 bytes
    QByteArray signature; // the approval's Ed25519 signature, 64 bytes
    QString contentHash; // SHA-256 hex of the canonical content that was approved

    bool operator==(const BundleApproval &) const = default;
};

// manifest.json: what a bundle holds and who vouches for it. Every file of the bundle except
// manifest.json and its signature is listed with its size and SHA-256.
struct BundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)

public:
    static constexpr int FormatVersion = 1;
    static inline const QString FileName = QStringLiteral("manifest.json");
    static inline const QString SignatureFileName = QStringLiteral("manifest.json.minisig");

    struct Entry
    {
        QString path;
        qint64 size = 0;
        QString sha256; // hex

        bool operator==(const Entry &) const = default;
    };

    QString generatorVersion;
    QDateTime exportedAt;
    QUuid articleId;
    int articleVersion = 0;
    QString slug;
    QString contentHash; // SHA-256 hex of the article's canonical content at export
    bool embargoed = false;
    BundleApproval approval;
    AuditAnchor auditHead; // the audit chain's head at export time (workflow/AuditChain)
    QList<Entry> files;

    bool operator==(const BundleManifest &) const = default;

    QByteArray toJson() const;
    // Checks the structure (required members and their types) as it reads; nullopt and a message
    // naming the first problem otherwise.
    static std::optional<BundleManifest> fromJson(const QByteArray &json, QString *error);

    static Entry entryFor(const QString &path, const QByteArray &data);

    // manifest.json.minisig for manifest bytes: a minisign "ED" signature whose trusted comment
    // carries the export time, the file name, the manifest's SHA-256 and the supervisor. Empty for
    // a bad key.
    static QByteArray sign(const QByteArray &manifestJson, const QByteArray &secretKey,
                           const QString &supervisor, const QDateTime &signedAt);
    // The untrusted comment we write for a key; verify insists on it, so that every byte of a
    // signature file is accounted for.
    static QByteArray untrustedComment(const QByteArray &keyId);
};
