#include "ArticleCommands.h"

#include "article/ArticleJson.h"
#include "article/CanonicalBody.h"
#include "article/ContentHash.h"
#include "storage/SearchText.h"
#include "storage/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QStringList splitList(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        const QStringList parts = value.split(u',');
        for (const QString &part : parts) {
            const QString item = part.trimmed();
            if (!item.isEmpty())
                items << item;
        }
    }
    return items;
}

// An ISO 8601 time; without an offset it is taken as UTC. Empty clears.
bool parseTime(const QString &text, QDateTime *time)
{
    if (text.trimmed().isEmpty()) {
        *time = QDateTime();
        return true;
    }
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

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

bool parseId(const QString &text, QUuid *id)
{
    *id = QUuid::fromString(text.trimmed());
    return !id->isNull();
}

// The metadata options `article new` and `article set` share.
struct FieldOptions
{
    QCommandLineOption headline { u"headline"_s, ArticleCommands::tr("The headline."),
                                  ArticleCommands::tr("text") };
    QCommandLineOption lead { u"lead"_s, ArticleCommands::tr("The lead (standfirst)."),
                              ArticleCommands::tr("text") };
    QCommandLineOption slug { u"slug"_s, ArticleCommands::tr("The slug (unique in the newsroom)."),
                              ArticleCommands::tr("slug") };
    QCommandLineOption byline { u"byline"_s,
                                ArticleCommands::tr("The authors, comma-separated (repeatable)."),
                                ArticleCommands::tr("names") };
    QCommandLineOption section { u"section"_s, ArticleCommands::tr("The section."),
                                 ArticleCommands::tr("name") };
    QCommandLineOption tags { u"tags"_s, ArticleCommands::tr("Tags, comma-separated (repeatable)."),
                              ArticleCommands::tr("tags") };
    QCommandLineOption dateline { u"dateline"_s, ArticleCommands::tr("The dateline place."),
                                  ArticleCommands::tr("place") };
    QCommandLineOption language { u"language"_s,
                                  ArticleCommands::tr("The language (BCP 47: ru, be, en)."),
                                  ArticleCommands::tr("tag") };
    QCommandLineOption source { u"source"_s, ArticleCommands::tr("The source or credit."),
                                ArticleCommands::tr("text") };
    QCommandLineOption embargo { u"embargo"_s,
                                 ArticleCommands::tr("Embargo until (ISO 8601, UTC unless an "
                                                     "offset is given; empty clears)."),
                                 ArticleCommands::tr("time") };
    QCommandLineOption planned { u"planned"_s,
                                 ArticleCommands::tr("Planned publication (ISO 8601, UTC unless "
                                                     "an offset is given; empty clears)."),
                                 ArticleCommands::tr("time") };
    QCommandLineOption seo { u"seo-description"_s, ArticleCommands::tr("The SEO description."),
                             ArticleCommands::tr("text") };
    QCommandLineOption note { u"editors-note"_s, ArticleCommands::tr("The editor's note."),
                              ArticleCommands::tr("text") };
    QCommandLineOption body { u"body"_s,
                              ArticleCommands::tr("The body from a file, or - for standard input "
                                                  "(plain text: blank lines separate "
                                                  "paragraphs)."),
                              ArticleCommands::tr("file") };

    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *o : all())
            parser.addOption(*o);
    }

    QList<const QCommandLineOption *> all() const
    {
        return { &headline, &lead,   &slug,    &byline,  &section, &tags, &dateline,
                 &language, &source, &embargo, &planned, &seo,     &note, &body };
    }

    bool anySet(const QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *o : all()) {
            if (parser.isSet(*o))
                return true;
        }
        return false;
    }

    // Applies what is set; returns -1, or the exit code of a bad value.
    int apply(CliContext &context, const QCommandLineParser &parser, Article &a) const
    {
        ArticleMetadata &m = a.meta;
        auto text = [&](const QCommandLineOption &o, QString &field) {
            if (parser.isSet(o))
                field = parser.value(o);
        };
        text(headline, m.headline);
        text(lead, m.lead);
        text(slug, m.slug);
        text(section, m.section);
        text(dateline, m.dateline);
        text(language, m.language);
        text(source, m.source);
        text(seo, m.seoDescription);
        text(note, m.editorsNote);
        if (parser.isSet(byline))
            m.byline = splitList(parser.values(byline));
        if (parser.isSet(tags))
            m.tags = splitList(parser.values(tags));
        for (const auto &[option, field] : { std::pair { &embargo, &m.embargo },
                                             std::pair { &planned, &m.plannedPublication } }) {
            if (parser.isSet(*option) && !parseTime(parser.value(*option), field)) {
                return context.fail(CliContext::InvalidInput,
                                    ArticleCommands::tr("“%1” is not a time (use ISO 8601, "
                                                        "e.g. 2025-03-01T09:00Z).")
                                        .arg(parser.value(*option)));
            }
        }
        if (parser.isSet(body)) {
            const QString file = parser.value(body);
            QByteArray bytes;
            if (file == u"-"_s) {
                bytes = context.readStandardInput();
            } else {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly)) {
                    return context.fail(CliContext::InvalidInput,
                                        ArticleCommands::tr("Cannot read the body file %1: %2")
                                            .arg(file, f.errorString()));
                }
                bytes = f.readAll();
            }
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString decoded = utf8.decode(bytes);
            if (utf8.hasError()) {
                return context.fail(CliContext::InvalidInput,
                                    ArticleCommands::tr("The body is not UTF-8 text."));
            }
            QStringList dropped;
            a.body = ArticleCommands::bodyFromInput(decoded, &dropped);
            if (!dropped.isEmpty()) {
                context.err << ArticleCommands::tr("Warning: left out of the body: %1")
                                   .arg(dropped.join(u", "_s))
                            << '\n';
            }
        }
        return -1;
    }
};

} // namespace

