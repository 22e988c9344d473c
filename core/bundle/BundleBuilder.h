#pragma once

#include "article/Article.h"
#include "bundle/BundleFile.h"
#include "bundle/BundleManifest.h"

#include <QCoreApplication>

#include <optional>

// Everything an export needs besides the article: who approved it and with which key, the audit
// head, and how to label the copyright.
struct BundleRequest
{
    Article article;
    QString contentHash; // SHA-256 hex of the article's canonical content now
    BundleApproval approval;
    AuditAnchor auditHead;
    QByteArray signingKey; // the approving supervisor's Ed25519 secret key (libsodium, 64 bytes)
    QDateTime exportedAt; // UTC
    bool embargoed = false; // produce an embargoed bundle (ninjs pubStatus "withheld")
    QString publisher; // the newsroom's name for copyright lines and schema.org, if set
    QString copyrightNotice;
};

// Makes the files of a publishable bundle in memory: index.html, article.css, article.json,
// images/, manifest.json and its minisign signature (manifest.json.minisig). Refuses when the
// signing key is not the approving supervisor's, when the approval does not cover the content, or
// when an image cannot be processed. Enforcing who may export what is the Exporter's job.
class BundleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BundleBuilder)

public:
    static std::optional<BundleFiles> build(const BundleRequest &request, QString *error);
};
