#pragma once

#include "storage/Result.h"

#include <QString>

#include <functional>

// Where remembered passwords go: the desktop keychain (KeychainSecretStore), never a file of
// ours. An interface because the keychain is a desktop service (Secret Service, KWallet) that
// headless machines and the offscreen tests do not have; tests give the dialog an in-memory
// one instead (tests/testsupport/InMemorySecretStore.h).
//
// Asynchronous like the keychain itself: unlocking it may ask the user, so the answer comes
// later, on the calling thread. An absent entry is read as Kind::NotFound.
class SecretStore
{
public:
    using ReadDone = std::function<void(const Result<QString> &secret)>;
    using WriteDone = std::function<void(const Result<void> &done)>;

    virtual ~SecretStore();

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    // Removing an absent entry is not an error.
    virtual void remove(const QString &key, WriteDone done) = 0;
};
