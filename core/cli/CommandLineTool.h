#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QIODevice;

// newsroom-cli: drives the core headless. Verbs, exit codes and output formats are a contract
// that scripts rely on; add to them, never change them.
//
// Verbs live in their own files (ArticleCommands, StoreCommands, …), each registering its
// CliVerbs in the constructor.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode {
        Ok = CliContext::Ok,
        Usage = CliContext::Usage,
        NotFound = CliContext::NotFound,
        PermissionDenied = CliContext::PermissionDenied,
        Conflict = CliContext::Conflict,
        InvalidInput = CliContext::InvalidInput,
        StorageError = CliContext::StorageError,
    };

    CommandLineTool(QTextStream &out, QTextStream &err);

    // Where "-" reads from (default: the process's standard input).
    void setInput(QIODevice *in) { m_in = in; }

    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice *m_in = nullptr;
    QList<CliVerb> m_verbs;
};
