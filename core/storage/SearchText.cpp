#include "SearchText.h"

#include "article/BodyConverter.h"
#include "article/BodyWriter.h"
#include "article/CanonicalBody.h"

SearchText::Document SearchText::of(const ArticleMetadata &meta, const QString &bodyText)
{
    return { meta.headline, meta.lead, bodyText, tags(meta.tags) };
}

QString SearchText::body(const QString &canonicalHtml)
{
    return CanonicalBody::plainText(canonicalHtml);
}

std::optional<QString> SearchText::bodyIfCanonical(const QString &html)
{
    const BodyModel::Document model = BodyConverter::convert(html);
    if (BodyWriter::html(model) != html)
        return std::nullopt;
    return BodyWriter::plainText(model);
}

QString SearchText::tags(const QStringList &tags)
{
    return tags.join(u'\n');
}
