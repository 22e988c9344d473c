#include "WorkflowCommands.h"

#include "storage/SqlStore.h"
#include "workflow/Sodium.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

bool parseId(const QString &text, QUuid *id)
{
    *id = QUuid::fromString(text.trimmed());
    return !id->isNull();
}

void printJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// Parses a verb taking one article id; signs in. Returns -1 to go on.
int articleVerb(CliContext &context, QCommandLineParser &parser, const QString &verb,
                const QStringList &arguments, QUuid *id, WorkflowSession *session)
{
    parser.addPositionalArgument(u"id"_s, WorkflowCommands::tr("The article's id."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, verb, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage,
                            WorkflowCommands::tr("%1 needs exactly one article id.").arg(verb));
    if (!parseId(parser.positionalArguments().constFirst(), id))
        return context.fail(CliContext::InvalidInput,
                            WorkflowCommands::tr("“%1” is not an article id.")
                                .arg(parser.positionalArguments().constFirst()));
    Result<WorkflowSession> s = context.signIn();
    if (!s)
        return context.fail(s.error());
    *session = *s;
    return -1;
}

int transition(CliContext &context, const QStringList &arguments, const QString &verb,
               WorkflowAction action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TransitionTable::actionLabel(action));
    const QCommandLineOption commentOption(
        u"comment"_s, WorkflowCommands::tr("What should change."), WorkflowCommands::tr("text"));
    if (action == WorkflowAction::RequestChanges)
        parser.addOption(commentOption);
    QUuid id;
    WorkflowSession session;
    if (int code = articleVerb(context, parser, verb, arguments, &id, &session); code >= 0)
        return code;
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    if (action == WorkflowAction::Approve) {
        Result<Approval> approval = (*w)->approve(session, context.actingPassword(), id);
        if (!approval) {
            const StoreError &e = approval.error();
            context.fail(e);
            for (const QString &item : e.items)
                context.err << "  - " << item << '\n';
            return CliContext::exitCode(e);
        }
        context.out << statusName(ArticleStatus::Approved) << '\t' << approval->contentHash << '\n';
        return CliContext::Ok;
    }
    Result<ArticleStatus> to = (*w)->perform(
        session, id, action,
        action == WorkflowAction::RequestChanges ? parser.value(commentOption) : QString());
    if (!to) {
        const StoreError &e = to.error();
        context.fail(e);
        for (const QString &item : e.items)
            context.err << "  - " << item << '\n';
        return CliContext::exitCode(e);
    }
    context.out << statusName(*to) << '\n';
    return CliContext::Ok;
}

