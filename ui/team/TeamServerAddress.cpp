#include "TeamServerAddress.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

QString TeamServerAddress::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (host.trimmed().contains(u' '))
        return tr("The host name “%1” contains a space.").arg(host.trimmed());
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the name of the newsroom's database on the server.");
    if (user.trimmed().isEmpty())
        return tr("Enter your user name on the server.");
    if (!caFile.isEmpty()) {
        if (isSocketDirectory())
            return tr("A CA certificate is for network connections; “%1” is a local socket "
                      "directory. Clear the certificate or enter a host name.")
                .arg(host.trimmed());
        const QFileInfo ca(caFile);
        if (!ca.isFile())
            return tr("The CA certificate “%1” does not exist.").arg(caFile);
        if (!ca.isReadable())
            return tr("The CA certificate “%1” cannot be read.").arg(caFile);
    }
    return {};
}

PgConnInfo TeamServerAddress::connInfo(const QString &password) const
{
    // Assembled field by field (never parsed from a joined string), so that odd characters in
    // a name cannot smuggle in options.
    PgConnInfo info;
    info.setValue(u"host"_s, host.trimmed());
    info.setValue(u"port"_s, QString::number(port));
    info.setDatabase(database.trimmed());
    info.setUser(user.trimmed());
    info.setPassword(password);
    // libpq waits for an unanswering host as long as TCP does (minutes); the dialog cannot
    // be closed while it waits.
    info.setValue(u"connect_timeout"_s, u"10"_s);
    if (!caFile.isEmpty()) {
        info.setValue(u"sslmode"_s, u"verify-full"_s);
        info.setValue(u"sslrootcert"_s, QFileInfo(caFile).absoluteFilePath());
    }
    return info;
}

QString TeamServerAddress::label() const
{
    return host.trimmed() + u'/' + database.trimmed();
}

QString TeamServerAddress::secretKey() const
{
    return u"%1@%2:%3/%4"_s.arg(user.trimmed(), host.trimmed()).arg(port).arg(database.trimmed());
}
