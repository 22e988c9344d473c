#include "Minisign.h"

#include <QList>

#include <optional>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kUntrustedPrefix = "untrusted comment: "_ba;
const QByteArray kTrustedPrefix = "trusted comment: "_ba;
const QByteArray kLegacyAlgorithm = "Ed"_ba;
const QByteArray kHashedAlgorithm = "ED"_ba;
// minisign refuses comment lines longer than this; so do we.
constexpr qsizetype kMaxLine = 8192;

bool ensureSodium()
{
    return sodium_init() >= 0;
}

QByteArray blake2b512(const QByteArray &message)
{
    QByteArray out(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       quint64(message.size()), nullptr, 0);
    return out;
}

QByteArray ed25519Sign(const QByteArray &message, const QByteArray &secretKey)
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool ed25519Verify(const QByteArray &message, const QByteArray &signature,
                   const QByteArray &publicKey)
{
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

// Strict base64: the whole line must decode, with nothing left over.
std::optional<QByteArray> decodeBase64(const QByteArray &line)
{
    const auto result
        = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}
} // namespace

QByteArray Minisign::deriveKeyId(const QByteArray &publicKey)
{
    ensureSodium();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       quint64(publicKey.size()), nullptr, 0);
    return out.left(KeyIdSize);
}

QString Minisign::keyIdText(const QByteArray &keyId)
{
    quint64 value = 0;
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        value = (value << 8) | quint8(keyId.at(i));
    return QString::number(value, 16).toUpper().rightJustified(16, u'0');
}

Minisign::PublicKey Minisign::publicKeyFromRaw(const QByteArray &publicKey)
{
    return { deriveKeyId(publicKey), publicKey };
}

QByteArray Minisign::publicKeyFile(const PublicKey &key)
{
    return kUntrustedPrefix + "minisign public key "_ba + keyIdText(key.keyId).toLatin1() + '\n'
        + QByteArray(kLegacyAlgorithm + key.keyId + key.key).toBase64() + '\n';
}

std::optional<Minisign::PublicKey> Minisign::parsePublicKey(const QByteArray &text, QString *error)
{
    const QList<QByteArray> all = lines(text.trimmed());
    QByteArray line;
    if (all.size() == 1) {
        line = all.constFirst().trimmed();
    } else if (all.size() == 2 && all.constFirst().startsWith(kUntrustedPrefix)) {
        line = all.at(1).trimmed();
    } else {
        if (error)
            *error
                = tr("This is not a minisign public key: expected a comment line and a key line.");
        return std::nullopt;
    }
    const auto raw = decodeBase64(line);
    if (!raw || raw->size() != 2 + KeyIdSize + PublicKeySize) {
        if (error)
            *error = tr("This is not a minisign public key: the key line is not a valid key.");
        return std::nullopt;
    }
    if (raw->left(2) != kLegacyAlgorithm) {
        if (error)
            *error = tr("This minisign public key uses an unsupported algorithm.");
        return std::nullopt;
    }
    return PublicKey { raw->mid(2, KeyIdSize), raw->mid(2 + KeyIdSize) };
}

QByteArray Minisign::sign(const QByteArray &message, const QByteArray &secretKey,
                          const QByteArray &keyId, const QByteArray &trustedComment,
                          const QByteArray &untrustedComment)
{
    if (!ensureSodium() || secretKey.size() != SecretKeySize || keyId.size() != KeyIdSize
        || trustedComment.contains('\n') || untrustedComment.contains('\n')
        || trustedComment.contains('\r') || untrustedComment.contains('\r')) {
        return {};
    }
    const QByteArray signature = ed25519Sign(blake2b512(message), secretKey);
    const QByteArray global = ed25519Sign(QByteArray(signature + trustedComment), secretKey);
    return serialise(
        { kHashedAlgorithm, keyId, signature, untrustedComment, trustedComment, global });
}

QByteArray Minisign::serialise(const Signature &sig)
{
    return kUntrustedPrefix + sig.untrustedComment + '\n'
        + QByteArray(sig.algorithm + sig.keyId + sig.signature).toBase64() + '\n' + kTrustedPrefix
        + sig.trustedComment + '\n' + sig.globalSignature.toBase64() + '\n';
}

std::optional<Minisign::Signature> Minisign::parseSignature(const QByteArray &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!text.endsWith('\n'))
        return fail(tr("The signature file does not end with a line break."));
    const QList<QByteArray> all = text.chopped(1).split('\n');
    if (all.size() != 4)
        return fail(tr("The signature file does not have the four lines of a minisign signature."));
    for (const QByteArray &line : all) {
        if (line.size() > kMaxLine)
            return fail(tr("The signature file has an overlong line."));
        if (line.contains('\r'))
            return fail(tr("The signature file has a stray carriage return."));
    }
    if (!all.at(0).startsWith(kUntrustedPrefix))
        return fail(tr("The signature file's first line is not an untrusted comment."));
    if (!all.at(2).startsWith(kTrustedPrefix))
        return fail(tr("The signature file's third line is not a trusted comment."));

    const auto sigLine = decodeBase64(all.at(1));
    if (!sigLine || sigLine->size() != 2 + KeyIdSize + SignatureSize
        || sigLine->toBase64() != all.at(1)) {
        return fail(tr("The signature line of the signature file is damaged."));
    }
    const QByteArray algorithm = sigLine->left(2);
    if (algorithm != kLegacyAlgorithm && algorithm != kHashedAlgorithm)
        return fail(tr("The signature uses an unsupported algorithm."));
    const auto global = decodeBase64(all.at(3));
    if (!global || global->size() != SignatureSize || global->toBase64() != all.at(3))
        return fail(tr("The global signature line of the signature file is damaged."));

    Signature sig;
    sig.algorithm = algorithm;
    sig.keyId = sigLine->mid(2, KeyIdSize);
    sig.signature = sigLine->mid(2 + KeyIdSize);
    sig.untrustedComment = all.at(0).mid(kUntrustedPrefix.size());
    sig.trustedComment = all.at(2).mid(kTrustedPrefix.size());
    sig.globalSignature = *global;
    return sig;
}

Minisign::Verdict Minisign::verify(const QByteArray &message, const Signature &signature,
                                   const PublicKey &key)
{
    ensureSodium();
    if (signature.keyId != key.keyId)
        return Verdict::KeyIdMismatch;
    if (key.key.size() != PublicKeySize
        || !ed25519Verify(QByteArray(signature.signature + signature.trustedComment),
                          signature.globalSignature, key.key)) {
        return Verdict::TrustedCommentModified;
    }
    const QByteArray signedBytes
        = signature.algorithm == kHashedAlgorithm ? blake2b512(message) : message;
    if (!ed25519Verify(signedBytes, signature.signature, key.key))
        return Verdict::MessageModified;
    return Verdict::Valid;
}