void ArticleCommands::registerVerbs(QList<CliVerb> &verbs)
{
    verbs.append(
        { u"article"_s, tr("Create, change or show an article (new, set, show)."), article });
    verbs.append({ u"list"_s, tr("List articles."), list });
    verbs.append({ u"search"_s, tr("Search the articles' text."), search });
    verbs.append({ u"history"_s, tr("List an article's revisions."), history });
}

QString ArticleCommands::bodyFromInput(const QString &text, QStringList *dropped)
{
    // Markup is sanitised into the canonical subset; plain text becomes paragraphs.
    static const QRegularExpression markup(
        u"<\\s*/?\\s*(p|h[1-6]|ul|ol|li|blockquote|q|table|tr|td|th|strong|b|em|i|u|s|a|img|br|"
        "hr|div|span|html|body)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString html;
    if (markup.match(text).hasMatch()) {
        html = text;
    } else {
        QString normalised = text;
        normalised.replace(u"\r\n"_s, u"\n"_s);
        static const QRegularExpression blankLines(u"\\n[ \\t]*\\n"_s);
        const QStringList paragraphs = normalised.split(blankLines, Qt::SkipEmptyParts);
        for (const QString &p : paragraphs)
            html += u"<p>"_s + p.simplified().toHtmlEscaped() + u"</p>"_s;
    }
    CanonicalBody::Report report;
    const QString canonical = CanonicalBody::sanitise(html, &report);
    if (dropped)
        *dropped = report.dropped;
    return canonical;
}

QJsonObject ArticleCommands::summaryToJson(const ArticleSummary &s)
{
    return QJsonObject {
        { u"id"_s, s.id.toString(QUuid::WithoutBraces) },
        { u"version"_s, s.version },
        { u"status"_s, statusName(s.status) },
        { u"headline"_s, s.headline },
        { u"lead"_s, s.lead },
        { u"slug"_s, s.slug },
        { u"byline"_s, QJsonArray::fromStringList(s.byline) },
        { u"section"_s, s.section },
        { u"tags"_s, QJsonArray::fromStringList(s.tags) },
        { u"language"_s, s.language },
        { u"dateline"_s, s.dateline },
        { u"embargo"_s, ArticleJson::timeToJson(s.embargo) },
        { u"plannedPublication"_s, ArticleJson::timeToJson(s.plannedPublication) },
        { u"contentHash"_s, s.contentHash },
        { u"created"_s, ArticleJson::timeToJson(s.created) },
        { u"createdBy"_s, s.createdBy },
        { u"updated"_s, ArticleJson::timeToJson(s.updated) },
        { u"updatedBy"_s, s.updatedBy },
        { u"statusChanged"_s, ArticleJson::timeToJson(s.statusChanged) },
        { u"statusChangedBy"_s, s.statusChangedBy },
    };
}

int ArticleCommands::article(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"new"_s)
        return articleNew(context, arguments.mid(1));
    if (sub == u"set"_s)
        return articleSet(context, arguments.mid(1));
    if (sub == u"show"_s)
        return articleShow(context, arguments.mid(1));
    if (sub == u"-h"_s || sub == u"--help"_s) {
        context.out << tr("Usage: newsroom-cli article new|set|show … (see "
                          "newsroom-cli article new --help)")
                    << '\n';
        return CliContext::Ok;
    }
    if (sub.isEmpty())
        return context.fail(CliContext::Usage, tr("article needs one of: new, set, show."));
    return context.fail(CliContext::Usage,
                        tr("Unknown article command: %1 (use new, set or show).").arg(sub));
}