QJsonObject commentToJson(const ReviewComment &c)
{
    QJsonObject o { { u"id"_s, c.id },
                    { u"article"_s, SqlStore::idText(c.articleId) },
                    { u"author"_s, c.author },
                    { u"created"_s, c.created.toString(Qt::ISODateWithMs) },
                    { u"text"_s, c.text },
                    { u"resolved"_s, c.resolved },
                    { u"detached"_s, c.detached } };
    if (c.parentId)
        o.insert(u"reply_to"_s, c.parentId);
    if (!c.anchor.isNull()) {
        o.insert(u"quote"_s, c.anchor.quote);
        o.insert(u"quote_offset"_s, c.anchor.offset);
    }
    if (c.resolved) {
        o.insert(u"resolved_by"_s, c.resolvedBy);
        o.insert(u"resolved_at"_s, c.resolvedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

} // namespace

void WorkflowCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append({ u"user"_s, tr("Manage users: add, list, passwd, disable, roles."), user });
    const struct
    {
        const char16_t *name;
        WorkflowAction action;
    } transitions[] = {
        { u"submit", WorkflowAction::Submit },
        { u"withdraw", WorkflowAction::Withdraw },
        { u"approve", WorkflowAction::Approve },
        { u"request-changes", WorkflowAction::RequestChanges },
        { u"archive", WorkflowAction::Archive },
        { u"unarchive", WorkflowAction::Restore },
    };
    for (const auto &t : transitions) {
        const QString name = QString::fromUtf16(t.name);
        const WorkflowAction action = t.action;
        verbs.append({ name, TransitionTable::actionLabel(action),
                       [name, action](CliContext &context, const QStringList &arguments) {
                           return transition(context, arguments, name, action);
                       } });
    }
    verbs.append({ u"comment"_s, tr("Comment on an article."), comment });
    verbs.append({ u"comments"_s, tr("List an article's review comments."), comments });
    verbs.append({ u"resolve"_s, tr("Mark a review comment resolved."),
                   [](CliContext &c, const QStringList &a) { return resolve(c, a, true); } });
    verbs.append({ u"reopen"_s, tr("Reopen a resolved review comment."),
                   [](CliContext &c, const QStringList &a) { return resolve(c, a, false); } });
    verbs.append({ u"audit"_s, tr("Show or verify the audit log."), audit });
}

int WorkflowCommands::user(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("user add NAME --role R [--role R2] | user list [--json] | user passwd NAME | "
           "user disable NAME | user roles NAME --role R [--role R2]"));
    parser.addPositionalArgument(u"action"_s, tr("add, list, passwd, disable or roles."));
    const QCommandLineOption roleOption(u"role"_s, tr("officer, supervisor or admin."), tr("role"));
    const QCommandLineOption displayOption(u"display-name"_s, tr("The name shown to people."),
                                           tr("name"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    parser.addOption(roleOption);
    parser.addOption(displayOption);
    parser.addOption(jsonOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"user"_s, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());

    if (action == u"list"_s) {
        if (args.size() != 1)
            return context.fail(CliContext::Usage, tr("user list takes no arguments."));
        Result<QList<WorkflowUser>> users = (*w)->users();
        if (!users)
            return context.fail(users.error());
        QJsonArray array;
        for (const WorkflowUser &u : std::as_const(*users)) {
            if (parser.isSet(jsonOption)) {
                array.append(
                    QJsonObject { { u"name"_s, u.name },
                                  { u"display_name"_s, u.displayName },
                                  { u"roles"_s, QJsonArray::fromStringList(roleNames(u.roles)) },
                                  { u"disabled"_s, u.disabled } });
            } else {
                context.out << u.name << '\t' << u.displayName << '\t'
                            << roleNames(u.roles).join(u',') << '\t'
                            << (u.disabled ? "disabled" : "active") << '\n';
            }
        }
        if (parser.isSet(jsonOption))
            printJson(context, array);
        return CliContext::Ok;
    }
    if (args.size() != 2
        || !QStringList { u"add"_s, u"passwd"_s, u"disable"_s, u"roles"_s }.contains(action))
        return context.fail(CliContext::Usage,
                            tr("Usage: user add|passwd|disable|roles NAME, or user list."));
    const QString name = args.at(1);
    Roles roles;
    if (action == u"add"_s || action == u"roles"_s) {
        if (!parser.isSet(roleOption))
            return context.fail(CliContext::Usage, tr("user %1 needs --role.").arg(action));
        if (!rolesFromNames(parser.values(roleOption), &roles))
            return context.fail(CliContext::InvalidInput,
                                tr("Unknown role: roles are officer, supervisor and admin."));
    }

    if (action == u"add"_s) {
        Result<bool> any = (*w)->hasUsers();
        if (!any)
            return context.fail(any.error());
        std::optional<WorkflowSession> actor;
        if (*any) {
            Result<WorkflowSession> s = context.signIn();
            if (!s)
                return context.fail(s.error());
            actor = *s;
        }
        Result<QByteArray> password = context.newPassword();
        if (!password)
            return context.fail(password.error());
        Result<void> added
            = (*w)->addUser(actor, name, parser.value(displayOption), roles, *password);
        Sodium::wipe(*password);
        if (!added)
            return context.fail(added.error());
        return CliContext::Ok;
    }
    Result<WorkflowSession> s = context.signIn();
    if (!s)
        return context.fail(s.error());
    Result<void> done;
    if (action == u"passwd"_s) {
        Result<QByteArray> password = context.newPassword();
        if (!password)
            return context.fail(password.error());
        done = (*w)->setPassword(*s, context.actingPassword(), name, *password);
        Sodium::wipe(*password);
    } else if (action == u"disable"_s) {
        done = (*w)->disableUser(*s, name);
    } else {
        done = (*w)->setRoles(*s, name, roles);
    }
    if (!done)
        return context.fail(done.error());
    return CliContext::Ok;
}

int WorkflowCommands::comment(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds a review comment; prints its id."));
    const QCommandLineOption textOption(u"text"_s, tr("The comment."), tr("text"));
    const QCommandLineOption quoteOption(u"quote"_s, tr("The passage it is about."), tr("text"));
    const QCommandLineOption replyOption(u"reply-to"_s, tr("The comment this replies to."),
                                         tr("comment id"));
    parser.addOption(textOption);
    parser.addOption(quoteOption);
    parser.addOption(replyOption);
    QUuid id;
    WorkflowSession session;
    if (int code = articleVerb(context, parser, u"comment"_s, arguments, &id, &session); code >= 0)
        return code;
    if (parser.value(textOption).trimmed().isEmpty())
        return context.fail(CliContext::Usage, tr("comment needs --text."));
    qint64 parent = 0;
    if (parser.isSet(replyOption)) {
        bool ok = false;
        parent = parser.value(replyOption).toLongLong(&ok);
        if (!ok || parent < 1)
            return context.fail(CliContext::Usage, tr("--reply-to needs a comment id."));
    }
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<ReviewComment> c = (*w)->addComment(session, id, parser.value(textOption),
                                               parser.value(quoteOption), parent);
    if (!c)
        return context.fail(c.error());
    context.out << c->id << '\n';
    return CliContext::Ok;
}

int WorkflowCommands::comments(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists an article's review comments, oldest first."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    parser.addOption(jsonOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"comments"_s, arguments); code >= 0)
        return code;
    QUuid id;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("comments needs exactly one article id."));
    if (!parseId(parser.positionalArguments().constFirst(), &id))
        return context.fail(
            CliContext::InvalidInput,
            tr("“%1” is not an article id.").arg(parser.positionalArguments().constFirst()));
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<QList<ReviewComment>> list = (*w)->comments(id);
    if (!list)
        return context.fail(list.error());
    QJsonArray array;
    for (const ReviewComment &c : std::as_const(*list)) {
        if (parser.isSet(jsonOption)) {
            array.append(commentToJson(c));
            continue;
        }
        QString state = c.resolved ? u"resolved"_s : u"open"_s;
        if (c.detached)
            state += u",detached"_s;
        QString text = c.text;
        text.replace(u'\n', u' ').replace(u'\t', u' ');
        context.out << c.id << '\t' << (c.parentId ? QString::number(c.parentId) : u"-"_s) << '\t'
                    << c.author << '\t' << state << '\t' << text << '\n';
    }
    if (parser.isSet(jsonOption))
        printJson(context, array);
    return CliContext::Ok;
}

int WorkflowCommands::resolve(CliContext &context, const QStringList &arguments, bool resolved)
{
    const QString verb = resolved ? u"resolve"_s : u"reopen"_s;
    QCommandLineParser parser;
    parser.addPositionalArgument(u"comment"_s, tr("The comment's id."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, verb, arguments); code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.positionalArguments().size() == 1
        ? parser.positionalArguments().at(0).toLongLong(&ok)
        : 0;
    if (!ok || id < 1)
        return context.fail(CliContext::Usage, tr("%1 needs one comment id.").arg(verb));
    Result<WorkflowSession> s = context.signIn();
    if (!s)
        return context.fail(s.error());
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());
    Result<void> done = resolved ? (*w)->resolveComment(*s, id) : (*w)->reopenComment(*s, id);
    if (!done)
        return context.fail(done.error());
    return CliContext::Ok;
}

int WorkflowCommands::audit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the audit log, or with --verify re-computes its hash chain and reports the "
           "first broken row (exit code 4 when broken)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    const QCommandLineOption verifyOption(u"verify"_s, tr("Check the hash chain."));
    const QCommandLineOption anchorOption(
        u"anchor"_s, tr("A known head of the log (from a bundle) the log must still reach."),
        tr("N:HASH"));
    parser.addOption(jsonOption);
    parser.addOption(verifyOption);
    parser.addOption(anchorOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"audit"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("audit takes no arguments."));
    Result<Workflow *> w = context.workflow();
    if (!w)
        return context.fail(w.error());

    if (parser.isSet(verifyOption)) {
        std::optional<AuditAnchor> anchor;
        if (parser.isSet(anchorOption)) {
            anchor = AuditAnchor::parse(parser.value(anchorOption));
            if (!anchor)
                return context.fail(CliContext::InvalidInput,
                                    tr("--anchor needs N:HASH (a row number and 64 hex digits)."));
        }
        Result<AuditChain::Verification> v = (*w)->verifyAudit(anchor);
        if (!v)
            return context.fail(v.error());
        if (!v->intact) {
            return context.fail(
                CliContext::Conflict,
                tr("The audit log is broken at row %1: %2").arg(v->firstBrokenRow).arg(v->problem));
        }
        context.out << tr("The audit log is intact: %n row(s).", nullptr, int(v->rowsChecked));
        if (v->head)
            context.out << ' ' << tr("Head: %1").arg(v->head->toString());
        context.out << '\n';
        return CliContext::Ok;
    }
    if (parser.isSet(jsonOption)) {
        Result<QJsonArray> array = (*w)->auditExport();
        if (!array)
            return context.fail(array.error());
        printJson(context, *array);
        return CliContext::Ok;
    }
    Result<QList<AuditRecord>> records = (*w)->auditRecords();
    if (!records)
        return context.fail(records.error());
    for (const AuditRecord &r : std::as_const(*records)) {
        context.out << r.sequence << '\t' << r.time.toString(Qt::ISODateWithMs) << '\t'
                    << (r.actor.isEmpty() ? u"-"_s : r.actor) << '\t' << r.action << '\t'
                    << r.subject << '\t' << r.details << '\n';
    }
    return CliContext::Ok;
}
