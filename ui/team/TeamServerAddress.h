#pragma once

#include "storage/postgresql/PgConnInfo.h"

#include <QCoreApplication>
#include <QString>

// Where a team server is, as the user fills it in: everything but the password, so that it
// may be remembered in the settings (the password goes to the keychain, SecretStore).
struct TeamServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(TeamServerAddress)

public:
    static constexpr int kDefaultPort = 5432;

    QString host; // a name, an address, or a socket directory (starting with '/')
    int port = kDefaultPort;
    QString database;
    QString user;
    QString caFile; // empty: no certificate check (libpq's default TLS negotiation)

    bool isEmpty() const { return host.isEmpty() && database.isEmpty() && user.isEmpty(); }
    bool isSocketDirectory() const { return host.startsWith(u'/'); }

    // The first thing that keeps it from being used, as a sentence for the user; empty when it
    // can be tried.
    QString problem() const;

    // The connection for libpq: with a CA file, TLS whose certificate must be signed by that CA
    // and name the host (sslmode=verify-full), so that nobody in between can pose as the server.
    PgConnInfo connInfo(const QString &password) const;

    // "host/database" for the status bar.
    QString label() const;
    // The keychain entry's name for this login.
    QString secretKey() const;

    bool operator==(const TeamServerAddress &) const = default;
};
