#include "SubmitChecklist.h"

#include "article/CanonicalBody.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

// BCP 47 in the shape the newsroom uses: a 2–3 letter language, optional subtags.
bool plausibleLanguageTag(const QString &tag)
{
    static const QRegularExpression re(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    return re.match(tag.trimmed()).hasMatch();
}
} // namespace

bool SubmitChecklist::bodyHasText(const QString &canonicalHtml)
{
    // plainText() sanitises first, so this holds for any HTML, canonical or not; images and
    // rules contribute no text.
    const QString text = CanonicalBody::plainText(canonicalHtml);
    for (const QChar c : text) {
        // isSpace() covers U+00A0 and the other Unicode spaces; format characters such as a
        // zero-width space are not text either.
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            return true;
    }
    return false;
}

QList<ChecklistItem> SubmitChecklist::check(const Article &article, int unresolvedComments,
                                            const QDateTime &now)
{
    QList<ChecklistItem> items;
    const auto add
        = [&items](QLatin1StringView field, const QString &message, const QUuid &image = {}) {
              items << ChecklistItem { QString(field), image, message };
          };

    const ArticleMetadata &m = article.meta;
    if (blank(m.headline))
        add(Headline, tr("The article needs a headline."));
    if (blank(m.lead))
        add(Lead, tr("The article needs a lead."));
    if (blank(m.section))
        add(Section, tr("Choose a section."));
    if (blank(m.language))
        add(Language, tr("Choose the article's language."));
    else if (!plausibleLanguageTag(m.language))
        add(Language, tr("\"%1\" is not a language code such as ru, be or en.").arg(m.language));
    if (!bodyHasText(article.body))
        add(Body, tr("The article has no text."));
    for (const ArticleImage &image : article.images) {
        if (blank(image.altText)) {
            add(ImageAltText,
                blank(image.caption)
                    ? tr("An image has no alternative text.")
                    : tr("The image \"%1\" has no alternative text.").arg(image.caption.trimmed()),
                image.id);
        }
    }
    if (m.embargo.isValid() && m.embargo <= now)
        add(Embargo, tr("The embargo time has passed; clear it or set a time in the future."));
    if (unresolvedComments > 0)
        add(Comments, tr("%n review comment(s) not resolved.", nullptr, unresolvedComments));
    return items;
}
