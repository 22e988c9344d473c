#include "SigningKeys.h"

#include "workflow/Sodium.h"

#include <QCryptographicHash>

#include <sodium.h>

static_assert(SigningKeys::PublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKeys::SecretKeySize == crypto_sign_SECRETKEYBYTES);
static_assert(SigningKeys::SignatureSize == crypto_sign_BYTES);

SigningKeyPair SigningKeys::generate()
{
    if (!Sodium::initialise())
        return {};
    SigningKeyPair pair;
    pair.publicKey.resize(PublicKeySize);
    pair.secretKey.resize(SecretKeySize);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray SigningKeys::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!Sodium::initialise() || secretKey.size() != SecretKeySize)
        return {};
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool SigningKeys::verify(const QByteArray &message, const QByteArray &signature,
                         const QByteArray &publicKey)
{
    if (!Sodium::initialise() || signature.size() != SignatureSize
        || publicKey.size() != PublicKeySize)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString SigningKeys::fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex
        = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += u' ';
        grouped += QString::fromLatin1(hex.mid(i, 4));
    }
    return grouped;
}
