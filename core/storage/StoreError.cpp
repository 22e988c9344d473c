#include "StoreError.h"

using namespace Qt::Literals::StringLiterals;

StoreError StoreError::notFound(const QString &message)
{
    StoreError e;
    e.kind = Kind::NotFound;
    e.message = message;
    return e;
}

StoreError StoreError::conflict(int storedVersion, int baseVersion, const QString &what)
{
    StoreError e;
    e.kind = Kind::Conflict;
    e.storedVersion = storedVersion;
    e.baseVersion = baseVersion;
    const QString subject = what.isEmpty() ? tr("The article") : what;
    e.message = tr("%1 was changed elsewhere: your change is based on version %2, the stored "
                   "version is now %3. Nothing was overwritten.")
                    .arg(subject)
                    .arg(baseVersion)
                    .arg(storedVersion);
    return e;
}

StoreError StoreError::invalid(const QString &message, const QStringList &items)
{
    StoreError e;
    e.kind = Kind::Invalid;
    e.message = message;
    e.items = items;
    return e;
}

StoreError StoreError::permissionDenied(const QString &message)
{
    StoreError e;
    e.kind = Kind::PermissionDenied;
    e.message = message;
    return e;
}

StoreError StoreError::storage(const QString &message, const QString &detail)
{
    StoreError e;
    e.kind = Kind::Storage;
    e.message = message;
    e.detail = detail;
    return e;
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound:
        return u"not found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Invalid:
        return u"invalid"_s;
    case Kind::PermissionDenied:
        return u"permission denied"_s;
    case Kind::Busy:
        return u"busy"_s;
    case Kind::Corrupt:
        return u"corrupt"_s;
    case Kind::NewerSchema:
        return u"newer schema"_s;
    case Kind::Storage:
        return u"storage"_s;
    }
    return u"storage"_s;
}
