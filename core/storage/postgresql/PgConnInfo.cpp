#include "PgConnInfo.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kFieldKeys { u"host"_s, u"port"_s, u"dbname"_s, u"user"_s, u"password"_s };

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'')
        && !value.contains(u'\\'))
        return value;
    QString v = value;
    v.replace(u"\\"_s, u"\\\\"_s);
    v.replace(u"'"_s, u"\\'"_s);
    return u'\'' + v + u'\'';
}

} // namespace

Result<PgConnInfo> PgConnInfo::parse(const QString &text)
{
    PgConnInfo info;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return StoreError::invalid(tr("The server connection is empty; give it as \"host=… "
                                      "dbname=… user=…\"."));
    if (t.startsWith(u"postgresql://"_s) || t.startsWith(u"postgres://"_s)) {
        const QUrl url(t);
        if (!url.isValid())
            return StoreError::invalid(tr("“%1” is not a valid server address.").arg(t));
        if (!url.host().isEmpty())
            info.m_values.insert(u"host"_s, url.host());
        if (url.port() > 0)
            info.m_values.insert(u"port"_s, QString::number(url.port()));
        if (!url.userName().isEmpty())
            info.m_values.insert(u"user"_s, url.userName());
        if (!url.password().isEmpty())
            info.m_values.insert(u"password"_s, url.password());
        const QString path = url.path().mid(1);
        if (!path.isEmpty())
            info.m_values.insert(u"dbname"_s, path);
        const QUrlQuery query(url);
        for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
            info.m_values.insert(k, v);
        return info;
    }
    // key = value pairs; values may be 'quoted' with \' and \\ escapes (libpq's rules).
    qsizetype i = 0;
    const qsizetype n = t.size();
    while (i < n) {
        while (i < n && t.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = t.indexOf(u'=', i);
        if (eq < 0)
            return StoreError::invalid(
                tr("“%1” in the server connection has no value (write key=value).")
                    .arg(t.mid(i).section(u' ', 0, 0)));
        const QString key = t.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && t.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && t.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = t.at(i);
                if (c == u'\\' && i + 1 < n) {
                    value += t.at(i + 1);
                    i += 2;
                } else if (c == u'\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += c;
                    ++i;
                }
            }
            if (!closed)
                return StoreError::invalid(
                    tr("A quoted value in the server connection is not closed."));
        } else {
            while (i < n && !t.at(i).isSpace())
                value += t.at(i++);
        }
        if (key.isEmpty())
            return StoreError::invalid(tr("The server connection has a value without a key."));
        info.m_values.insert(key, value);
    }
    return info;
}

int PgConnInfo::port() const
{
    bool ok = false;
    const int p = m_values.value(u"port"_s).toInt(&ok);
    return ok ? p : -1;
}

void PgConnInfo::setPassword(const QString &password)
{
    if (password.isEmpty())
        m_values.remove(u"password"_s);
    else
        m_values.insert(u"password"_s, password);
}

void PgConnInfo::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host());
    if (port() > 0)
        db.setPort(port());
    db.setDatabaseName(database());
    db.setUserName(user());
    db.setPassword(password());
    QStringList options;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!kFieldKeys.contains(it.key()))
            options << it.key() + u'=' + quoted(it.value());
    }
    db.setConnectOptions(options.join(u';'));
}

QString PgConnInfo::describe() const
{
    const QString db = database().isEmpty() ? user() : database();
    const QString where = host().isEmpty() ? u"localhost"_s : host();
    return tr("%1 on %2").arg(db, where);
}

QString PgConnInfo::toString() const
{
    QStringList parts;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (it.key() != u"password"_s)
            parts << it.key() + u'=' + quoted(it.value());
    }
    return parts.join(u' ');
}
