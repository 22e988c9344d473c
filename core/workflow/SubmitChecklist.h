#pragma once

#include "article/Article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUuid>

// One thing that keeps an article from going to review.
struct ChecklistItem
{
    QString field; // one of SubmitChecklist's field ids, so a form can mark the field
    QUuid imageId; // the image concerned, for ImageAltText
    QString message; // translated, for the user

    bool operator==(const ChecklistItem &) const = default;
};

// The guard on "→ in review": what must be true of an article before a supervisor sees it.
// Reports every failing item, never just the first, so the officer can fix them all at once.
class SubmitChecklist
{
    Q_DECLARE_TR_FUNCTIONS(SubmitChecklist)

public:
    // Field ids (the article's metadata names where there is one).
    static constexpr QLatin1StringView Headline { "headline" };
    static constexpr QLatin1StringView Lead { "lead" };
    static constexpr QLatin1StringView Section { "section" };
    static constexpr QLatin1StringView Language { "language" };
    static constexpr QLatin1StringView Body { "body" };
    static constexpr QLatin1StringView ImageAltText { "image.altText" };
    static constexpr QLatin1StringView Embargo { "embargo" };
    static constexpr QLatin1StringView Comments { "comments" };

    // Empty when the article may be submitted. `now` is passed in so that the embargo check is
    // testable and consistent within one operation.
    static QList<ChecklistItem> check(const Article &article, int unresolvedComments,
                                      const QDateTime &now);

    // Whether a canonical body holds any text (images and empty paragraphs alone do not count).
    static bool bodyHasText(const QString &canonicalHtml);
};
