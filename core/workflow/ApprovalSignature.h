#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

// What a supervisor's approval asserts: this content (by its SHA-256), of this article at this
// version, approved by this person at this time.
struct ApprovalStatement
{
    QUuid articleId;
    int version = 0;
    QByteArray contentHash; // SHA-256 of the canonical content, raw 32 bytes
    QString supervisor; // user name
    QDateTime time; // UTC; kept to the millisecond

    bool operator==(const ApprovalStatement &) const = default;
};

// The Ed25519 signature over an approval statement. The signed bytes are a fixed, versioned
// layout so that a bundle's signature can be checked years later by other tools:
//   "newsroom-approval-1\n" article-id "\n" version "\n" content-hash-hex "\n"
//   supervisor-utf8-length ":" supervisor "\n" time-iso8601-ms-utc "\n"
class ApprovalSignature
{
public:
    static QByteArray message(const ApprovalStatement &statement);
    // Empty for a secret key of the wrong size.
    static QByteArray sign(const ApprovalStatement &statement, const QByteArray &secretKey);
    static bool verify(const ApprovalStatement &statement, const QByteArray &signature,
                       const QByteArray &publicKey);
};
