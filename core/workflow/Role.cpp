#include "Role.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
struct RoleEntry
{
    Role role;
    QStringView name;
    const char *displayName;
};
const std::array<RoleEntry, 3> kRoles { {
    { Role::Officer, u"officer", QT_TRANSLATE_NOOP("Role", "press officer") },
    { Role::Supervisor, u"supervisor", QT_TRANSLATE_NOOP("Role", "supervisor") },
    { Role::Admin, u"admin", QT_TRANSLATE_NOOP("Role", "administrator") },
} };
} // namespace

QString roleName(Role role)
{
    for (const auto &e : kRoles) {
        if (e.role == role)
            return e.name.toString();
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (const auto &e : kRoles) {
        if (e.name == name) {
            *role = e.role;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles()
{
    QList<Role> list;
    for (const auto &e : kRoles)
        list << e.role;
    return list;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (const auto &e : kRoles) {
        if (roles.testFlag(e.role))
            names << e.name.toString();
    }
    return names;
}

bool rolesFromNames(const QStringList &names, Roles *roles)
{
    Roles result;
    for (const QString &name : names) {
        Role role;
        if (!roleFromName(name.trimmed(), &role))
            return false;
        result |= role;
    }
    *roles = result;
    return true;
}

QString roleDisplayName(Role role)
{
    for (const auto &e : kRoles) {
        if (e.role == role)
            return QCoreApplication::translate("Role", e.displayName);
    }
    return {};
}
