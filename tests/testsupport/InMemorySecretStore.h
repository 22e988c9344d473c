#pragma once

// The keychain for tests: the offscreen tests have no desktop keychain (no Secret Service on
// the bus), so the dialogs get this instead of KeychainSecretStore. It answers at once, which
// the dialogs must cope with as well as with the keychain's later answers.

#include "team/SecretStore.h"

#include <QMap>

class InMemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, ReadDone done) override
    {
        ++reads;
        if (!secrets.contains(key))
            done(StoreError::notFound(QStringLiteral("no such entry")));
        else
            done(secrets.value(key));
    }
    void write(const QString &key, const QString &secret, WriteDone done) override
    {
        if (!failWrites.isEmpty()) {
            done(StoreError::storage(failWrites));
            return;
        }
        secrets.insert(key, secret);
        done({});
    }
    void remove(const QString &key, WriteDone done) override
    {
        secrets.remove(key);
        done({});
    }

    QMap<QString, QString> secrets;
    QString failWrites; // non-empty: writes fail with this message
    int reads = 0;
};
