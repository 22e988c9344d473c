#pragma once

#include "cli/CommandLineTool.h"

#include <QBuffer>
#include <QString>
#include <QStringList>
#include <QTextStream>

// newsroom-cli run in-process, as the CLI tests drive it.
struct CliRun
{
    int code;
    QString out;
    QString err;
};

// Runs `args` on the database `db` as `user` with `password` in NEWSROOM_PASSWORD (as nobody,
// without one, when user is empty); `input` is standard input.
inline CliRun runCli(const QString &db, const QString &user, const QByteArray &password,
                     const QStringList &args, const QByteArray &input = {})
{
    using namespace Qt::Literals::StringLiterals;
    if (user.isEmpty())
        qunsetenv("NEWSROOM_PASSWORD");
    else
        qputenv("NEWSROOM_PASSWORD", password);
    QStringList all { u"newsroom-cli"_s, u"--db"_s, db };
    all += args;
    if (!user.isEmpty())
        all += QStringList { u"--user"_s, user };
    QString out, err;
    QTextStream o(&out), e(&err);
    QByteArray bytes = input;
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CommandLineTool tool(o, e);
    tool.setInput(&in);
    const int code = tool.run(all);
    o.flush();
    e.flush();
    return { code, out, err };
}
