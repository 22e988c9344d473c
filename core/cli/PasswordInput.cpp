#include "PasswordInput.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

PasswordInput::PasswordInput(Source source, QIODevice *input)
    : m_source(source)
    , m_input(input)
{ }

std::optional<QByteArray> PasswordInput::actingUserPassword(QString *error)
{
    return read("NEWSROOM_PASSWORD", error);
}

std::optional<QByteArray> PasswordInput::newPassword(QString *error)
{
    return read("NEWSROOM_NEW_PASSWORD", error);
}

std::optional<QByteArray> PasswordInput::read(const char *variable, QString *error)
{
    QByteArray password;
    if (m_source == Source::Environment) {
        if (!qEnvironmentVariableIsSet(variable)) {
            *error = tr("no password given: set %1 or use --password-stdin")
                         .arg(QLatin1StringView(variable));
            return std::nullopt;
        }
        password = qgetenv(variable);
    } else {
        if (!m_input || !m_input->isReadable() || m_input->atEnd()) {
            *error = tr("no password given: standard input has no more lines");
            return std::nullopt;
        }
        password = m_input->readLine();
        if (password.endsWith('\n'))
            password.chop(1);
        if (password.endsWith('\r'))
            password.chop(1);
    }
    if (password.isEmpty()) {
        *error = tr("the password is empty");
        return std::nullopt;
    }
    return password;
}
