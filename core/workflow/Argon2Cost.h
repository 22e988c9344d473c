#pragma once

#include <QtGlobal>

#include <cstddef>

// The work an Argon2id derivation costs: iterations (libsodium's opslimit, Argon2's t) and memory
// in bytes (memlimit, Argon2's m). libsodium always uses one lane (p=1).
struct Argon2Cost
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    // What the newsroom uses for passwords and key encryption: libsodium's INTERACTIVE level
    // (t=2, 64 MiB), above OWASP's minimum for Argon2id.
    static Argon2Cost production();
    // OWASP's minimum recommendation for Argon2id: t=2, m=19 MiB, p=1.
    static Argon2Cost owaspMinimum();
    // libsodium's smallest allowed cost. Only for tests, where hundreds of hashes must stay fast;
    // never reachable from the application or the CLI.
    static Argon2Cost insecureForTestsOnly();

    // True if this cost is at least `other` in both dimensions.
    bool atLeast(const Argon2Cost &other) const
    {
        return opsLimit >= other.opsLimit && memLimit >= other.memLimit;
    }

    bool operator==(const Argon2Cost &) const = default;
};
