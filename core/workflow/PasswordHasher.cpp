#include "PasswordHasher.h"

#include "workflow/Sodium.h"

#include <QList>

#include <sodium.h>

PasswordHasher::PasswordHasher(Argon2Cost cost)
    : m_cost(cost)
{
    Sodium::initialise();
}

QByteArray PasswordHasher::hash(const QByteArray &password) const
{
    if (!Sodium::initialise())
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(),
                              static_cast<unsigned long long>(password.size()), m_cost.opsLimit,
                              m_cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &encoded, const QByteArray &password) const
{
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES.
    if (!Sodium::initialise() || encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES
        || encoded.contains('\0'))
        return false;
    return crypto_pwhash_str_verify(encoded.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encoded) const
{
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES || encoded.contains('\0'))
        return true;
    // 0: same algorithm and cost; 1: different cost; -1: not an Argon2id string at all.
    return crypto_pwhash_argon2id_str_needs_rehash(encoded.constData(), m_cost.opsLimit,
                                                   m_cost.memLimit)
        != 0;
}

void PasswordHasher::spendVerificationTime(const QByteArray &password) const
{
    // Verifying recomputes one hash with the stored cost; hashing with our cost is the same work.
    QByteArray discarded = hash(password);
    Sodium::wipe(discarded);
}

std::optional<Argon2Cost> PasswordHasher::costOf(const QByteArray &encoded)
{
    // $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 6 || !parts.at(0).isEmpty() || parts.at(1) != "argon2id")
        return std::nullopt;
    std::optional<unsigned long long> m, t;
    for (const QByteArray &kv : parts.at(3).split(',')) {
        bool ok = false;
        if (kv.startsWith("m=")) {
            m = kv.mid(2).toULongLong(&ok);
        } else if (kv.startsWith("t=")) {
            t = kv.mid(2).toULongLong(&ok);
        } else if (kv.startsWith("p=")) {
            kv.mid(2).toULongLong(&ok);
        }
        if (!ok)
            return std::nullopt;
    }
    if (!m || !t)
        return std::nullopt;
    return Argon2Cost { *t, std::size_t(*m) * 1024 };
}
