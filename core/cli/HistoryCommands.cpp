#include "HistoryCommands.h"

#include "history/RevisionHistory.h"
#include "storage/SqlStore.h"
#include "workflow/Notifications.h"
#include "workflow/ReviewQueue.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

void printJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

int failId(CliContext &context, const QString &text)
{
    return context.fail(CliContext::InvalidInput,
                        HistoryCommands::tr("“%1” is not an article id.").arg(text));
}

bool parseVersion(const QString &text, int *version)
{
    bool ok = false;
    *version = text.toInt(&ok);
    return ok && *version > 0;
}

// The session the write is made as: the signed-in user, or — in a newsroom without users — the
// login name with no roles (nothing is enforced there).
Result<WorkflowSession> writerSession(CliContext &context, Workflow &workflow)
{
    Result<bool> any = workflow.hasUsers();
    if (!any)
        return any.error();
    if (!*any)
        return WorkflowSession { context.actingUser(), Roles() };
    return context.signIn();
}

} // namespace

void HistoryCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append({ u"diff"_s, tr("Show what changed between two revisions of an article."), diff });
    for (CliVerb &verb : verbs) {
        if (verb.name != u"restore"_s)
            continue;
        // `restore BACKUP` (the store's) and `restore ID REV` (a revision) share the name; the
        // number of arguments tells them apart.
        verb.summary = tr("Restore a database backup, or (ID REV) an article's revision.");
        verb.run = [backup = verb.run](CliContext &context, const QStringList &arguments) {
            QCommandLineParser parser;
            context.addCommonOptions(parser);
            parser.addOption(QCommandLineOption(u"base-version"_s, QString(), u"v"_s));
            if (parser.parse(QStringList { u"newsroom-cli restore"_s } + arguments)
                && parser.positionalArguments().size() == 2)
                return restoreRevision(context, arguments);
            return backup(context, arguments);
        };
    }
    verbs.append({ u"queue"_s, tr("List the articles waiting for review."), queue });
    verbs.append(
        { u"notifications"_s, tr("Show what happened since your last sign-in."), notifications });
}

