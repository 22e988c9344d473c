#pragma once

#include <QByteArray>
#include <QSettings>

// The window's remembered layout, in one place so keys are not spelt in several files.
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
