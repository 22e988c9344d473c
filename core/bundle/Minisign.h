#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Detached Ed25519 signatures and public keys in minisign's text formats
// (https://jedisct1.github.io/minisign/), so that a bundle can be checked with the stock `minisign
// -V` as well as with `newsroom-cli verify`.
//
// A signature file is four lines:
//   untrusted comment: <free text>
//   base64(<"Ed" | "ED"> <key id, 8 bytes> <Ed25519 signature, 64 bytes>)
//   trusted comment: <free text, covered by the global signature>
//   base64(<Ed25519 signature of the 64 signature bytes followed by the trusted comment>)
// "Ed" signs the message itself (minisign's legacy mode), "ED" its BLAKE2b-512 hash (the default
// since minisign 0.10). We write "ED" and read both.
//
// A public key file is two lines: "untrusted comment: minisign public key <ID>" and
// base64("Ed" <key id> <public key, 32 bytes>).
class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(Minisign)

public:
    static constexpr qsizetype KeyIdSize = 8;
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 64; // libsodium's: seed followed by the public key
    static constexpr qsizetype SignatureSize = 64;

    struct PublicKey
    {
        QByteArray keyId; // 8 bytes
        QByteArray key; // 32 bytes
    };

    struct Signature
    {
        QByteArray algorithm; // "Ed" or "ED"
        QByteArray keyId;
        QByteArray signature;
        QByteArray untrustedComment; // without the "untrusted comment: " prefix
        QByteArray trustedComment; // without the "trusted comment: " prefix
        QByteArray globalSignature;
    };

    enum class Verdict {
        Valid,
        KeyIdMismatch, // signed by another key
        TrustedCommentModified, // the global signature fails: the signature line or the comment
                                // changed
        MessageModified, // the signature does not match the message
    };

    // Our keys come from libsodium without a minisign key id; derive one from the public key so
    // that the same key always gets the same id: the first 8 bytes of BLAKE2b-128(public key).
    static QByteArray deriveKeyId(const QByteArray &publicKey);
    // minisign prints key ids as the little-endian 64-bit number in upper-case hex.
    static QString keyIdText(const QByteArray &keyId);

    static QByteArray publicKeyFile(const PublicKey &key);
    static PublicKey publicKeyFromRaw(const QByteArray &publicKey);
    // Accepts a whole public key file, or just its base64 line (what `minisign -P` takes).
    static std::optional<PublicKey> parsePublicKey(const QByteArray &text, QString *error);

    // Signs with the "ED" (prehashed) algorithm. secretKey is libsodium's 64-byte Ed25519 key;
    // returns an empty array if it is not. Comments must be single lines.
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey,
                           const QByteArray &keyId, const QByteArray &trustedComment,
                           const QByteArray &untrustedComment);

    // Strict: four lines ending in "\n", base64 without stray whitespace.
    static std::optional<Signature> parseSignature(const QByteArray &text, QString *error);
    // The signature file for a parsed signature; parseSignature(serialise(s)) == s.
    static QByteArray serialise(const Signature &signature);

    static Verdict verify(const QByteArray &message, const Signature &signature,
                          const PublicKey &key);
};
