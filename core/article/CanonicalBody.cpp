#include "CanonicalBody.h"

#include "BodyConverter.h"
#include "BodyDocument.h"
#include "BodyWriter.h"

QString CanonicalBody::serialise(const QTextDocument &document)
{
    return BodyWriter::html(BodyDocument::read(document));
}

void CanonicalBody::load(QTextDocument &document, const QString &html, Report *report)
{
    BodyDocument::build(BodyConverter::convert(html, report), document);
}

QString CanonicalBody::sanitise(const QString &html, Report *report)
{
    return BodyWriter::html(BodyConverter::convert(html, report));
}

QString CanonicalBody::plainText(const QString &canonicalHtml)
{
    return BodyWriter::plainText(BodyConverter::convert(canonicalHtml));
}

bool CanonicalBody::isCanonical(const QString &html)
{
    return sanitise(html) == html;
}