int ArticleCommands::articleNew(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates an article (a draft) and prints its id."));
    const FieldOptions fields;
    fields.addTo(parser);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"article new"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            CliContext::Usage,
            tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(fields.headline) || parser.value(fields.headline).trimmed().isEmpty())
        return context.fail(CliContext::Usage, tr("article new needs --headline."));

    Article a;
    a.id = QUuid::createUuid();
    if (int code = fields.apply(context, parser, a); code >= 0)
        return code;
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<SaveResult> saved = (*store)->saveArticle(a, 0, context.actingUser());
    if (!saved)
        return context.fail(saved.error());
    context.out << a.id.toString(QUuid::WithoutBraces) << '\n';
    return CliContext::Ok;
}

int ArticleCommands::articleSet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes fields of an article, saves it as a new revision and prints the new "
           "version. With --base-version the save is refused (exit code 4) if the article has "
           "been saved since that version."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    const FieldOptions fields;
    fields.addTo(parser);
    const QCommandLineOption baseVersion(u"base-version"_s,
                                         tr("The version the change is based on."), tr("version"));
    parser.addOption(baseVersion);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"article set"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("article set needs exactly one article id."));
    if (!fields.anySet(parser))
        return context.fail(CliContext::Usage, tr("article set needs at least one --FIELD VALUE."));
    QUuid id;
    if (!parseId(parser.positionalArguments().constFirst(), &id)) {
        return context.fail(
            CliContext::InvalidInput,
            tr("“%1” is not an article id.").arg(parser.positionalArguments().constFirst()));
    }
    int base = -1;
    if (parser.isSet(baseVersion)) {
        bool ok = false;
        base = parser.value(baseVersion).toInt(&ok);
        if (!ok || base < 1)
            return context.fail(CliContext::Usage, tr("--base-version needs a version number."));
    }

    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<Article> loaded = (*store)->article(id);
    if (!loaded)
        return context.fail(loaded.error());
    Article a = *loaded;
    if (base < 0)
        base = a.version;
    if (int code = fields.apply(context, parser, a); code >= 0)
        return code;
    Result<SaveResult> saved = (*store)->saveArticle(a, base, context.actingUser());
    if (!saved)
        return context.fail(saved.error());
    context.out << saved->version << '\n';
    return CliContext::Ok;
}

