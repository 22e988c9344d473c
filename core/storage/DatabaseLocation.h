#pragma once

#include <QString>

// Where the local newsroom lives. The GUI and the CLI must agree on it, so both ask here.
class DatabaseLocation
{
public:
    // NEWSROOM_DB when set, else newsroom.sqlite in the user's data directory.
    static QString defaultPath();
    // Creates the parent directory of a database path (0700: drafts are private until published).
    static bool ensureParentExists(const QString &databasePath, QString *error = nullptr);
};
