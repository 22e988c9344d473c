#pragma once

#include "team/SecretStore.h"

#include <QCoreApplication>

// The desktop keychain through QtKeychain (Secret Service / KWallet on Linux), under the
// application's name as the service, so that passwords are kept by the desktop, encrypted
// with the user's login, and never in Newsroom's settings.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QString m_service;
};
