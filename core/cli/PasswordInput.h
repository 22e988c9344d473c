#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

// Where newsroom-cli gets passwords from — never the command line, which other users can read
// in the process list. Either the environment (NEWSROOM_PASSWORD for the acting user,
// NEWSROOM_NEW_PASSWORD for a password being set) or, with --password-stdin, one line of
// standard input each, in that order (acting user's first).
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    enum class Source { Environment, Stdin };

    // input is read only for Source::Stdin; it must outlive this object.
    PasswordInput(Source source, QIODevice *input);

    std::optional<QByteArray> actingUserPassword(QString *error);
    std::optional<QByteArray> newPassword(QString *error);

private:
    std::optional<QByteArray> read(const char *variable, QString *error);

    Source m_source;
    QIODevice *m_input;
};