int ArticleCommands::articleShow(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows an article: its fields, then its text."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON (the body as canonical HTML)."));
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"article show"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("article show needs exactly one article id."));
    QUuid id;
    if (!parseId(parser.positionalArguments().constFirst(), &id)) {
        return context.fail(
            CliContext::InvalidInput,
            tr("“%1” is not an article id.").arg(parser.positionalArguments().constFirst()));
    }
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<Article> a = (*store)->article(id);
    if (!a)
        return context.fail(a.error());
    if (parser.isSet(json)) {
        context.out << jsonText(ArticleJson::toJson(*a));
        return CliContext::Ok;
    }
    const ArticleMetadata &m = a->meta;
    const QList<std::pair<QString, QString>> rows {
        { tr("id"), a->id.toString(QUuid::WithoutBraces) },
        { tr("version"), QString::number(a->version) },
        { tr("status"), statusName(a->status) },
        { tr("headline"), m.headline },
        { tr("lead"), m.lead },
        { tr("slug"), m.slug },
        { tr("byline"), m.byline.join(u", "_s) },
        { tr("section"), m.section },
        { tr("tags"), m.tags.join(u", "_s) },
        { tr("dateline"), m.dateline },
        { tr("language"), m.language },
        { tr("source"), m.source },
        { tr("embargo"), timeText(m.embargo) },
        { tr("planned"), timeText(m.plannedPublication) },
        { tr("SEO description"), m.seoDescription },
        { tr("editor's note"), m.editorsNote },
        { tr("images"), QString::number(a->images.size()) },
        { tr("created"), tr("%1 by %2").arg(timeText(a->created), a->createdBy) },
        { tr("updated"), tr("%1 by %2").arg(timeText(a->updated), a->updatedBy) },
        { tr("content hash"), ContentHash::compute(*a) },
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[label, value] : rows)
        context.out << QString(label + u':').leftJustified(width + 2) << value << '\n';
    context.out << '\n' << SearchText::body(a->body) << '\n';
    return CliContext::Ok;
}

int ArticleCommands::list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists articles, one a line: id, status, updated (UTC), section, headline."));
    const QCommandLineOption status(
        u"status"_s, tr("Only these statuses, comma-separated (repeatable): %1.").arg([] {
            QStringList names;
            for (ArticleStatus s : allStatuses())
                names << statusName(s);
            return names.join(u", "_s);
        }()),
        tr("status"));
    const QCommandLineOption section(u"section"_s, tr("Only this section."), tr("name"));
    const QCommandLineOption author(
        u"author"_s, tr("Only articles with this author in the byline."), tr("name"));
    const QCommandLineOption language(u"language"_s, tr("Only this language."), tr("tag"));
    const QCommandLineOption from(u"from"_s, tr("Only articles updated at or after this time."),
                                  tr("time"));
    const QCommandLineOption to(u"to"_s, tr("Only articles updated before this time."), tr("time"));
    const QCommandLineOption sort(u"sort"_s,
                                  tr("Order by updated (default), created, headline, status or "
                                     "section."),
                                  tr("key"));
    const QCommandLineOption ascending(u"ascending"_s, tr("Oldest or A first."));
    const QCommandLineOption limit(u"limit"_s, tr("At most this many (default 100, at most 1000)."),
                                   tr("n"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    for (const QCommandLineOption *o :
         { &status, &section, &author, &language, &from, &to, &sort, &ascending, &limit, &json })
        parser.addOption(*o);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"list"_s, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            CliContext::Usage,
            tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }

    ArticleQuery query;
    for (const QString &name : splitList(parser.values(status))) {
        ArticleStatus s;
        if (!statusFromName(name, &s)) {
            return context.fail(CliContext::InvalidInput, tr("Unknown status “%1”.").arg(name));
        }
        query.filter.statuses << s;
    }
    query.filter.section = parser.value(section);
    query.filter.author = parser.value(author);
    query.filter.language = parser.value(language);
    for (const auto &[option, field] :
         { std::pair { &from, &query.filter.from }, std::pair { &to, &query.filter.to } }) {
        if (parser.isSet(*option) && !parseTime(parser.value(*option), field)) {
            return context.fail(
                CliContext::InvalidInput,
                tr("“%1” is not a time (use ISO 8601).").arg(parser.value(*option)));
        }
    }
    if (parser.isSet(sort)) {
        static const QList<std::pair<QString, ArticleSort>> sorts {
            { u"updated"_s, ArticleSort::Updated },
            { u"created"_s, ArticleSort::Created },
            { u"headline"_s, ArticleSort::Headline },
            { u"status"_s, ArticleSort::Status },
            { u"section"_s, ArticleSort::Section }
        };
        const auto it = std::find_if(sorts.begin(), sorts.end(),
                                     [&](const auto &s) { return s.first == parser.value(sort); });
        if (it == sorts.end())
            return context.fail(CliContext::Usage,
                                tr("Unknown sort key “%1”.").arg(parser.value(sort)));
        query.sort = it->second;
    }
    query.descending = !parser.isSet(ascending);
    query.limit = 100;
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return context.fail(CliContext::Usage, tr("--limit needs a number from 1 to 1000."));
    }

    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<ArticlePage> page = (*store)->listArticles(query);
    if (!page)
        return context.fail(page.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ArticleSummary &s : std::as_const(page->rows))
            array.append(summaryToJson(s));
        context.out << jsonText(array);
        return CliContext::Ok;
    }
    for (const ArticleSummary &s : std::as_const(page->rows)) {
        context.out << s.id.toString(QUuid::WithoutBraces) << '\t' << statusName(s.status) << '\t'
                    << timeText(s.updated) << '\t' << s.section << '\t' << s.headline << '\n';
    }
    return CliContext::Ok;
}

