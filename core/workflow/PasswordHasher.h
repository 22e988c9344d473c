#pragma once

#include "workflow/Argon2Cost.h"

#include <QByteArray>

#include <optional>

// Password hashing for local sign-in: libsodium's Argon2id in its self-describing string form
// ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash"), which carries its own cost, so that hashes made
// with an older, cheaper cost still verify and can be recognised for rehashing.
class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Cost cost = Argon2Cost::production());

    Argon2Cost cost() const { return m_cost; }

    // The encoded hash, or an empty array if libsodium could not get the memory it needs.
    QByteArray hash(const QByteArray &password) const;

    // False for a wrong password and for anything that is not a valid encoded hash.
    bool verify(const QByteArray &encoded, const QByteArray &password) const;

    // True when the encoded hash was made with another cost (or another algorithm) than ours: the
    // caller, holding the verified password, should store a fresh hash.
    bool needsRehash(const QByteArray &encoded) const;

    // Spends what a verification costs without anything to verify against, so that signing in as
    // an unknown user takes as long as a wrong password for a real one.
    void spendVerificationTime(const QByteArray &password) const;

    // The cost written in an encoded Argon2id hash, if it is one.
    static std::optional<Argon2Cost> costOf(const QByteArray &encoded);

private:
    Argon2Cost m_cost;
};
