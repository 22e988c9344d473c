#include "Argon2Cost.h"

#include <sodium.h>

static_assert(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE >= 2,
              "the production cost must meet OWASP's t=2");
static_assert(crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE >= 19u * 1024u * 1024u,
              "the production cost must meet OWASP's 19 MiB");

Argon2Cost Argon2Cost::production()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
             crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE };
}

Argon2Cost Argon2Cost::owaspMinimum()
{
    return { 2, std::size_t(19) * 1024 * 1024 };
}

Argon2Cost Argon2Cost::insecureForTestsOnly()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN };
}