int HistoryCommands::diff(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows what changed from revision REV_A to revision REV_B: metadata field by field, "
           "then the body word by word, deletions as [-text-] and insertions as {+text+}."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    parser.addPositionalArgument(u"rev-a"_s, tr("The older revision."));
    parser.addPositionalArgument(u"rev-b"_s, tr("The newer revision."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"diff"_s, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.fail(CliContext::Usage,
                            tr("diff needs an article id and two revision numbers."));
    const QUuid id = QUuid::fromString(args.at(0).trimmed());
    if (id.isNull())
        return failId(context, args.at(0));
    int from = 0;
    int to = 0;
    if (!parseVersion(args.at(1), &from) || !parseVersion(args.at(2), &to))
        return context.fail(CliContext::InvalidInput,
                            tr("Revisions are numbers from 1 up (see `history ID`)."));
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<ArticleDiff> d = RevisionHistory(**w).diff(id, from, to);
    if (!d)
        return context.fail(d.error());
    if (parser.isSet(json)) {
        QJsonObject o = d->toJson();
        o.insert(u"article"_s, SqlStore::idText(id));
        printJson(context, o);
        return CliContext::Ok;
    }
    context.out << "--- " << tr("version %1").arg(from) << '\n'
                << "+++ " << tr("version %1").arg(to) << '\n'
                << d->toText();
    return CliContext::Ok;
}

int HistoryCommands::restoreRevision(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves the content of revision REV as a new revision of the article (history is "
           "never rewritten) and prints the new version."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    parser.addPositionalArgument(u"rev"_s, tr("The revision to bring back."));
    const QCommandLineOption baseVersion(
        u"base-version"_s, tr("Refuse (exit code 4) if the article has been saved since."),
        tr("version"));
    parser.addOption(baseVersion);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"restore"_s, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(CliContext::Usage,
                            tr("restore needs an article id and a revision number."));
    const QUuid id = QUuid::fromString(args.at(0).trimmed());
    if (id.isNull())
        return failId(context, args.at(0));
    int version = 0;
    if (!parseVersion(args.at(1), &version))
        return context.fail(CliContext::InvalidInput,
                            tr("Revisions are numbers from 1 up (see `history ID`)."));
    int base = -1;
    if (parser.isSet(baseVersion) && !parseVersion(parser.value(baseVersion), &base))
        return context.fail(CliContext::Usage, tr("--base-version needs a version number."));
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<WorkflowSession> session = writerSession(context, **w);
    if (!session)
        return context.fail(session.error());
    Result<SaveResult> saved = RevisionHistory(**w).restore(*session, id, version, base);
    if (!saved)
        return context.fail(saved.error());
    context.out << saved->version << '\n';
    return CliContext::Ok;
}

int HistoryCommands::queue(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the articles in review, the longest-waiting first: id, submitted (UTC), "
           "submitted by, author, headline."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"queue"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("queue takes no arguments."));
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<QList<QueueEntry>> entries = ReviewQueue((*w)->store()).entries();
    if (!entries)
        return context.fail(entries.error());
    QJsonArray array;
    for (const QueueEntry &e : std::as_const(*entries)) {
        if (parser.isSet(json)) {
            array.append(QJsonObject { { u"id"_s, SqlStore::idText(e.articleId) },
                                       { u"version"_s, e.version },
                                       { u"headline"_s, e.headline },
                                       { u"section"_s, e.section },
                                       { u"author"_s, e.author },
                                       { u"submitted_by"_s, e.submittedBy },
                                       { u"submitted_at"_s, timeText(e.submittedAt) } });
            continue;
        }
        context.out << SqlStore::idText(e.articleId) << '\t' << timeText(e.submittedAt) << '\t'
                    << e.submittedBy << '\t' << e.author << '\t' << e.headline << '\n';
    }
    if (parser.isSet(json))
        printJson(context, array);
    return CliContext::Ok;
}

int HistoryCommands::notifications(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows, oldest first, what the acting user should hear about since their previous "
           "sign-in: new submissions for a supervisor, approvals and change requests on their "
           "own articles for an officer. Columns: audit row, time (UTC), kind, by whom, "
           "article id, text."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption since(u"since"_s, tr("Since this audit log row instead."), tr("row"));
    parser.addOption(json);
    parser.addOption(since);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"notifications"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("notifications takes no arguments."));
    qint64 after = -1;
    if (parser.isSet(since)) {
        bool ok = false;
        after = parser.value(since).toLongLong(&ok);
        if (!ok || after < 0)
            return context.fail(CliContext::Usage, tr("--since needs an audit row number."));
    }
    Result<WorkflowSession> session = context.signIn();
    if (!session)
        return context.fail(session.error());
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Notifications notes((*w)->store());
    Result<QList<Notification>> list
        = after >= 0 ? notes.since(*session, after) : notes.sinceLastSignIn(*session);
    if (!list)
        return context.fail(list.error());
    QJsonArray array;
    for (const Notification &n : std::as_const(*list)) {
        if (parser.isSet(json)) {
            QJsonObject o { { u"sequence"_s, n.sequence },
                            { u"time"_s, timeText(n.time) },
                            { u"kind"_s, n.kindName() },
                            { u"actor"_s, n.actor },
                            { u"article"_s, SqlStore::idText(n.articleId) },
                            { u"headline"_s, n.headline },
                            { u"text"_s, n.text() } };
            if (!n.comment.isEmpty())
                o.insert(u"comment"_s, n.comment);
            array.append(o);
            continue;
        }
        QString text = n.text();
        text.replace(u'\n', u' ').replace(u'\t', u' ');
        context.out << n.sequence << '\t' << timeText(n.time) << '\t' << n.kindName() << '\t'
                    << n.actor << '\t' << SqlStore::idText(n.articleId) << '\t' << text << '\n';
    }
    if (parser.isSet(json))
        printJson(context, array);
    return CliContext::Ok;
}
