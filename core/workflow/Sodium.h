#pragma once

#include <QByteArray>

// libsodium's one-time initialisation and the helpers every secret-handling class needs.
class Sodium
{
public:
    // Initialises libsodium once per process (thread-safe). False only if libsodium cannot work
    // at all (no entropy source); callers then refuse rather than produce weak secrets.
    static bool initialise();

    // Overwrites a secret's bytes before dropping it. Only a buffer this QByteArray owns alone is
    // wiped: writing through a shared one would corrupt the other holders (and data() would just
    // wipe a fresh copy), so implicitly shared copies are merely released.
    static void wipe(QByteArray &secret);

    // Constant-time comparison (for hashes and keys).
    static bool equal(const QByteArray &a, const QByteArray &b);

    static QByteArray randomBytes(qsizetype count);
};
