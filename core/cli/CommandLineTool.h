#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// newsroom-cli: drives the core headless. Verbs, exit codes and output formats are a contract
// that scripts rely on; add to them, never change them.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        NotFound = 2,
        PermissionDenied = 3,
        Conflict = 4,
        InvalidInput = 5,
        StorageError = 6,
    };

    CommandLineTool(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
