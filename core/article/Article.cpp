#include "Article.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
struct StatusEntry {
    ArticleStatus status;
    QStringView name;
};
constexpr std::array<StatusEntry, 6> kStatuses{{
    {ArticleStatus::Draft, u"draft"},
    {ArticleStatus::InReview, u"in_review"},
    {ArticleStatus::ChangesRequested, u"changes_requested"},
    {ArticleStatus::Approved, u"approved"},
    {ArticleStatus::Published, u"published"},
    {ArticleStatus::Archived, u"archived"},
}};
} // namespace

QString statusName(ArticleStatus status)
{
    for (const auto &e : kStatuses) {
        if (e.status == status)
            return e.name.toString();
    }
    return {};
}

bool statusFromName(const QString &name, ArticleStatus *status)
{
    for (const auto &e : kStatuses) {
        if (e.name == name) {
            *status = e.status;
            return true;
        }
    }
    return false;
}

QList<ArticleStatus> allStatuses()
{
    QList<ArticleStatus> list;
    for (const auto &e : kStatuses)
        list << e.status;
    return list;
}

const ArticleImage *Article::image(const QUuid &imageId) const
{
    for (const ArticleImage &img : images) {
        if (img.id == imageId)
            return &img;
    }
    return nullptr;
}
