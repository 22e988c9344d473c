#include "BundleCommands.h"

#include "article/Slug.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleVerifier.h"
#include "bundle/Exporter.h"
#include "bundle/Minisign.h"
#include "storage/SqlStore.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

// An ISO 8601 date or time; without an offset it is taken as UTC.
bool parseSince(const QString &text, QDateTime *time)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return false;
        t = QDateTime(d, QTime(0, 0), QTimeZone::UTC);
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::UTC);
    *time = t.toUTC();
    return true;
}

} // namespace

void BundleCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append(
        { u"export"_s, tr("Export approved articles as publishable bundles."), exportBundles });
    verbs.append(
        { u"verify"_s, tr("Check a bundle's files, signature, approval and ninjs."), verify });
    verbs.append({ u"import"_s, tr("Import bundles or ninjs JSON files as new drafts."), import });
    verbs.append({ u"pubkey"_s, tr("Print a supervisor's public key (minisign format)."), pubkey });
}

int BundleCommands::exportBundles(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("export ID --out PATH | export --approved [--since DATE] --out DIR\n"
           "Exports an approved article as a publishable bundle (PATH ending in .zip: a zip "
           "file, else a directory) and marks it published. The exporting user must be the "
           "supervisor who approved it: their key signs the bundle."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id (not with --approved)."));
    const QCommandLineOption outOption(u"out"_s,
                                       tr("The bundle (.zip or directory); with --approved, "
                                          "the directory the bundles go into."),
                                       tr("path"));
    const QCommandLineOption approvedOption(u"approved"_s,
                                            tr("Export every approved article, one bundle each."));
    const QCommandLineOption sinceOption(
        u"since"_s, tr("With --approved: only articles approved at or after this date."),
        tr("date"));
    const QCommandLineOption directoriesOption(
        u"directories"_s, tr("With --approved: write directories instead of zip files."));
    const QCommandLineOption embargoedOption(
        u"embargoed"_s,
        tr("Export before the embargo: the bundle says it is withheld until then."));
    parser.addOption(outOption);
    parser.addOption(approvedOption);
    parser.addOption(sinceOption);
    parser.addOption(directoriesOption);
    parser.addOption(embargoedOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"export"_s, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const bool batch = parser.isSet(approvedOption);
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return context.fail(CliContext::Usage, tr("export needs --out PATH."));
    if (batch ? !args.isEmpty() : args.size() != 1)
        return context.fail(CliContext::Usage,
                            tr("Usage: export ID --out PATH, or export --approved [--since DATE] "
                               "--out DIR."));
    if (!batch && (parser.isSet(sinceOption) || parser.isSet(directoriesOption)))
        return context.fail(CliContext::Usage, tr("--since and --directories go with --approved."));
    QDateTime since;
    if (parser.isSet(sinceOption) && !parseSince(parser.value(sinceOption), &since))
        return context.fail(CliContext::Usage,
                            tr("“%1” is not a date (YYYY-MM-DD or an ISO 8601 time).")
                                .arg(parser.value(sinceOption)));
    QUuid id;
    if (!batch) {
        id = QUuid::fromString(args.constFirst().trimmed());
        if (id.isNull())
            return context.fail(CliContext::InvalidInput,
                                tr("“%1” is not an article id.").arg(args.constFirst()));
    }
    const QString out = parser.value(outOption);
    if (batch && !QFileInfo(out).isDir())
        return context.fail(CliContext::NotFound, tr("The folder %1 does not exist.").arg(out));

    Result<WorkflowSession> session = context.signIn();
    if (!session)
        return context.fail(session.error());
    Result<Workflow *> workflow = context.workflow();
    if (!workflow)
        return context.fail(workflow.error());
    Exporter exporter(**workflow, *session, context.actingPassword());
    Exporter::Options options;
    options.embargoed = parser.isSet(embargoedOption);

    if (!batch) {
        Result<Exporter::Outcome> outcome = exporter.exportArticle(id, out, options);
        if (!outcome)
            return context.fail(outcome.error());
        context.out << outcome->path << '\n';
        if (outcome->embargoed)
            context.err << tr("The bundle is embargoed: withheld until the article's embargo.")
                        << '\n';
        return CliContext::Ok;
    }

    Result<QList<ArticleSummary>> approved = Exporter::approvedArticles((*workflow)->store());
    if (!approved)
        return context.fail(approved.error());
    QList<ArticleSummary> chosen;
    for (const ArticleSummary &s : std::as_const(*approved)) {
        if (since.isValid()) {
            Result<QList<Approval>> approvals = (*workflow)->approvals(s.id);
            if (!approvals)
                return context.fail(approvals.error());
            // An article whose approval is missing is kept: its export fails and says why.
            if (!approvals->isEmpty() && approvals->constLast().time < since)
                continue;
        }
        chosen.append(s);
    }
    int exported = 0;
    int firstFailure = CliContext::Ok;
    const int total = int(chosen.size());
    const QString width = QString::number(total);
    for (int i = 0; i < total; ++i) {
        const ArticleSummary &s = chosen.at(i);
        const QString name = s.slug.isEmpty() ? s.id.toString(QUuid::WithoutBraces) : s.slug;
        const QString counter
            = u"[%1/%2]"_s.arg(QString::number(i + 1).rightJustified(width.size()), width);
        Result<Exporter::Outcome> outcome = exporter.exportArticle(
            s.id, Exporter::destinationIn(out, name, !parser.isSet(directoriesOption)), options);
        if (outcome) {
            ++exported;
            context.out << outcome->path << '\n';
            context.out.flush();
            context.err << counter << ' ' << tr("%1: exported").arg(name) << '\n';
        } else {
            if (firstFailure == CliContext::Ok)
                firstFailure = CliContext::exitCode(outcome.error());
            QString message = outcome.error().message;
            message.replace(u'\n', u' ');
            context.err << counter << ' ' << tr("%1: FAILED: %2").arg(name, message) << '\n';
        }
        context.err.flush();
    }
    if (total == 0)
        context.err << tr("No approved articles to export.") << '\n';
    else
        context.err << tr("Exported %1 of %2 approved articles; %3 failed.")
                           .arg(exported)
                           .arg(total)
                           .arg(total - exported)
                    << '\n';
    context.err.flush();
    return firstFailure;
}

int BundleCommands::verify(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a bundle: every file against the manifest, the manifest's signature, the "
           "approval's signature and article.json against ninjs. Exit code 0 only if all hold. "
           "With --key, the bundle must have been signed with that key (a minisign public key "
           "file or its base64 line)."));
    parser.addPositionalArgument(u"bundle"_s, tr("A bundle: a directory or a .zip file."));
    const QCommandLineOption keyOption(u"key"_s, tr("The public key that must have signed it."),
                                       tr("pubkey"));
    parser.addOption(keyOption);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"verify"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("verify needs exactly one bundle."));
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo::exists(path))
        return context.fail(CliContext::NotFound, tr("%1 does not exist.").arg(path));

    std::optional<Minisign::PublicKey> key;
    if (parser.isSet(keyOption)) {
        const QString given = parser.value(keyOption);
        QByteArray text = given.toUtf8();
        if (QFileInfo(given).isFile()) {
            QFile file(given);
            if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
                return context.fail(CliContext::InvalidInput,
                                    tr("Cannot read the key file %1.").arg(given));
            text = file.readAll();
        }
        QString why;
        key = Minisign::parsePublicKey(text, &why);
        if (!key)
            return context.fail(CliContext::InvalidInput,
                                tr("The key %1 is not a minisign public key: %2").arg(given, why));
    }

    const BundleVerifier::Report report = BundleVerifier::verifyPath(path, key);
    if (!report.ok()) {
        for (const BundleVerifier::Finding &f : report.findings) {
            QString message = f.message;
            message.replace(u'\n', u' ');
            context.err << tr("FAILED: %1").arg(message) << '\n';
        }
        context.err << tr("%1 does not verify.").arg(path) << '\n';
        context.err.flush();
        return CliContext::InvalidInput;
    }
    const BundleManifest &m = *report.manifest;
    const QString keyId
        = Minisign::keyIdText(Minisign::publicKeyFromRaw(m.approval.publicKey).keyId);
    context.out << tr("OK: %1").arg(path) << '\n'
                << tr("  article %1, version %2, %3")
                       .arg(m.articleId.toString(QUuid::WithoutBraces))
                       .arg(m.articleVersion)
                       .arg(m.slug)
                << '\n'
                << tr("  approved by %1 at %2; signed with key %3%4")
                       .arg(m.approval.supervisor,
                            m.approval.approvedAt.toString(Qt::ISODateWithMs), keyId,
                            key ? tr(" (the key given)") : tr(" (the key the manifest names)"))
                << '\n'
                << tr("  %1 files intact; content %2; audit head %3")
                       .arg(m.files.size())
                       .arg(m.contentHash, m.auditHead.toString())
                << '\n';
    if (m.embargoed)
        context.out << tr("  embargoed: withheld until the article's embargo") << '\n';
    return CliContext::Ok;
}

