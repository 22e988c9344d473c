#pragma once

#include "workflow/Argon2Cost.h"

#include <QByteArray>

// Keeps a supervisor's Ed25519 secret key encrypted under a key derived from their password:
// Argon2id (crypto_pwhash, random salt) then XSalsa20-Poly1305 (crypto_secretbox_easy, random
// nonce). The sealed form is one ASCII string that records its own KDF cost:
//   nrkey1$<opslimit>$<memlimit>$<salt base64>$<nonce base64>$<ciphertext base64>
// so a vault made with an older cost still opens after the cost is raised.
class KeyVault
{
public:
    explicit KeyVault(Argon2Cost cost = Argon2Cost::production());

    Argon2Cost cost() const { return m_cost; }

    // Empty if libsodium could not get the memory the derivation needs.
    QByteArray seal(const QByteArray &secretKey, const QByteArray &password) const;

    // False for a wrong password, a damaged or foreign string; *secretKey is then left empty.
    bool open(const QByteArray &sealed, const QByteArray &password, QByteArray *secretKey) const;

    // The same secret key sealed under a new password (fresh salt and nonce, our cost), or empty
    // if the old password does not open it. Used when a supervisor's password changes.
    QByteArray reseal(const QByteArray &sealed, const QByteArray &oldPassword,
                      const QByteArray &newPassword) const;

private:
    Argon2Cost m_cost;
};
