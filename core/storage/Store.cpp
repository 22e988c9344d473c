#include "Store.h"

#include <utility>

Store::~Store() = default;

Result<Store::Transaction> Store::transaction()
{
    if (Result<void> r = beginTransaction(); !r)
        return r.error();
    return Transaction(this);
}

Store::Transaction::Transaction(Transaction &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
{ }

Store::Transaction &Store::Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_store = std::exchange(other.m_store, nullptr);
    }
    return *this;
}

Store::Transaction::~Transaction()
{
    rollback();
}

Result<void> Store::Transaction::commit()
{
    Store *store = std::exchange(m_store, nullptr);
    if (!store)
        return StoreError::storage(Store::tr("The transaction is no longer active."));
    return store->commitTransaction();
}

void Store::Transaction::rollback()
{
    if (Store *store = std::exchange(m_store, nullptr))
        store->rollbackTransaction();
}

Result<qint64> Store::externalChangeCounter()
{
    return StoreError::invalid(tr("This store cannot report changes made elsewhere."));
}
