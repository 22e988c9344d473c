#pragma once

#include "article/Article.h"
#include "bundle/BundleFile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

// The pages of a bundle without its proof: index.html, the stylesheet and the images, made from
// any article as it stands (a draft too) through the same renderer and page writer an export
// uses, so that a preview shows what the site will show. Nothing is signed, nothing recorded,
// no state changes: a preview is not a publication and needs no approval.
class BundlePreview
{
    Q_DECLARE_TR_FUNCTIONS(BundlePreview)

public:
    // shownAt: the date the page's dateline shows (the embargo, when later).
    static std::optional<BundleFiles> build(const Article &article, const QDateTime &shownAt,
                                            QString *error);

    // Writes the preview into a new directory `directory` (which must not exist yet); returns
    // the path of its index.html, or an empty string with *error set.
    static QString write(const Article &article, const QDateTime &shownAt, const QString &directory,
                         QString *error);
};
