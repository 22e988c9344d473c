#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

// What a newsroom user may do. A user may hold several roles.
enum class Role {
    Officer = 0x1, // writes and edits articles, submits them for review
    Supervisor = 0x2, // reviews: approves or requests changes; holds a signing key
    Admin = 0x4, // manages users and roles
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// "officer", "supervisor", "admin": the stored and command-line names.
QString roleName(Role role);
// False for an unknown name.
bool roleFromName(const QString &name, Role *role);
QList<Role> allRoles();

// Names in a fixed order (officer, supervisor, admin), e.g. for storage as "officer,supervisor".
QStringList roleNames(Roles roles);
// False if any name is unknown.
bool rolesFromNames(const QStringList &names, Roles *roles);

// The role's name for people, translated ("supervisor" → «редактор»).
QString roleDisplayName(Role role);
