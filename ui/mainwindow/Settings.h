#pragma once

#include "team/TeamServerAddress.h"

#include <QByteArray>
#include <QSettings>

// The window's remembered layout and the remembered team server, in one place so keys are not
// spelt in several files. Never a password: those go to the keychain (team/SecretStore).
class Settings
{
public:
    Settings() = default;

    QByteArray windowGeometry() const { return value("window/geometry"); }
    void setWindowGeometry(const QByteArray &v) { setValue("window/geometry", v); }
    QByteArray windowState() const { return value("window/state"); }
    void setWindowState(const QByteArray &v) { setValue("window/state", v); }
    QByteArray splitterState() const { return value("window/splitter"); }
    void setSplitterState(const QByteArray &v) { setValue("window/splitter", v); }
    QByteArray listHeaderState() const { return value("list/header"); }
    void setListHeaderState(const QByteArray &v) { setValue("list/header", v); }

    // The team server to start on; empty when the local newsroom is used.
    TeamServerAddress teamServer() const
    {
        TeamServerAddress a;
        a.host = m_settings.value(QLatin1StringView("teamServer/host")).toString();
        a.port = m_settings
                     .value(QLatin1StringView("teamServer/port"), TeamServerAddress::kDefaultPort)
                     .toInt();
        a.database = m_settings.value(QLatin1StringView("teamServer/database")).toString();
        a.user = m_settings.value(QLatin1StringView("teamServer/user")).toString();
        a.caFile = m_settings.value(QLatin1StringView("teamServer/caFile")).toString();
        return a;
    }
    void setTeamServer(const TeamServerAddress &a)
    {
        m_settings.setValue(QLatin1StringView("teamServer/host"), a.host);
        m_settings.setValue(QLatin1StringView("teamServer/port"), a.port);
        m_settings.setValue(QLatin1StringView("teamServer/database"), a.database);
        m_settings.setValue(QLatin1StringView("teamServer/user"), a.user);
        m_settings.setValue(QLatin1StringView("teamServer/caFile"), a.caFile);
    }
    void clearTeamServer() { m_settings.remove(QLatin1StringView("teamServer")); }
    void sync() { m_settings.sync(); }

private:
    QByteArray value(const char *key) const
    {
        return m_settings.value(QLatin1StringView(key)).toByteArray();
    }
    void setValue(const char *key, const QByteArray &v)
    {
        m_settings.setValue(QLatin1StringView(key), v);
    }
    QSettings m_settings;
};
