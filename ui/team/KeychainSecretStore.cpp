#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

StoreError keychainError(const QKeychain::Job *job)
{
    return StoreError::storage(
        KeychainSecretStore::tr("The desktop keychain refused: %1").arg(job->errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    // Never a plain-text file when no keychain runs: then nothing is remembered.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
                         if (r->error() == QKeychain::EntryNotFound)
                             done(StoreError::notFound(tr("No password is remembered.")));
                         else if (r->error() != QKeychain::NoError)
                             done(keychainError(r));
                         else
                             done(r->textData());
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() != QKeychain::NoError)
                             done(keychainError(j));
                         else
                             done({});
                     });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                done(keychainError(j));
            else
                done({});
        });
    job->start();
}
