#pragma once

#include <QByteArray>
#include <QString>

// A supervisor's Ed25519 key pair (libsodium crypto_sign). The secret key is 64 bytes (seed and
// public key) and must be wiped (Sodium::wipe) once used.
struct SigningKeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

// Ed25519 key generation and detached signatures, the way approvals and bundles are signed.
class SigningKeys
{
public:
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 64;
    static constexpr qsizetype SignatureSize = 64;

    // A fresh key pair; both fields are empty only if libsodium cannot initialise.
    static SigningKeyPair generate();

    // The detached signature of message, or empty for a secret key of the wrong size.
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);

    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);

    // A short, readable identification of a public key for people comparing keys:
    // the first 16 bytes of its SHA-256 in hex, grouped by four ("1a2b 3c4d …").
    static QString fingerprint(const QByteArray &publicKey);
};