int ArticleCommands::search(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Searches headlines, leads, bodies and tags; best matches first, one a line: id, "
           "status, headline, and the passage with matches in [brackets]."));
    parser.addPositionalArgument(u"query"_s,
                                 tr("Words to find (all must match); \"a phrase\"; "
                                    "prefix*."));
    const QCommandLineOption limit(u"limit"_s, tr("At most this many (default 20, at most 500)."),
                                   tr("n"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(limit);
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"search"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty())
        return context.fail(CliContext::Usage, tr("search needs something to search for."));
    SearchRequest request;
    request.text = parser.positionalArguments().join(u' ');
    if (parser.isSet(limit)) {
        bool ok = false;
        request.limit = parser.value(limit).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > 500)
            return context.fail(CliContext::Usage, tr("--limit needs a number from 1 to 500."));
    }
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<QList<SearchHit>> hits = (*store)->search(request);
    if (!hits)
        return context.fail(hits.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(*hits)) {
            QJsonObject o = summaryToJson(hit.article);
            o.insert(u"snippet"_s, hit.snippet);
            QJsonArray marks;
            for (const auto &[pos, len] : hit.highlights)
                marks.append(QJsonArray { qint64(pos), qint64(len) });
            o.insert(u"highlights"_s, marks);
            o.insert(u"rank"_s, hit.rank);
            array.append(o);
        }
        context.out << jsonText(array);
        return CliContext::Ok;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        QString snippet = hit.markedSnippet(u"["_s, u"]"_s);
        snippet.replace(u'\n', u' ');
        context.out << hit.article.id.toString(QUuid::WithoutBraces) << '\t'
                    << statusName(hit.article.status) << '\t' << hit.article.headline << '\t'
                    << snippet << '\n';
    }
    return CliContext::Ok;
}

int ArticleCommands::history(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists an article's revisions, newest first: version, "
                                        "saved (UTC), by whom, status, content hash, headline."));
    parser.addPositionalArgument(u"id"_s, tr("The article's id."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    context.addCommonOptions(parser);
    if (int code = context.parse(parser, u"history"_s, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(CliContext::Usage, tr("history needs exactly one article id."));
    QUuid id;
    if (!parseId(parser.positionalArguments().constFirst(), &id)) {
        return context.fail(
            CliContext::InvalidInput,
            tr("“%1” is not an article id.").arg(parser.positionalArguments().constFirst()));
    }
    Result<Store *> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<QList<RevisionInfo>> revisions = (*store)->revisions(id);
    if (!revisions)
        return context.fail(revisions.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RevisionInfo &r : std::as_const(*revisions)) {
            array.append(QJsonObject { { u"version"_s, r.version },
                                       { u"savedAt"_s, ArticleJson::timeToJson(r.savedAt) },
                                       { u"savedBy"_s, r.savedBy },
                                       { u"status"_s, statusName(r.status) },
                                       { u"contentHash"_s, r.contentHash },
                                       { u"headline"_s, r.headline } });
        }
        context.out << jsonText(array);
        return CliContext::Ok;
    }
    for (const RevisionInfo &r : std::as_const(*revisions)) {
        context.out << r.version << '\t' << timeText(r.savedAt) << '\t' << r.savedBy << '\t'
                    << statusName(r.status) << '\t' << r.contentHash << '\t' << r.headline << '\n';
    }
    return CliContext::Ok;
}
