#include "Sodium.h"

#include <sodium.h>

bool Sodium::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

void Sodium::wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

bool Sodium::equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray Sodium::randomBytes(qsizetype count)
{
    initialise();
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > 0)
        randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}