int BundleCommands::import(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports Newsroom bundles (directories or .zip files) and plain ninjs JSON files as "
           "new drafts and prints their ids. Bundles must verify. Either everything is imported, "
           "in one transaction, or nothing is."));
    parser.addPositionalArgument(u"bundle"_s, tr("Bundles or ninjs JSON files."), u"BUNDLE…"_s);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"import"_s, arguments); code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return context.fail(CliContext::Usage, tr("import needs at least one bundle or file."));

    // Read and check everything first: a refusal changes nothing, not even part of the batch.
    QList<Article> articles;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            return context.fail(CliContext::NotFound, tr("%1 does not exist.").arg(path));
        QString why;
        const std::optional<BundleImporter::Result> result = BundleImporter::importPath(path, &why);
        if (!result)
            return context.fail(CliContext::InvalidInput,
                                tr("%1 is not imported: %2 Nothing was imported.").arg(path, why));
        for (const QString &note : result->notes)
            context.err << tr("%1: %2").arg(QFileInfo(path).fileName(), note) << '\n';
        articles.append(result->article);
    }

    Result<QString> writer = context.writer();
    if (!writer)
        return context.fail(writer.error());
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<Store::Transaction> tx = (*store)->transaction();
    if (!tx)
        return context.fail(tx.error());
    QStringList ids;
    for (Article &a : articles) {
        a.status = ArticleStatus::Draft;
        const QString wanted = Slug::isValid(a.meta.slug) ? a.meta.slug : a.meta.headline;
        bool lookupFailed = false;
        a.meta.slug = Slug::make(wanted, [&](const QString &slug) {
            Result<bool> taken = (*store)->isSlugTaken(slug, a.id);
            lookupFailed = lookupFailed || !taken;
            return !taken || *taken;
        });
        if (lookupFailed)
            return context.fail(CliContext::StorageError, tr("Cannot check the slug's use."));
        Result<SaveResult> saved = (*store)->saveArticle(a, 0, *writer);
        if (!saved)
            return context.fail(CliContext::exitCode(saved.error()),
                                tr("“%1” is not imported: %2 Nothing was imported.")
                                    .arg(a.meta.headline, saved.error().message));
        ids << a.id.toString(QUuid::WithoutBraces);
    }
    if (Result<void> r = tx->commit(); !r)
        return context.fail(r.error());
    for (const QString &id : std::as_const(ids))
        context.out << id << '\n';
    return CliContext::Ok;
}

int BundleCommands::pubkey(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a supervisor's current public key as a minisign .pub file, for verify --key "
           "and minisign -V -p."));
    parser.addPositionalArgument(u"name"_s, tr("The user's name."));
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"pubkey"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("pubkey needs exactly one user name."));
    Result<Workflow *> workflow = context.workflow();
    if (!workflow)
        return context.fail(workflow.error());
    Result<WorkflowUser> user = (*workflow)->user(parser.positionalArguments().constFirst());
    if (!user)
        return context.fail(user.error());
    if (user->publicKey.isEmpty())
        return context.fail(
            CliContext::NotFound,
            tr("%1 has no signing key (only supervisors have one).").arg(user->name));
    context.out << QString::fromLatin1(
        Minisign::publicKeyFile(Minisign::publicKeyFromRaw(user->publicKey)));
    return CliContext::Ok;
}
