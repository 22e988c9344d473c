#include "BundleHtmlWriter.h"

#include "bundle/HtmlEscape.h"
#include "bundle/HtmlTokens.h"
#include "bundle/PageLabels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return HtmlEscape::text(text);
}

QString attr(const QString &text)
{
    return HtmlEscape::attribute(text);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// BCP 47 as far as an HTML lang attribute needs it: letters, digits and hyphens.
QString safeLanguage(const QString &language)
{
    QString out;
    for (const QChar c : language) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-') {
            out += c;
        }
    }
    return out.isEmpty() ? u"und"_s : out;
}

QStringList authors(const Article &article)
{
    QStringList out;
    for (const QString &a : article.meta.byline) {
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    }
    return out;
}

QString figureFor(const BundleImage &image, const QString &language)
{
    // The same markup as an image in the body: run it through the body renderer so that there is
    // one serialiser of figures.
    const QString src = u"image:"_s + image.id.toString(QUuid::WithoutBraces);
    return BundleBodyRenderer::render(u"<p><img src=\""_s + src + u"\" alt=\"\"></p>"_s, { image },
                                      language)
        .html;
}

} // namespace

QByteArray BundleHtmlWriter::stylesheet()
{
    QFile file(u":/newsroom/bundle/article.css"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString BundleHtmlWriter::scriptSafeJson(const QJsonObject &object)
{
    // Inside JSON these characters only ever occur in strings, where \uXXXX means the same, so the
    // data is unchanged while no "</script" or "<!--" can appear in the element's text.
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(u'<', u"\\u003c"_s);
    json.replace(u'>', u"\\u003e"_s);
    json.replace(u'&', u"\\u0026"_s);
    json.replace(QChar(0x2028), u"\\u2028"_s);
    json.replace(QChar(0x2029), u"\\u2029"_s);
    return json;
}

QJsonObject BundleHtmlWriter::jsonLd(const Article &article, const QList<BundleImage> &images,
                                     const BundleBodyRenderer::Result &body, const Options &options)
{
    const ArticleMetadata &m = article.meta;
    QJsonObject o {
        { u"@context"_s, u"https://schema.org"_s },
        { u"@type"_s, u"NewsArticle"_s },
        { u"identifier"_s, QString(u"urn:uuid:"_s + article.id.toString(QUuid::WithoutBraces)) },
        { u"headline"_s, m.headline },
        { u"inLanguage"_s, m.language },
        { u"datePublished"_s, isoUtc(options.published) },
        { u"wordCount"_s, body.wordCount },
    };
    if (article.created.isValid())
        o.insert(u"dateCreated"_s, isoUtc(article.created));
    if (article.updated.isValid())
        o.insert(u"dateModified"_s, isoUtc(article.updated));
    if (!m.lead.trimmed().isEmpty())
        o.insert(u"description"_s, m.lead.trimmed());
    QJsonArray people;
    for (const QString &a : authors(article))
        people.append(QJsonObject { { u"@type"_s, u"Person"_s }, { u"name"_s, a } });
    if (!people.isEmpty())
        o.insert(u"author"_s, people);
    if (!m.section.trimmed().isEmpty())
        o.insert(u"articleSection"_s, m.section.trimmed());
    if (!m.tags.isEmpty())
        o.insert(u"keywords"_s, m.tags.join(u", "_s));
    if (!m.dateline.trimmed().isEmpty())
        o.insert(u"dateline"_s, m.dateline.trimmed());
    if (!m.source.trimmed().isEmpty())
        o.insert(u"creditText"_s, m.source.trimmed());
    if (!options.copyrightNotice.isEmpty())
        o.insert(u"copyrightNotice"_s, options.copyrightNotice);
    if (!options.publisher.trimmed().isEmpty()) {
        o.insert(u"publisher"_s,
                 QJsonObject { { u"@type"_s, u"Organization"_s },
                               { u"name"_s, options.publisher.trimmed() } });
    }
    QJsonArray pictures;
    for (const BundleImage &image : images) {
        if (image.id == m.featuredImage)
            pictures.prepend(image.display().path);
        else
            pictures.append(image.display().path);
    }
    if (!pictures.isEmpty())
        o.insert(u"image"_s, pictures);
    return o;
}

QByteArray BundleHtmlWriter::write(const Article &article, const QList<BundleImage> &images,
                                   const BundleBodyRenderer::Result &body, const Options &options)
{
    const ArticleMetadata &m = article.meta;
    const QString language = safeLanguage(m.language);
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\""_s + attr(language) + u"\">\n<head>\n"_s;
    h += u"<meta charset=\"utf-8\">\n"_s;
    h += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    if (options.contentSecurityPolicy) {
        h += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
             "img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'\">\n"_s;
    }
    h += u"<meta name=\"referrer\" content=\"no-referrer\">\n"_s;
    h += u"<title>"_s + esc(m.headline) + u"</title>\n"_s;
    const QString description
        = !m.seoDescription.trimmed().isEmpty() ? m.seoDescription.trimmed() : m.lead.trimmed();
    if (!description.isEmpty())
        h += u"<meta name=\"description\" content=\""_s + attr(description) + u"\">\n"_s;
    const QStringList people = authors(article);
    if (!people.isEmpty())
        h += u"<meta name=\"author\" content=\""_s + attr(people.join(u", "_s)) + u"\">\n"_s;
    h += u"<link rel=\"stylesheet\" href=\""_s + StylesheetPath + u"\">\n"_s;
    h += u"<script type=\"application/ld+json\">"_s
        + scriptSafeJson(jsonLd(article, images, body, options)) + u"</script>\n"_s;
    h += u"</head>\n<body>\n<article>\n<header>\n"_s;
    if (!m.section.trimmed().isEmpty())
        h += u"<p class=\"section\">"_s + esc(m.section.trimmed()) + u"</p>\n"_s;
    h += u"<h1>"_s + esc(m.headline) + u"</h1>\n"_s;
    if (!m.lead.trimmed().isEmpty())
        h += u"<p class=\"lead\">"_s + esc(m.lead.trimmed()) + u"</p>\n"_s;

    QStringList meta;
    if (!people.isEmpty())
        meta << u"<span class=\"byline\">"_s + esc(people.join(u", "_s)) + u"</span>"_s;
    QString when;
    if (!m.dateline.trimmed().isEmpty())
        when += u"<span class=\"dateline\">"_s + esc(m.dateline.trimmed()) + u"</span>, "_s;
    const QDateTime local = options.published.toLocalTime();
    when += u"<time datetime=\""_s + attr(isoUtc(options.published)) + u"\">"_s
        + esc(QLocale(m.language).toString(local.date(), u"d MMMM yyyy"_s)) + u"</time>"_s;
    meta << when;
    h += u"<p class=\"meta\">"_s + meta.join(u" · "_s) + u"</p>\n</header>\n"_s;

    // The featured image leads the article unless the body shows it already; images that the
    // body does not show follow it, so that nothing sent with the article is invisible.
    QString after;
    for (const BundleImage &image : images) {
        if (body.html.contains(attr(image.display().path)))
            continue;
        if (image.id == m.featuredImage)
            h += figureFor(image, language) + u'\n';
        else
            after += figureFor(image, language) + u'\n';
    }
    h += u"<div class=\"body\">\n"_s + body.html + u"\n</div>\n"_s + after;

    h += u"<footer>\n"_s;
    if (!m.source.trimmed().isEmpty()) {
        h += u"<p class=\"source\">"_s
            + esc(PageLabels::text(PageLabels::Label::Source, language) + u": "_s
                  + m.source.trimmed())
            + u"</p>\n"_s;
    }
    if (!options.copyrightNotice.isEmpty())
        h += u"<p class=\"copyright\">"_s + esc(options.copyrightNotice) + u"</p>\n"_s;
    QString tags;
    for (const QString &tag : m.tags) {
        if (!tag.trimmed().isEmpty())
            tags += u"<li>"_s + esc(tag.trimmed()) + u"</li>"_s;
    }
    if (!tags.isEmpty())
        h += u"<ul class=\"tags\">"_s + tags + u"</ul>\n"_s;
    h += u"</footer>\n</article>\n</body>\n</html>\n"_s;
    return h.toUtf8();
}
