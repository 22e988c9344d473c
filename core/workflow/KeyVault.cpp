#include "KeyVault.h"

#include "workflow/Sodium.h"

#include <QList>

#include <sodium.h>

namespace {
constexpr char kTag[] = "nrkey1";

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

// The secretbox key for a password and salt, or empty if derivation failed.
QByteArray deriveKey(const QByteArray &password, const QByteArray &salt, Argon2Cost cost)
{
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(u(key), static_cast<unsigned long long>(key.size()), password.constData(),
                      static_cast<unsigned long long>(password.size()), u(salt), cost.opsLimit,
                      cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        Sodium::wipe(key);
        return {};
    }
    return key;
}
} // namespace

KeyVault::KeyVault(Argon2Cost cost)
    : m_cost(cost)
{
    Sodium::initialise();
}

QByteArray KeyVault::seal(const QByteArray &secretKey, const QByteArray &password) const
{
    if (!Sodium::initialise())
        return {};
    const QByteArray salt = Sodium::randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray key = deriveKey(password, salt, m_cost);
    if (key.isEmpty())
        return {};
    QByteArray box(secretKey.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(u(box), u(secretKey), static_cast<unsigned long long>(secretKey.size()),
                          u(nonce), u(key));
    Sodium::wipe(key);
    return QByteArray(kTag) + '$' + QByteArray::number(m_cost.opsLimit) + '$'
        + QByteArray::number(quint64(m_cost.memLimit)) + '$' + salt.toBase64() + '$'
        + nonce.toBase64() + '$' + box.toBase64();
}

bool KeyVault::open(const QByteArray &sealed, const QByteArray &password,
                    QByteArray *secretKey) const
{
    secretKey->clear();
    if (!Sodium::initialise())
        return false;
    const QList<QByteArray> parts = sealed.split('$');
    if (parts.size() != 6 || parts.at(0) != kTag)
        return false;
    bool opsOk = false, memOk = false;
    const Argon2Cost cost { parts.at(1).toULongLong(&opsOk),
                            std::size_t(parts.at(2).toULongLong(&memOk)) };
    const auto decode = [](const QByteArray &b64, QByteArray *out) {
        const auto r = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        *out = r.decoded;
        return r.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    };
    QByteArray salt, nonce, box;
    if (!opsOk || !memOk || !decode(parts.at(3), &salt) || !decode(parts.at(4), &nonce)
        || !decode(parts.at(5), &box) || nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() < crypto_secretbox_MACBYTES)
        return false;
    // A damaged or hostile database could ask for absurd work: refuse anything beyond
    // libsodium's SENSITIVE level, far above what we ever seal with.
    if (cost.opsLimit > crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE
        || cost.memLimit > crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE)
        return false;
    QByteArray key = deriveKey(password, salt, cost);
    if (key.isEmpty())
        return false;
    QByteArray plain(box.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const bool ok
        = crypto_secretbox_open_easy(u(plain), u(box), static_cast<unsigned long long>(box.size()),
                                     u(nonce), u(key))
        == 0;
    Sodium::wipe(key);
    if (!ok) {
        Sodium::wipe(plain);
        return false;
    }
    *secretKey = plain;
    return true;
}

QByteArray KeyVault::reseal(const QByteArray &sealed, const QByteArray &oldPassword,
                            const QByteArray &newPassword) const
{
    QByteArray secretKey;
    if (!open(sealed, oldPassword, &secretKey))
        return {};
    QByteArray result = seal(secretKey, newPassword);
    Sodium::wipe(secretKey);
    return result;
}
